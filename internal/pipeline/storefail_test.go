package pipeline_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestStoreFailureIsAnOutcome: a feed that cannot be stored (here a
// permanent redirect onto the URL of another source, which the sources
// table refuses) is a failure of that source like a fetch failure: the
// error is recorded on it, it backs off, its lease is released, and the
// other sources of the pass are stored.
func TestStoreFailureIsAnOutcome(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		srv := movedFeed(t, "/old", "/taken")
		clock := &fakeClock{}
		now := time.Date(2026, 11, 26, 3, 0, 0, 0, time.UTC)
		clock.set(now)
		moved, taken := addSource(t, st, srv.URL+"/old"), addSource(t, st, srv.URL+"/taken")
		g := newPipeline(t, st, clock)
		ctx := context.Background()
		sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Failed != 1 || sum.Fetched != 1 || len(sum.FailedSources) != 1 || sum.FailedSources[0].ID != moved.ID {
			t.Fatalf("pass: %+v; want the moved source failed, the other fetched", sum)
		}
		s, err := st.Source(ctx, moved.ID)
		if err != nil {
			t.Fatal(err)
		}
		if s.LeaseOwner != "" || s.ConsecutiveFailures != 1 || s.URL != srv.URL+"/old" ||
			!s.NextFetchAt.After(now) {
			t.Errorf("moved source after a failed store: %+v; want released, 1 failure, old URL, error naming the target, backed off", s)
		}
		if arts, _ := st.Articles(ctx, model.Filter{SourceID: moved.ID}); len(arts) != 0 {
			t.Errorf("the failed store wrote %d articles", len(arts))
		}
		if arts, _ := st.Articles(ctx, model.Filter{SourceID: taken.ID}); len(arts) == 0 {
			t.Errorf("the other source stored nothing")
		}
		// The error names the other source, and not the store's wording.
		if want := fmt.Sprintf("moved permanently to %s, the URL of source %d: remove one of the two", srv.URL+"/taken", taken.ID); s.LastError != want || s.LastErrorKind != model.KindMovedOnto {
			t.Errorf("last error %q (%q), want %q (%q)", s.LastError, s.LastErrorKind, want, model.KindMovedOnto)
		}
		// Due again after its backoff, it fails again and backs off longer.
		clock.set(s.NextFetchAt)
		if sum, _ := g.RunOnce(ctx, pipeline.RunOptions{}); sum.Failed != 1 {
			t.Errorf("after the backoff: %+v, want the moved source failed again", sum)
		}
		if s2, _ := st.Source(ctx, moved.ID); s2.ConsecutiveFailures != 2 || s2.LeaseOwner != "" {
			t.Errorf("second failure: %+v", s2)
		}
	})
}
