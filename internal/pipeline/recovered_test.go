package pipeline_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestRecoveredSourceTold: a source whose feed answers 404 twice and then
// comes back logs one warning when its failing streak starts and one info
// line when it ends, naming the failures it had; fetches before and after
// say neither.
func TestRecoveredSourceTold(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if k := n.Add(1); k == 2 || k == 3 {
				http.NotFound(w, r)
				return
			}
			w.Write(fixture(t, "tuoitre.rss"))
		}))
		defer srv.Close()
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/rss")
		g, logs := newLoggedPipeline(t, st, clock)
		ctx := context.Background()
		for i := range 5 {
			claimed, err := st.ClaimSource(ctx, src.ID, "test", clock.now(), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			g.FetchSource(ctx, claimed)
			clock.advance(2 * time.Hour)
			if got, want := strings.Count(logs.String(), `msg="source recovered"`), map[bool]int{true: 1, false: 0}[i >= 3]; got != want {
				t.Fatalf("after fetch %d: %d recovery lines, want %d:\n%s", i, got, want, logs.String())
			}
		}
		if !strings.Contains(logs.String(), `msg="source recovered" source_id=1 url=`+srv.URL+`/rss status=200 failures=2`) ||
			strings.Count(logs.String(), `msg="fetch failed"`) != 1 {
			t.Errorf("want one warning and one recovery naming 2 failures, got:\n%s", logs.String())
		}
	})
}
