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

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// TestArticleLinksBackfillScale (BANTIN_BACKFILL_ROWS=n, off by default: a
// measurement, not a check) times migration 0011 on a 0010 database of n
// articles over three sources, a third of them a second row of a link
// another source stored first, and logs the plans of a topic, a province
// and the all-news feed after it (EXPLAIN ANALYZE on PostgreSQL, EXPLAIN
// QUERY PLAN on SQLite).
func TestArticleLinksBackfillScale(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("BANTIN_BACKFILL_ROWS"))
	if n == 0 {
		t.Skip("BANTIN_BACKFILL_ROWS is not set")
	}
	ctx := context.Background()
	names, err := (&Store{engine: SQLite}).Migrations()
	if err != nil {
		t.Fatal(err)
	}
	k := slices.Index(names, "0010_source_moves.sql") + 1
	for engine, u := range upgradeURLs(t, "scale.db") {
		t.Run(engine, func(t *testing.T) {
			s := openURL(t, u)
			if err := s.migrateTo(ctx, names[:k]); err != nil {
				t.Fatal(err)
			}
			fillScale(t, s, n)
			start := time.Now()
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: migration 0011 on %d articles: %v", engine, n, time.Since(start))
			var links, copies int
			s.db.NewRaw("SELECT COUNT(*) FROM article_links").Scan(ctx, &links)
			s.db.NewRaw("SELECT COUNT(*) FROM article_copies").Scan(ctx, &copies)
			t.Logf("%s: %d links, %d copies", engine, links, copies)
			for _, recent := range []int64{0, 5000} {
				start = time.Now()
				k, err := s.LinkUnlinked(ctx, func(u string) string { return u }, recent)
				t.Logf("%s: LinkUnlinked(recent %d): %d rows, %v, %v", engine, recent, k, err, time.Since(start))
			}
			explainFeeds(t, s)
			timeLeads(t, s)
		})
	}
}

// fillScale inserts n articles as migration 0010's bantin stored them:
// sources 1 (home), 2 and 3 (sections); every third row is a section
// feed's row of a link the home feed stored earlier; each article has a
// primary topic of 16 and a province of 34.
func fillScale(t testing.TB, s *Store, n int) {
	t.Helper()
	ctx := context.Background()
	for i := 1; i <= 3; i++ {
		if _, err := s.db.ExecContext(ctx, "INSERT INTO sources (id, url, name, created_at) VALUES (?, ?, 'S', 1)",
			i, fmt.Sprintf("https://vnexpress.net/rss/%d.rss", i)); err != nil {
			t.Fatal(err)
		}
	}
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 400
	for start := 1; start <= n; start += batch {
		var arts, tops, provs []string
		var aargs, targs, pargs []any
		for id := start; id < start+batch && id <= n; id++ {
			src, link := 1, id
			if id%3 == 0 {
				src, link = 2+id%2, id-2
			}
			p := micros(day.Add(time.Duration(id) * 5 * time.Minute))
			arts = append(arts, "(?, ?, ?, ?, ?, ?, ?, ?, 'Tin', ?, ?)")
			aargs = append(aargs, id, src, fmt.Sprint("k", id), fmt.Sprint("id-", id), p, id, id,
				fmt.Sprintf("https://vnexpress.net/tin-%d.html", link), p, p)
			tops = append(tops, "(?, ?, TRUE, ?)")
			targs = append(targs, id, fmt.Sprint("topic-", id%16), p)
			provs = append(provs, "(?, ?, ?)")
			pargs = append(pargs, id, fmt.Sprint("prov-", id%34), p)
		}
		for _, q := range []struct {
			head string
			rows []string
			args []any
		}{
			{"INSERT INTO articles (id, source_id, key, item_id, published_at, cluster_id, thread_id, url, title, updated_at, fetched_at) VALUES ", arts, aargs},
			{"INSERT INTO article_topics (article_id, topic, is_primary, published_at) VALUES ", tops, targs},
			{"INSERT INTO article_provinces (article_id, province, published_at) VALUES ", provs, pargs},
		} {
			if _, err := s.db.ExecContext(ctx, q.head+strings.Join(q.rows, ", "), q.args...); err != nil {
				t.Fatal(err)
			}
		}
	}
	if s.engine == Postgres {
		s.db.ExecContext(ctx, "SELECT setval(pg_get_serial_sequence('articles', 'id'), ?)", n)
	}
	s.db.ExecContext(ctx, "ANALYZE")
}

// explainFeeds logs the plans of the queries a topic, a province, a topic
// and province and the all-news feed run.
func explainFeeds(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	s.db.ExecContext(ctx, "ANALYZE")
	h := &queryLog{}
	s.db = s.db.WithQueryHook(h)
	for _, f := range []model.Filter{{Topics: []string{"topic-3"}}, {Provinces: []string{"prov-7"}},
		{Topics: []string{"topic-3"}, Provinces: []string{"prov-7"}}, {}, {Topics: []string{"topic-3"}, SourceID: 2}} {
		h.queries = nil
		start := time.Now()
		if _, err := s.Articles(ctx, f); err != nil {
			t.Fatal(err)
		}
		t.Logf("feed %+v: %v", f, time.Since(start))
		for _, q := range h.queries {
			plan := planOf(t, s, q)
			t.Logf("query %.300s\n%s", q, strings.Join(plan, "\n"))
		}
	}
}

// queryLog records the SELECTs run through the store's bun.DB.
type queryLog struct{ queries []string }

func (h *queryLog) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context { return ctx }

func (h *queryLog) AfterQuery(_ context.Context, e *bun.QueryEvent) {
	if strings.HasPrefix(strings.TrimSpace(e.Query), "SELECT") {
		h.queries = append(h.queries, e.Query)
	}
}

// timeLeads logs how long StoryLeads takes for a page of 21 leads, the
// first and the third of a list, for the filters of the pages.
func timeLeads(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	for _, f := range []model.Filter{{}, {Topics: []string{"topic-3"}}, {Provinces: []string{"prov-7"}},
		{Topics: []string{"topic-3"}, Provinces: []string{"prov-7"}}, {SourceID: 2}} {
		var at time.Time
		var row int64
		for page := 1; page <= 3; page++ {
			start := time.Now()
			leads, err := s.StoryLeads(ctx, f, at, row, 21)
			if err != nil {
				t.Fatalf("StoryLeads(%+v) page %d: %v", f, page, err)
			}
			if len(leads) == 0 {
				break
			}
			if page != 2 {
				t.Logf("StoryLeads(%+v) page %d: %v", f, page, time.Since(start))
			}
			at, row = leads[len(leads)-1].At, leads[len(leads)-1].Row
		}
	}
}
