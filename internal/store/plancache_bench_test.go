package store

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// BenchmarkListPlanCache measures what planning costs PostgreSQL in the
// list queries (StoryLeads' lead query: a driver and up to four NOT EXISTS
// probes; a feed's tagDriver): the lists of BenchmarkBigStoryLists (20,000
// rows, a third copies, a story of 400) walked three pages deep, and the
// topic and province feeds' ArticleIDs, each run through two stores on one
// database in one run: the default plan_cache_mode (auto: a prepared
// statement is planned for its parameters each time unless a generic plan
// looks as cheap) and force_generic_plan (planned once per connection).
// Only with BANTIN_TEST_DATABASE_URL; -v logs each lead query's planning
// and execution time (EXPLAIN ANALYZE of a one-off, custom plan).
func BenchmarkListPlanCache(b *testing.B) {
	base := os.Getenv("BANTIN_TEST_DATABASE_URL")
	if base == "" {
		b.Skip("BANTIN_TEST_DATABASE_URL is not set: PostgreSQL only")
	}
	ctx := context.Background()
	names, err := (&Store{engine: Postgres}).Migrations()
	if err != nil {
		b.Fatal(err)
	}
	u := schemaURL(b, base)
	s := openURL(b, u)
	if err := s.migrateTo(ctx, names[:slices.Index(names, "0011_article_links.sql")]); err != nil {
		b.Fatal(err)
	}
	const n = 20000
	fillScale(b, s, n)
	if _, err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	bigStory(b, s, n, 400)
	modes := []struct {
		name string
		s    *Store
	}{{"auto", s}, {"generic", openURL(b, u+"&plan_cache_mode=force_generic_plan")}}
	for _, l := range bigStoryLists {
		if testing.Verbose() {
			copies := len(l.f.Topics) > 0 || len(l.f.Provinces) > 0 || !allNews(l.f)
			text, args := s.leadQuery(l.f, time.Time{}, 0, 21, s.leadCond(l.f, time.Time{}, 0, copies))
			b.Logf("%s: %s", l.name, strings.Join(timesOf(planOf(b, s, text, args...)), ", "))
		}
		for _, m := range modes {
			b.Run("leads/"+l.name+"/"+m.name, func(b *testing.B) {
				for b.Loop() {
					walkLeads(b, m.s, l.f, 3)
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(3*b.N), "ms/page")
			})
		}
	}
	if testing.Verbose() {
		logPlanKinds(b, s)
	}
	for _, f := range []model.Filter{{Topics: []string{"topic-3"}, Limit: 62}, {Provinces: []string{"prov-7"}, Limit: 62}} {
		for _, m := range modes {
			b.Run("feed/"+strings.Join(append(f.Topics, f.Provinces...), "")+"/"+m.name, func(b *testing.B) {
				for b.Loop() {
					if _, err := m.s.ArticleIDs(ctx, f); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/feed")
			})
		}
	}
}

// logPlanKinds walks each list ten times on one connection of s and logs
// how often PostgreSQL planned each prepared statement generically and
// for its parameters (pg_prepared_statements, PostgreSQL 14 on).
func logPlanKinds(b *testing.B, s *Store) {
	ctx := context.Background()
	s.db.DB.SetMaxOpenConns(1)
	defer s.db.DB.SetMaxOpenConns(16)
	for _, l := range bigStoryLists {
		for range 10 {
			walkLeads(b, s, l.f, 3)
		}
	}
	rows, err := s.db.QueryContext(ctx, "SELECT generic_plans, custom_plans, left(statement, 90) FROM pg_prepared_statements ORDER BY statement")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var g, c int
		var text string
		if err := rows.Scan(&g, &c, &text); err != nil {
			b.Fatal(err)
		}
		b.Logf("generic %d, custom %d: %s", g, c, text)
	}
}

// timesOf returns the Planning and Execution Time lines of a plan.
func timesOf(plan []string) []string {
	var out []string
	for _, l := range plan {
		if strings.Contains(l, "Planning Time") || strings.Contains(l, "Execution Time") {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}
