package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A transaction that cannot begin is reported like any query that cannot
// run: under the operation's name and as model.ErrUnavailable (here a
// context whose deadline has passed, as after a database that did not
// answer in time), not as the driver's bare error.
func TestTransactionsMapBeginErrors(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		expired, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
		defer cancel()
		for _, tc := range []struct {
			name string
			run  func(ctx context.Context) error
		}{
			{"RemoveSubscriber", func(ctx context.Context) error { return s.RemoveSubscriber(ctx, 1) }},
			{"RemoveSource", func(ctx context.Context) error { return s.RemoveSource(ctx, 1) }},
			{"AddSource", func(ctx context.Context) error {
				return s.AddSource(ctx, &model.Source{URL: "https://example.org/rss"})
			}},
			{"StartDigestRun", func(ctx context.Context) error { _, _, err := s.StartDigestRun(ctx, "2026-W01", t0); return err }},
			{"SetSignatures", func(ctx context.Context) error { return s.SetSignatures(ctx, map[int64][]byte{1: {1}}) }},
			{"SetSubscriberStatus (no transaction)", func(ctx context.Context) error {
				return s.SetSubscriberStatus(ctx, 1, model.StatusActive)
			}},
		} {
			err := tc.run(expired)
			if !errors.Is(err, model.ErrUnavailable) || !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("%s with an expired context: %v; want a store error wrapping model.ErrUnavailable", tc.name, err)
			}
		}
	})
}
