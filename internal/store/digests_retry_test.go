package store_test

import (
	"context"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestRetryDigestsNow: NextDigestRetry is when the first waiting row of a
// week is due (zero when none waits); RetryDigestsNow makes the week's
// waiting rows due at once, leaving rows a sender holds and other weeks.
func TestRetryDigestsNow(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		addSubscribers(t, s, 3, model.StatusActive)
		if _, _, err := s.StartDigestRun(ctx, "2026-W48", t0); err != nil {
			t.Fatal(err)
		}
		if next, err := s.NextDigestRetry(ctx, "2026-W48"); err != nil || !next.IsZero() {
			t.Fatalf("none waiting: %v, %v", next, err)
		}
		jobs, err := s.ClaimDigests(ctx, "w1", t0, time.Minute, 3)
		if err != nil || len(jobs) != 3 {
			t.Fatalf("claimed %d, %v", len(jobs), err)
		}
		for i, j := range jobs[:2] {
			if err := s.MarkDigestRetry(ctx, j.Digest.ID, "w1", "dial: refused", t0.Add(time.Duration(i+1)*time.Hour)); err != nil {
				t.Fatal(err)
			}
		}
		if next, err := s.NextDigestRetry(ctx, "2026-W48"); err != nil || !next.Equal(t0.Add(time.Hour)) {
			t.Errorf("next retry %v, %v; want %v", next, err, t0.Add(time.Hour))
		}
		if n, err := s.RetryDigestsNow(ctx, "2026-W49", t0); err != nil || n != 0 {
			t.Errorf("another week: %d, %v", n, err)
		}
		if n, err := s.RetryDigestsNow(ctx, "2026-W48", t0); err != nil || n != 2 {
			t.Errorf("made due: %d, %v; want 2", n, err)
		}
		again, err := s.ClaimDigests(ctx, "w2", t0, time.Minute, 10)
		if err != nil || len(again) != 2 {
			t.Errorf("claimable now: %d, %v; want the 2 waiting (the third is w1's)", len(again), err)
		}
	})
}
