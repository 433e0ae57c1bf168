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

// moveSource records a fetch of src that a permanent redirect moved to url.
func moveSource(t *testing.T, s *store.Store, id int64, url string) {
	t.Helper()
	ctx := context.Background()
	if _, err := s.ClaimSource(ctx, id, "w", t0, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: id, Owner: "w", FetchedAt: t0, MovedTo: url}, nil); err != nil {
		t.Fatal(err)
	}
}

// TestMovedSourceOldURL: after a move the old URL names the source it
// moved to and cannot be added again (a *MovedError, also ErrConflict);
// a move back makes it current again, and removing the source forgets it.
func TestMovedSourceOldURL(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		moveSource(t, s, src.ID, "https://y.vn/rss")
		got, err := s.MovedSource(ctx, "https://x.vn/rss")
		if err != nil || got.ID != src.ID || got.URL != "https://y.vn/rss" {
			t.Fatalf("MovedSource(old) = %d %s, %v; want %d https://y.vn/rss", got.ID, got.URL, err, src.ID)
		}
		var moved *store.MovedError
		err = s.AddSource(ctx, &model.Source{URL: "https://x.vn/rss"})
		if !errors.As(err, &moved) || !errors.Is(err, model.ErrConflict) || moved.To.ID != src.ID {
			t.Fatalf("AddSource(old URL) = %v; want a MovedError to source %d", err, src.ID)
		}
		if all, _ := s.Sources(ctx); len(all) != 1 {
			t.Fatalf("%d sources after adding the old URL, want 1", len(all))
		}
		if _, err := s.MovedSource(ctx, "https://y.vn/rss"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("MovedSource(current URL) err = %v, want ErrNotFound", err)
		}
		moveSource(t, s, src.ID, "https://x.vn/rss") // moved back
		if _, err := s.MovedSource(ctx, "https://x.vn/rss"); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("after moving back, MovedSource(x) err = %v, want ErrNotFound", err)
		}
		if got, err := s.MovedSource(ctx, "https://y.vn/rss"); err != nil || got.ID != src.ID {
			t.Fatalf("after moving back, MovedSource(y) = %d, %v; want %d", got.ID, err, src.ID)
		}
		if err := s.RemoveSource(ctx, src.ID); err != nil {
			t.Fatal(err)
		}
		if err := s.AddSource(ctx, &model.Source{URL: "https://y.vn/rss"}); err != nil {
			t.Fatalf("AddSource(old URL of a removed source) = %v, want nil", err)
		}
	})
}

// TestMoveConflictKeepsNoOldURL: a move onto another source's URL fails
// and records nothing, so the URL it had can still be seen as its own.
func TestMoveConflictKeepsNoOldURL(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		other, src := &model.Source{URL: "https://y.vn/rss"}, &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, other)
		s.AddSource(ctx, src)
		if _, err := s.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		_, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", FetchedAt: t0, MovedTo: other.URL}, nil)
		if !errors.Is(err, model.ErrConflict) {
			t.Fatalf("err = %v, want ErrConflict", err)
		}
		if _, err := s.MovedSource(ctx, src.URL); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("MovedSource after a failed move: %v, want ErrNotFound", err)
		}
	})
}

// TestRemoveSourceBumpsVersion: removing a source changes the content
// version (servers drop cached feeds holding its articles); removing none
// does not.
func TestRemoveSourceBumpsVersion(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		before, _ := s.ContentVersion(ctx)
		if err := s.RemoveSource(ctx, src.ID+1); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("remove a missing source: %v", err)
		}
		if v, _ := s.ContentVersion(ctx); v != before {
			t.Fatalf("version %d after removing nothing, want %d", v, before)
		}
		if err := s.RemoveSource(ctx, src.ID); err != nil {
			t.Fatal(err)
		}
		if v, _ := s.ContentVersion(ctx); v <= before {
			t.Fatalf("version %d after removing a source, want more than %d", v, before)
		}
	})
}
