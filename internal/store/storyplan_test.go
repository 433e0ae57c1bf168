package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestStoryCheckUsesClusterIndex: the story check of a list of latest
// stories (leadCond) reads a story's rows newer than the row through
// articles_cluster_newest (migration 0012), bounded by the row's time,
// on both engines — not every row of the story, which made a page's cost
// grow with the square of a big story's reports (BenchmarkBigStoryLists).
// 20,000 rows in stories of eight, a third of them copies, ANALYZEd: with
// articles_cluster kept beside it, PostgreSQL took that smaller index
// here.
func TestStoryCheckUsesClusterIndex(t *testing.T) {
	ctx := context.Background()
	for engine, u := range upgradeURLs(t, "plan.db") {
		t.Run(engine, func(t *testing.T) {
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			for _, q := range []string{
				"INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://vnexpress.net/rss', 'S', 1)",
				`INSERT INTO articles (id, source_id, key, published_at, cluster_id, updated_at, fetched_at)
					WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
					SELECT i, 1, 'k' || i, i, i / 8, i, i FROM n`,
				"INSERT INTO article_copies (article_id, canonical_id) SELECT id, id - 1 FROM articles WHERE id % 3 = 2",
				"INSERT INTO article_topics (article_id, topic, published_at) SELECT id, 'topic-' || (id % 16), id FROM articles",
				"INSERT INTO article_provinces (article_id, province, published_at) SELECT id, 'prov-' || (id % 34), id FROM articles",
				"ANALYZE",
			} {
				if _, err := s.db.ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			for _, f := range []model.Filter{{}, {Topics: []string{"topic-3"}}, {Provinces: []string{"prov-7"}}, {SourceID: 1}} {
				copies := len(f.Topics) > 0 || len(f.Provinces) > 0 || !allNews(f)
				at := time.UnixMicro(15000)
				text, args := s.leadQuery(f, at, 15000, 21, s.leadCond(f, at, 15000, copies))
				plan := planOf(t, s, text, args...)
				if !storyCheckBounded(s.engine, plan) {
					t.Errorf("%+v: the story check does not read the story's newer rows by articles_cluster_newest:\n%s", f, strings.Join(plan, "\n"))
				}
				for _, line := range plan {
					if strings.Contains(line, "Seq Scan on article") {
						t.Errorf("%+v: %s", f, strings.TrimSpace(line))
					}
				}
			}
		})
	}
}

// storyCheckBounded reports whether plan reads the story's rows b by
// articles_cluster_newest with a bound on their time.
func storyCheckBounded(engine Engine, plan []string) bool {
	for i, line := range plan {
		if engine == SQLite && strings.HasPrefix(line, "SEARCH b USING ") &&
			strings.HasSuffix(line, "INDEX articles_cluster_newest (cluster_id=? AND published_at>?)") {
			return true
		}
		if engine == Postgres && strings.Contains(line, "using articles_cluster_newest on articles b ") && i+1 < len(plan) &&
			strings.Contains(plan[i+1], "(published_at >= ") {
			return true
		}
	}
	return false
}
