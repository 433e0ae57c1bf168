package pipeline_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestMovedToHostileURL: a permanent redirect to a URL that `sources add`
// would refuse (longer than a source URL may be) is followed for this fetch,
// its articles stored, but the source keeps its URL: a hostile upstream
// cannot give it a URL the store cannot index (PostgreSQL refuses index rows
// over about 2.7 kB, which failed every later fetch of the source) or that
// the operator could not have typed.
func TestMovedToHostileURL(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		var b strings.Builder // not compressible: PostgreSQL compresses long index entries
		for i := range 1000 {
			fmt.Fprintf(&b, "%08x", uint32(i)*2654435761)
		}
		long := "/new-" + b.String() + ".rss"
		srv := movedFeed(t, "/old.rss", long)
		clock := clockAt(time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC))
		src := addSource(t, st, srv.URL+"/old.rss")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		for i := range 2 {
			claimed, err := st.ClaimSource(ctx, src.ID, "test", clock.now(), time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			r := g.FetchSource(ctx, claimed)
			if r.Err != nil || r.MovedTo != "" || (i == 0 && r.New == 0) {
				t.Errorf("fetch %d: new %d, MovedTo %d bytes, err %v", i, r.New, len(r.MovedTo), r.Err)
			}
			s, err := st.Source(ctx, src.ID)
			if err != nil || s.URL != src.URL || s.ConsecutiveFailures != 0 {
				t.Fatalf("fetch %d: source URL %.80q, failures %d (%s), err %v", i, s.URL, s.ConsecutiveFailures, s.LastError, err)
			}
			clock.advance(time.Hour)
		}
	})
}
