package pipeline_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestRawHashesStoredAndRefreshed: a fetch stores each item's raw hash
// (what the parser reports for the same bytes); an upstream change that
// does not change what bantin stores (spacing in a title) updates
// nothing but that item's raw hash, so the next fetch leaves it out before
// normalising; a real edit still updates the article.
func TestRawHashesStoredAndRefreshed(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		body := fixture(t, "vnexpress.rss")
		var served atomic.Pointer[[]byte]
		served.Store(&body)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write(*served.Load()) // no validators: every fetch is a full 200
		}))
		defer srv.Close()
		clock := clockAt(time.Date(2026, 9, 14, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss/tin-moi-nhat.rss")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		pass := func(wantNew, wantUpdated int) map[string]store.ArticleState {
			t.Helper()
			sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
			if err != nil || sum.Failed != 0 || sum.New != wantNew || sum.Updated != wantUpdated {
				t.Fatalf("pass: %+v %v; want %d new, %d updated", sum, err, wantNew, wantUpdated)
			}
			clock.advance(time.Hour)
			return rawStates(t, st, src, *served.Load())
		}
		first := pass(countItems(t, body, src), 0)
		parsed := parseBody(t, body, src)
		for _, a := range parsed.Items {
			if first[a.Key].RawHash != a.RawHash || a.RawHash == "" {
				t.Fatalf("%s: stored raw hash %q, parser says %q", a.Key, first[a.Key].RawHash, a.RawHash)
			}
		}
		spaced := bytes.Replace(body, []byte("<title>Thủ tướng yêu cầu"), []byte("<title>Thủ tướng  yêu cầu"), 1)
		served.Store(&spaced)
		second := pass(0, 0)
		changed := 0
		for k, st := range second {
			if st.RawHash != first[k].RawHash {
				changed++
			}
		}
		if changed != 1 {
			t.Errorf("after a spacing change, %d raw hashes changed, want 1", changed)
		}
		edited := fixture(t, "vnexpress-edited.rss")
		served.Store(&edited)
		pass(0, 1)
	})
}

// rawStates returns the stored state of each item of body.
func rawStates(t *testing.T, st *store.Store, src model.Source, body []byte) map[string]store.ArticleState {
	t.Helper()
	var keys []string
	for _, a := range parseBody(t, body, src).Items {
		keys = append(keys, a.Key)
	}
	states, err := st.ArticleStates(context.Background(), src.ID, keys)
	if err != nil {
		t.Fatal(err)
	}
	return states
}

func parseBody(t *testing.T, body []byte, src model.Source) *ingest.Feed {
	t.Helper()
	feed, err := ingest.NewParser(nil).Parse(body, "", src, time.Date(2026, 9, 14, 3, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return feed
}

func countItems(t *testing.T, body []byte, src model.Source) int {
	return len(parseBody(t, body, src).Items)
}
