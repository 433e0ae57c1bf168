package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestEditSourceURL: a new URL is taken as a permanent redirect takes it:
// the old URL is remembered as moved (AddSource refuses it, naming the
// source), the fetch state starts over (failures, error, validators, last
// fetch, due at MovedAt), a fetch in flight loses its lease and writes
// nothing; another source's URL is model.ErrConflict and changes nothing.
func TestEditSourceURL(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		a, b := &model.Source{URL: "https://x.vn/rss"}, &model.Source{URL: "https://y.vn/rss"}
		for _, s := range []*model.Source{a, b} {
			if err := st.AddSource(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		now := time.Now().Truncate(time.Second)
		if _, err := st.ClaimSource(ctx, a.ID, "w", now, time.Minute); err != nil {
			t.Fatal(err)
		}
		failed := store.FetchOutcome{SourceID: a.ID, Owner: "w", Status: 404, Error: "HTTP 404", Failures: 3, ETag: `"e"`,
			FetchedAt: now, NextFetchAt: now.Add(6 * time.Hour)}
		if _, err := st.SaveFetch(ctx, failed, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := st.ClaimSource(ctx, a.ID, "w2", now.Add(7*time.Hour), time.Minute); err != nil {
			t.Fatal(err) // a fetch in flight
		}
		taken := b.URL
		if _, _, err := st.EditSource(ctx, a.ID, store.SourceEdit{URL: &taken, MovedAt: now}); !errors.Is(err, model.ErrConflict) {
			t.Errorf("edit to source %d's URL: %v, want ErrConflict", b.ID, err)
		}
		if s, _ := st.Source(ctx, a.ID); s.URL != a.URL || s.ConsecutiveFailures != 3 {
			t.Errorf("after the refused edit: %+v", s)
		}
		to := "https://z.vn/rss"
		_, after, err := st.EditSource(ctx, a.ID, store.SourceEdit{URL: &to, MovedAt: now})
		if err != nil {
			t.Fatal(err)
		}
		if after.URL != to || after.ConsecutiveFailures != 0 || after.LastError != "" || after.LastStatus != 0 || after.ETag != "" ||
			!after.LastFetchedAt.IsZero() || !after.NextFetchAt.Equal(now) || after.LeaseOwner != "" {
			t.Errorf("after the move: %+v", after)
		}
		if m, err := st.MovedSource(ctx, a.URL); err != nil || m.ID != a.ID {
			t.Errorf("MovedSource(old URL) = %d, %v; want source %d", m.ID, err, a.ID)
		}
		late := store.FetchOutcome{SourceID: a.ID, Owner: "w2", Status: 404, Error: "HTTP 404", Failures: 4, FetchedAt: now}
		if _, err := st.SaveFetch(ctx, late, nil); !errors.Is(err, model.ErrLeaseLost) {
			t.Errorf("save of the fetch in flight: %v, want ErrLeaseLost", err)
		}
		var moved *store.MovedError
		if err := st.AddSource(ctx, &model.Source{URL: a.URL}); !errors.As(err, &moved) || moved.To.ID != a.ID {
			t.Errorf("AddSource(old URL) = %v; want a MovedError to source %d", err, a.ID)
		}
	})
}
