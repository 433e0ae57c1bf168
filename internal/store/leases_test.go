package store_test

import (
	"context"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestLeaseHolders lists the owners of unexpired leases with their counts,
// and ReleaseLeases gives back one owner's leases on both tables.
func TestLeaseHolders(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		for _, u := range []string{"https://a.vn/rss", "https://b.vn/rss", "https://c.vn/rss"} {
			s.AddSource(ctx, &model.Source{URL: u})
		}
		if _, err := s.ClaimAll(ctx, "dead/1", t0, time.Minute, 0, 2); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ClaimAll(ctx, "old/2", t0.Add(-time.Hour), time.Minute, 2, 1); err != nil {
			t.Fatal(err)
		}
		s.AddSubscriber(ctx, &model.Subscriber{Email: "a@example.com", Status: model.StatusActive})
		if _, err := s.EnsureDigests(ctx, "2026-W47", t0); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ClaimDigests(ctx, "dead/1/digest", t0, 10*time.Minute, 10); err != nil {
			t.Fatal(err)
		}
		got, err := s.LeaseHolders(ctx, t0)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Owner != "dead/1" || got[0].Sources != 2 || got[1].Owner != "dead/1/digest" ||
			got[1].Digests != 1 || !got[1].Until.Equal(t0.Add(10*time.Minute)) {
			t.Fatalf("holders %+v; want dead/1 with 2 sources, dead/1/digest with 1 row (old/2 expired)", got)
		}
		if n, m, err := s.ReleaseLeases(ctx, "dead/1", "dead/1/digest"); err != nil || n != 2 || m != 1 {
			t.Fatalf("release: %d %d %v", n, m, err)
		}
		if got, _ := s.LeaseHolders(ctx, t0); len(got) != 0 {
			t.Fatalf("after release: %+v", got)
		}
	})
}
