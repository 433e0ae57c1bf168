package pipeline_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestBrokenFeedNoted: a feed whose XML breaks after an item is read up to
// the break and not counted as a failure, but its source records why
// ("broken feed: read 1 item, …") while the body stays broken (a 304
// keeps the note) and clears it once a fetch reads the feed whole.
func TestBrokenFeedNoted(t *testing.T) {
	whole := retitleFeed([]retitleItem{{"mot-1000001.html", "Tin một", 0}, {"hai-1000002.html", "Tin hai", 1}})
	broken := whole[:strings.LastIndex(whole, "<item>")+len("<item><title>Tin")]
	passes := []struct {
		name, body  string
		note        string // the start of the source's last error
		notModified int
	}{
		{"whole", whole, "", 0},
		{"broken", broken, "broken feed: read 1 item, then the XML breaks (XML syntax error", 0},
		{"broken, not modified", broken, "broken feed: read 1 item,", 1},
		{"mended", whole, "", 0},
	}
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		var k atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body := passes[k.Load()].body
			etag := `"` + time.Duration(len(body)).String() + `"`
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Write([]byte(body))
		}))
		defer srv.Close()
		clock := clockAt(time.Date(2026, 12, 1, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss")
		g := newPipeline(t, st, clock)
		for i, p := range passes {
			k.Store(int32(i))
			clock.advance(time.Hour)
			res, err := g.RunOnce(context.Background(), pipeline.RunOptions{All: true})
			if err != nil || res.Failed != 0 || res.NotModified != p.notModified {
				t.Fatalf("%s: %+v %v", p.name, res, err)
			}
			got, err := st.Source(context.Background(), src.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.ConsecutiveFailures != 0 || !strings.HasPrefix(got.LastError, p.note) || (p.note == "") != (got.LastError == "") ||
				(p.note == "") != (got.LastErrorKind == model.KindNone) || p.note != "" && got.LastErrorKind != model.KindBrokenFeed {
				t.Errorf("%s: failures %d, last error %q; want 0, %q…", p.name, got.ConsecutiveFailures, got.LastError, p.note)
			}
		}
	})
}
