package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// scanStore fills s with 6,000 rows in stories of runs of five rows
// coming back every 2,000 rows (so a page's stories take more than one
// of scanLeads' batches), every eleventh row of no story (its own), three
// rows in each microsecond (ties ordered by id), a third of them copies
// (some filed in another story than their article's), with topics and
// provinces; ANALYZEd.
func scanStore(t *testing.T, s *Store) {
	t.Helper()
	for _, q := range []string{
		"INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://vnexpress.net/rss', 'S', 1), (2, 'https://tuoitre.vn/rss', 'T', 1)",
		`INSERT INTO articles (id, source_id, key, published_at, cluster_id, updated_at, fetched_at)
			WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)
			SELECT i, 1 + i % 2, 'k' || i, i / 3, CASE WHEN i % 11 = 0 THEN 0 ELSE (i / 5) % 400 + 1 END, i, i FROM n`,
		"INSERT INTO article_copies (article_id, canonical_id) SELECT id, id - 1 FROM articles WHERE id % 3 = 2",
		"INSERT INTO article_topics (article_id, topic, published_at) SELECT id, 'topic-' || (id % 5), published_at FROM articles",
		"INSERT INTO article_provinces (article_id, province, published_at) SELECT id, 'prov-' || (id % 7), published_at FROM articles",
		"ANALYZE",
	} {
		if _, err := s.db.ExecContext(context.Background(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

// TestScanLeadsMatchesProbes: scanLeads (a list's rows newest first, each
// story's first kept, in batches) gives the leads, rows and order of the
// probe query (leadCond) for every kind of list and limits that end inside
// a batch, at a batch's end and past the list's end, on both engines; and
// on PostgreSQL its query reads an index range, no table scan.
func TestScanLeadsMatchesProbes(t *testing.T) {
	ctx := context.Background()
	for engine, u := range upgradeURLs(t, "scan.db") {
		t.Run(engine, func(t *testing.T) {
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			scanStore(t, s)
			for _, f := range []model.Filter{{}, {Topics: []string{"topic-3"}}, {Topics: []string{"topic-1", "topic-2"}},
				{Provinces: []string{"prov-4"}}, {Topics: []string{"topic-0"}, Provinces: []string{"prov-1"}}, {SourceID: 2},
				{Since: time.UnixMicro(1500)}} {
				copies := len(f.Topics) > 0 || len(f.Provinces) > 0 || !allNews(f)
				for _, n := range []int{1, 7, 200, 500} {
					want, err := s.storyLeads(ctx, f, time.Time{}, 0, n, s.leadCond(f, time.Time{}, 0, copies))
					if err != nil {
						t.Fatal(err)
					}
					got, err := s.scanLeads(ctx, f, n)
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(got, want) {
						t.Errorf("%+v n=%d: scan gives %d leads, probes %d; first difference at %d", f, n, len(got), len(want), firstDiff(got, want))
					}
				}
				checkScanPlan(t, s, f)
			}
		})
	}
}

// checkScanPlan fails the test when keyedQuery's plan on PostgreSQL for a
// page of seven stories (28 rows) scans the articles or their copies (a
// second batch's, after a cursor, included; one never run aside). (A batch of 800 rows, an
// eighth of this store, is read by a table scan, rightly.)
func checkScanPlan(t *testing.T, s *Store, f model.Filter) {
	t.Helper()
	if s.engine != Postgres {
		return
	}
	for _, row := range []int64{0, 3000} {
		text, args := s.keyedQuery(f, time.UnixMicro(1000), row, leadScanRows*7)
		plan := planOf(t, s, text, args...)
		for _, line := range plan {
			scan := strings.Contains(line, "Seq Scan on articles") || strings.Contains(line, "Seq Scan on article_copies")
			if scan && !strings.Contains(line, "never executed") {
				t.Errorf("%+v after row %d: %s\n%s", f, row, strings.TrimSpace(line), strings.Join(plan, "\n"))
			}
		}
	}
}

// firstDiff is the first index at which a and b differ.
func firstDiff(a, b []LeadRef) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
