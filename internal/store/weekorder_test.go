package store

import (
	"context"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestWeekTagsOrderBytewise: the provinces of a digest's article come in
// the order the feeds give them (weight, then slug byte by byte), whatever
// the collation of the PostgreSQL server. Many servers run with glibc's
// en_US.UTF-8, which ignores the hyphen: there "hai-phong" sorts before
// "ha-noi" ("haiphong" < "hanoi"), on SQLite and in Go after it. The
// PostgreSQL variant gives the province column such a collation (ICU's
// en-u-ka-shifted, which ignores punctuation as glibc does).
func TestWeekTagsOrderBytewise(t *testing.T) {
	ctx := context.Background()
	for name, s := range migrationStores(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if s.Engine() == Postgres {
				ignorePunctuation(t, s)
			}
			now := time.Date(2026, 11, 18, 3, 0, 0, 0, time.UTC)
			src := &model.Source{URL: "https://vnexpress.net/rss/thoi-su.rss"}
			if err := s.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ClaimSource(ctx, src.ID, "w", now, time.Minute); err != nil {
				t.Fatal(err)
			}
			a := model.Article{Key: "url:https://vnexpress.net/a", URL: "https://vnexpress.net/a", Title: "Hà Nội, Hải Phòng",
				PublishedAt: now, UpdatedAt: now, FetchedAt: now,
				Provinces: []model.ProvinceTag{{Province: "hai-phong", Weight: 1}, {Province: "ha-noi", Weight: 1}}}
			if _, err := s.SaveFetch(ctx, FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: now},
				[]ArticleWrite{{Article: a}}); err != nil {
				t.Fatal(err)
			}
			week, err := s.WeekArticles(ctx, now.Add(-time.Hour), now.Add(time.Hour))
			if err != nil || len(week) != 1 {
				t.Fatalf("week articles: %d, %v", len(week), err)
			}
			feed, err := s.Articles(ctx, model.Filter{Limit: 10})
			if err != nil || len(feed) != 1 {
				t.Fatalf("articles: %d, %v", len(feed), err)
			}
			var feedOrder []string
			for _, p := range feed[0].Provinces {
				feedOrder = append(feedOrder, p.Province)
			}
			want := []string{"ha-noi", "hai-phong"}
			if !slices.Equal(feedOrder, want) {
				t.Errorf("feed order %v, want %v", feedOrder, want)
			}
			if !slices.Equal(week[0].Provinces, want) {
				t.Errorf("digest order %v, want %v (the feeds')", week[0].Provinces, want)
			}
		})
	}
}

// ignorePunctuation gives the tag slug columns of s, on PostgreSQL, a
// collation that ignores punctuation as glibc's en_US.UTF-8 does.
func ignorePunctuation(t *testing.T, s *Store) {
	t.Helper()
	for _, ddl := range []string{
		"CREATE COLLATION punct_ignored (provider = icu, locale = 'en-u-ka-shifted')",
		"ALTER TABLE article_provinces ALTER COLUMN province TYPE TEXT COLLATE punct_ignored",
		"ALTER TABLE article_topics ALTER COLUMN topic TYPE TEXT COLLATE punct_ignored",
	} {
		if _, err := s.db.ExecContext(context.Background(), ddl); err != nil {
			t.Fatalf("%s: %v", ddl, err)
		}
	}
}
