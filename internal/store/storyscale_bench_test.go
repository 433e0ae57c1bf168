package store

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// BenchmarkBigStoryLists walks the first three pages (21 stories each) of
// the front, a topic's, a province's and a source's list of latest
// stories (StoryLeads) among 20,000 rows (fillScale: a third of them
// copies) of which one story holds k reports (BANTIN_BIG_STORY, 400 by
// default), the newest articles' every other one, all in the topic and
// the province listed: the story check (leadCond) probes that story's
// rows for each of its rows a page reads. Each list runs before migration
// 0012 (index articles_cluster_newest) and after it, in one run, on
// SQLite and, with BANTIN_TEST_DATABASE_URL, PostgreSQL; -v logs the plan
// of each list's first query.
func BenchmarkBigStoryLists(b *testing.B) {
	k, _ := strconv.Atoi(os.Getenv("BANTIN_BIG_STORY"))
	if k == 0 {
		k = 400
	}
	const n = 20000
	ctx := context.Background()
	names, err := (&Store{engine: SQLite}).Migrations()
	if err != nil {
		b.Fatal(err)
	}
	before := slices.Index(names, "0012_cluster_newest.sql")
	for engine, u := range upgradeURLs(b, "big.db") {
		b.Run(engine, func(b *testing.B) {
			s := openURL(b, u)
			if err := s.migrateTo(ctx, names[:slices.Index(names, "0011_article_links.sql")]); err != nil {
				b.Fatal(err)
			}
			fillScale(b, s, n)
			if err := s.migrateTo(ctx, names[:before]); err != nil {
				b.Fatal(err)
			}
			bigStory(b, s, n, k)
			for _, stage := range []string{"before", "after"} {
				if stage == "after" {
					if _, err := s.Migrate(ctx); err != nil {
						b.Fatal(err)
					}
					s.db.ExecContext(ctx, "ANALYZE")
				}
				for _, l := range bigStoryLists {
					b.Run(stage+"/"+l.name, func(b *testing.B) {
						logLeadPlan(b, s, l.f)
						for b.Loop() {
							walkLeads(b, s, l.f, 3)
						}
						b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(3*b.N), "ms/page")
					})
				}
			}
		})
	}
}

// bigStoryLists are the lists BenchmarkBigStoryLists walks.
var bigStoryLists = []struct {
	name string
	f    model.Filter
}{
	{"front", model.Filter{}},
	{"topic", model.Filter{Topics: []string{"topic-3"}}},
	{"province", model.Filter{Provinces: []string{"prov-7"}}},
	{"source", model.Filter{SourceID: 1}},
}

// bigStory files k of fillScale's n articles (not copies: every other of
// the newest) in story 1, tagged topic-3 and prov-7.
func bigStory(b *testing.B, s *Store, n, k int) {
	ctx := context.Background()
	var ids []string
	for id, skip := n, false; id > 0 && len(ids) < k; id-- {
		if id%3 != 0 {
			if !skip {
				ids = append(ids, strconv.Itoa(id))
			}
			skip = !skip
		}
	}
	in := "(" + strings.Join(ids, ",") + ")"
	for _, q := range []string{
		"UPDATE articles SET cluster_id = 1 WHERE id IN " + in,
		"UPDATE article_topics SET topic = 'topic-3' WHERE article_id IN " + in,
		"UPDATE article_provinces SET province = 'prov-7' WHERE article_id IN " + in,
		"ANALYZE",
	} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			b.Fatalf("%.80s: %v", q, err)
		}
	}
}

// walkLeads reads the first pages of f's list of latest stories.
func walkLeads(b *testing.B, s *Store, f model.Filter, pages int) {
	var at time.Time
	var row int64
	for page := 1; page <= pages; page++ {
		leads, err := s.StoryLeads(context.Background(), f, at, row, 21)
		if err != nil {
			b.Fatalf("StoryLeads(%+v) page %d: %v", f, page, err)
		}
		if len(leads) == 0 {
			return
		}
		at, row = leads[len(leads)-1].At, leads[len(leads)-1].Row
	}
}

// logLeadPlan logs the plan of StoryLeads' first query for f's first page.
func logLeadPlan(b *testing.B, s *Store, f model.Filter) {
	if !testing.Verbose() {
		return
	}
	copies := len(f.Topics) > 0 || len(f.Provinces) > 0 || !allNews(f)
	text, args := s.leadQuery(f, time.Time{}, 0, 21, s.leadCond(f, time.Time{}, 0, copies))
	b.Logf("plan of %+v:\n%s", f, strings.Join(planOf(b, s, text, args...), "\n"))
}

// planOf returns the lines of q's plan (? placeholders): EXPLAIN QUERY
// PLAN on SQLite, EXPLAIN ANALYZE without timings on PostgreSQL.
func planOf(t testing.TB, s *Store, q string, args ...any) []string {
	t.Helper()
	explain := "EXPLAIN QUERY PLAN "
	if s.engine == Postgres {
		explain = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) "
	}
	rows, err := s.query(context.Background(), explain+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		rows.Scan(ptrs...)
		plan = append(plan, fmt.Sprint(vals[len(vals)-1]))
	}
	return plan
}
