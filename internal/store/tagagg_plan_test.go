package store

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestShownTagsUseIndexes: on PostgreSQL, the tags an article is shown
// with (its own and its copies', shownTagColumns) are read through the tag
// tables' primary keys, never by a scan of every tag row: a feed page
// evaluates the aggregates once per article shown (the OR of the article
// and its copies read 100,000 tag rows per article, 1.1 s a page).
func TestShownTagsUseIndexes(t *testing.T) {
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
			SELECT i, 1, 'k' || i, i, i, i FROM generate_series(1, 5000) i`,
		"INSERT INTO article_copies (article_id, canonical_id) SELECT i, i - 1 FROM generate_series(2, 5000, 3) i",
		"INSERT INTO article_topics (article_id, topic, published_at) SELECT i, 'topic-' || (i % 16), i FROM generate_series(1, 5000) i",
		"INSERT INTO article_provinces (article_id, province, published_at) SELECT i, 'prov-' || (i % 34), i FROM generate_series(1, 5000) i",
		"ANALYZE",
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SET enable_seqscan = off"); err != nil {
		t.Fatal(err)
	}
	rows, err := conn.QueryContext(ctx, "EXPLAIN SELECT a.id, "+s.shownTagColumns()+" FROM articles a WHERE a.id = 1")
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
	text := strings.Join(plan, "\n")
	// Each read of a tag table is an index scan bounded by article_id.
	for i, line := range plan {
		for _, table := range []string{" on article_topics ", " on article_provinces "} {
			if strings.Contains(line, table) && (i+1 == len(plan) || !strings.Contains(plan[i+1], "Index Cond: (article_id =")) {
				t.Errorf("unbounded read of a tag table: %s", strings.TrimSpace(line))
			}
		}
	}
	if t.Failed() || testing.Verbose() {
		t.Log(text)
	}
}
