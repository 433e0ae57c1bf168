package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestMovedSourceTold: a fetch that follows a permanent redirect and stores
// the source's new URL says so, in its result and in one info log line
// naming both URLs; the next fetch, at the new URL, says nothing more.
func TestMovedSourceTold(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		srv := movedFeed(t, "/old.rss", "/new.rss")
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/old.rss")
		g, logs := newLoggedPipeline(t, st, clock)
		ctx := context.Background()
		for i, want := range []string{srv.URL + "/new.rss", ""} {
			s, err := st.Source(ctx, src.ID)
			if err != nil {
				t.Fatal(err)
			}
			claimed, err := st.ClaimSource(ctx, s.ID, "test", clock.now(), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			if r := g.FetchSource(ctx, claimed); r.Err != nil || r.MovedTo != want {
				t.Errorf("fetch %d: MovedTo %q err %v, want %q", i, r.MovedTo, r.Err, want)
			}
			clock.advance(time.Hour)
		}
		line := `msg="source moved" source_id=1 from=` + srv.URL + "/old.rss to=" + srv.URL + "/new.rss"
		if n := strings.Count(logs.String(), "source moved"); n != 1 || !strings.Contains(logs.String(), line) {
			t.Errorf("want one line with %s, got:\n%s", line, logs.String())
		}
	})
}
