package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestAddSourceRacesMove: a fetch that moves a source away from its URL
// commits while `sources add` of that URL is under way. The add must see
// the move and refuse with a *MovedError, not slip a second source in at
// the URL the first one left (which would redirect onto the first). The
// move's transaction is held open until the add has reached the database.
func TestAddSourceRacesMove(t *testing.T) {
	ctx := context.Background()
	urls := map[string]string{"sqlite": "sqlite:" + filepath.Join(t.TempDir(), "b.db")}
	if base := os.Getenv("BANTIN_TEST_DATABASE_URL"); base != "" {
		urls["postgres"] = schemaURL(t, base)
	} else {
		t.Log("BANTIN_TEST_DATABASE_URL is not set: the PostgreSQL variant of this test does not run")
	}
	for name, u := range urls {
		t.Run(name, func(t *testing.T) {
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			src := &model.Source{URL: "https://x.vn/rss"}
			if err := s.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			if _, err := s.ClaimSource(ctx, src.ID, "w", now, time.Minute); err != nil {
				t.Fatal(err)
			}
			tx, err := s.wdb.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			o := FetchOutcome{SourceID: src.ID, Owner: "w", FetchedAt: now, MovedTo: "https://y.vn/rss"}
			if _, err := s.saveOutcome(ctx, tx, o); err != nil {
				t.Fatal(err)
			}
			added := make(chan error, 1)
			go func() { added <- s.AddSource(ctx, &model.Source{URL: "https://x.vn/rss"}) }()
			time.Sleep(300 * time.Millisecond) // the add reaches the database and waits on the move
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			var moved *MovedError
			if err := <-added; !errors.As(err, &moved) || moved.To.ID != src.ID {
				t.Errorf("AddSource(old URL) racing the move = %v; want a MovedError to source %d", err, src.ID)
			}
			if all, err := s.Sources(ctx); err != nil || len(all) != 1 {
				t.Errorf("%d sources after the race (%v), want 1", len(all), err)
			}
		})
	}
}
