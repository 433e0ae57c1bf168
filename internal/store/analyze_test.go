package store

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"bantin/internal/model"
)

// reltuples returns PostgreSQL's estimate of table's rows in the store's
// schema: -1 before the table was ever analyzed.
func reltuples(t *testing.T, s *Store, table string) float64 {
	t.Helper()
	var n float64
	err := s.db.QueryRowContext(context.Background(),
		"SELECT reltuples FROM pg_class WHERE relname = ? AND relnamespace = current_schema()::regnamespace", table).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestAnalyzeAfterBulkWork: on PostgreSQL a migration leaves its tables
// analyzed, and Analyze gives the planner the rows a bulk insert added,
// which it would otherwise not know of until autovacuum came round.
func TestAnalyzeAfterBulkWork(t *testing.T) {
	base := os.Getenv("BANTIN_TEST_DATABASE_URL")
	if base == "" {
		t.Skip("BANTIN_TEST_DATABASE_URL is not set: this test needs PostgreSQL")
	}
	ctx := context.Background()
	s := openSchemaStore(t, base)
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if n := reltuples(t, s, "articles"); n != 0 {
		t.Fatalf("articles after migrating: reltuples %v, want 0 (analyzed, empty)", n)
	}
	src := &model.Source{URL: "https://example.vn/rss"}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	arts := make([]model.Article, 300)
	for i := range arts {
		arts[i] = model.Article{Key: fmt.Sprint(i), URL: fmt.Sprintf("https://example.vn/%d", i), Title: "Tin",
			PublishedAt: time.Date(2026, 11, 2, 0, i, 0, 0, time.UTC),
			Topics:      []model.TopicTag{{Topic: "kinh-te", Primary: true}}}
	}
	if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
		t.Fatal(err)
	}
	if err := s.Analyze(ctx, "articles", "article_topics"); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles", "article_topics"} {
		if n := reltuples(t, s, table); n != 300 {
			t.Errorf("%s after Analyze: reltuples %v, want 300", table, n)
		}
	}
	if err := s.Analyze(ctx, "pg_class"); err == nil {
		t.Error("Analyze of a table not bantin's: no error")
	}
}
