package store

import (
	"context"
	"errors"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestSameFeedSpellings: a source stored in a spelling the URL policy now
// normalises (added before it did: a "./" segment, a long IPv6 loopback, a
// host's capitals and trailing dot, a default port) is found by its
// canonical URL, refuses a second source of that URL, and is revived by
// it, keeping its stored URL; a URL of another feed finds nothing.
func TestSameFeedSpellings(t *testing.T) {
	for engine, u := range upgradeURLs(t, "same.db") {
		t.Run(engine, func(t *testing.T) {
			ctx := context.Background()
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			for _, tt := range []struct{ stored, canonical string }{
				{"http://[0:0:0:0:0:0:0:1]:8080/./feed.rss", "http://[::1]:8080/feed.rss"},
				{"https://Bao.Example.:443/a/../rss/tin.rss", "https://bao.example/rss/tin.rss"},
				{"http://c.example", "http://c.example/"},
			} {
				src := model.Source{URL: tt.stored}
				if err := s.AddSource(ctx, &src); err != nil {
					t.Fatalf("add %s: %v", tt.stored, err)
				}
				if got, err := s.SourceByURL(ctx, tt.canonical); err != nil || got.ID != src.ID {
					t.Errorf("source by %s: %d, %v; want %d", tt.canonical, got.ID, err, src.ID)
				}
				if err := s.AddSource(ctx, &model.Source{URL: tt.canonical}); !errors.Is(err, model.ErrConflict) {
					t.Errorf("add %s beside %s: %v, want ErrConflict", tt.canonical, tt.stored, err)
				}
				if _, err := s.db.ExecContext(ctx, "UPDATE sources SET retired_at = 1 WHERE id = ?", src.ID); err != nil {
					t.Fatal(err)
				}
				got, revived, err := s.ReviveSource(ctx, tt.canonical, time.Now())
				if err != nil || !revived || got.ID != src.ID || got.URL != tt.stored || got.Retired() {
					t.Errorf("revive by %s: %+v, %v, %v; want source %d at %s active", tt.canonical, got, revived, err, src.ID, tt.stored)
				}
			}
			for _, other := range []string{"http://[::2]:8080/feed.rss", "https://bao.example/rss/Tin.rss", "http://c.example/?"} {
				if got, err := s.SourceByURL(ctx, other); !errors.Is(err, model.ErrNotFound) {
					t.Errorf("source by %s: %d, %v; want ErrNotFound", other, got.ID, err)
				}
				if _, revived, err := s.ReviveSource(ctx, other, time.Now()); revived || err != nil {
					t.Errorf("revive %s: %v, %v; want nothing", other, revived, err)
				}
			}
		})
	}
}
