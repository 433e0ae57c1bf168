package store

import (
	"context"
	"os"
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestFeedPlansUseIndexes: on PostgreSQL, with copies a third of the
// articles, a feed page reads no table whole. The tags an article is shown
// with (its own and its copies', shownTagColumns) are read through the tag
// tables' primary keys: they are evaluated once per article shown, and the
// OR of the article and its copies read every tag row each time (100,000
// per article, 1.1 s a page). A province feed maps its rows to their
// articles by article_copies' primary key, not by hashing every copy.
func TestFeedPlansUseIndexes(t *testing.T) {
	base := os.Getenv("BANTIN_TEST_DATABASE_URL")
	if base == "" {
		t.Skip("BANTIN_TEST_DATABASE_URL is not set")
	}
	ctx := context.Background()
	s := openURL(t, schemaURL(t, base))
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://vnexpress.net/rss', 'S', 1)",
		`INSERT INTO articles (id, source_id, key, published_at, updated_at, fetched_at)
			SELECT i, 1, 'k' || i, i, i, i FROM generate_series(1, 20000) i`,
		"INSERT INTO article_copies (article_id, canonical_id) SELECT i, i - 1 FROM generate_series(2, 20000, 3) i",
		"INSERT INTO article_topics (article_id, topic, published_at) SELECT i, 'topic-' || (i % 16), i FROM generate_series(1, 20000) i",
		"INSERT INTO article_provinces (article_id, province, published_at) SELECT i, 'prov-' || (i % 34), i FROM generate_series(1, 20000) i",
		"ANALYZE",
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	shown := explain(t, s, "SELECT a.id, "+s.shownTagColumns()+" FROM articles a WHERE a.id = 1")
	for i, line := range shown {
		for _, table := range []string{" on article_topics ", " on article_provinces "} {
			if strings.Contains(line, table) && (i+1 == len(shown) || !strings.Contains(shown[i+1], "Index Cond: (article_id =")) {
				t.Errorf("shown tags: unbounded read of a tag table: %s", strings.TrimSpace(line))
			}
		}
	}
	text, args := s.tagDriver(model.Filter{Provinces: []string{"prov-7"}}, 50)
	feed := explain(t, s, text, args...)
	for _, plan := range [][]string{shown, feed} {
		for _, line := range plan {
			if strings.Contains(line, "Seq Scan on article") {
				t.Errorf("a scan of a whole table: %s", strings.TrimSpace(line))
			}
		}
		if t.Failed() || testing.Verbose() {
			t.Log(strings.Join(plan, "\n"))
		}
	}
}

// explain returns the lines of PostgreSQL's plan of q (? placeholders).
func explain(t *testing.T, s *Store, q string, args ...any) []string {
	t.Helper()
	rows, err := s.query(context.Background(), "EXPLAIN "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	return plan
}
