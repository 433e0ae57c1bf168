package web

import (
	"context"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// BenchmarkLaterFrontPage renders the second "Tin cũ hơn" page of the
// front page and of a topic page (page cache off: each request renders),
// with the week's top stories ranked again on every view (recompute, as
// before topCache) and held per content version (cached). A week of
// BANTIN_BENCH_TOP_ARTICLES articles (default 2,500, uxweb17's week had
// 2,563) from six outlets, in stories of one to six reports; SQLite, and
// PostgreSQL with BANTIN_TEST_DATABASE_URL.
func BenchmarkLaterFrontPage(b *testing.B) {
	weekEngines(b, func(b *testing.B, st *store.Store, now time.Time) {
		srv, err := New(Config{BaseURL: testBase, CacheBytes: -1, Now: func() time.Time { return now }},
			st, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			b.Fatal(err)
		}
		for name, start := range map[string]string{"front": "/", "topic": "/topics/the-thao/"} {
			m := nextLink.FindStringSubmatch(request(srv, http.MethodGet, start).Body.String())
			if m == nil {
				b.Fatalf("%s: no later page", start)
			}
			later := html.UnescapeString(m[1])
			for _, mode := range []string{"recompute", "cached"} {
				b.Run(name+"/"+mode, func(b *testing.B) {
					srv.tops = nil
					if mode == "cached" {
						srv.tops = newTopCache()
					}
					for b.Loop() {
						if w := request(srv, http.MethodGet, later); w.Code != http.StatusOK {
							b.Fatalf("%s: %d", later, w.Code)
						}
					}
				})
			}
		}
	})
}

// weekEngines runs run as a sub-benchmark per engine (SQLite, and
// PostgreSQL with BANTIN_TEST_DATABASE_URL) on a store holding a week of
// BANTIN_BENCH_TOP_ARTICLES articles (default 2,500: fillWeek), with the
// time the week ends.
func weekEngines(b *testing.B, run func(b *testing.B, st *store.Store, now time.Time)) {
	n := 2500
	if v, err := strconv.Atoi(os.Getenv("BANTIN_BENCH_TOP_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	engines := map[string]func(testing.TB) *store.Store{"sqlite": storetest.OpenSQLite}
	if os.Getenv("BANTIN_TEST_DATABASE_URL") != "" {
		engines["postgres"] = storetest.OpenPostgres
	}
	for _, engine := range []string{"sqlite", "postgres"} {
		if open, ok := engines[engine]; ok {
			b.Run(engine, func(b *testing.B) {
				st := open(b)
				run(b, st, fillWeek(b, st, n))
			})
		}
	}
}

// fillWeek stores n articles of the week before the time it returns, from
// six outlets (one source each), four minutes apart, in stories of one to
// six reports from different outlets; every third is the-thao.
func fillWeek(b testing.TB, st *store.Store, n int) time.Time {
	b.Helper()
	ctx := context.Background()
	now := t0.Add(7 * 24 * time.Hour)
	var src [6]int64
	writes := make([][]store.ArticleWrite, len(src))
	for i := range src {
		s := &model.Source{URL: fmt.Sprintf("https://bao%d.example.vn/rss", i), Name: fmt.Sprintf("Báo %d", i)}
		if err := st.AddSource(ctx, s); err != nil {
			b.Fatal(err)
		}
		src[i] = s.ID
	}
	var stories [6][]int
	for i, k, size := 0, 0, 1; i < n; k++ {
		for j := 0; j < size && i < n; j, i = j+1, i+1 {
			topics := []string{"thoi-su"}
			if k%3 == 0 {
				topics = []string{"the-thao"}
			}
			a := art(fmt.Sprint("w", i), fmt.Sprintf("Chuyện số %d, bài %d", k, j), now.Add(-time.Duration(i)*4*time.Minute), topics)
			a.Outlet = fmt.Sprintf("bao%d.example.vn", j)
			writes[j] = append(writes[j], store.ArticleWrite{Article: a})
			stories[j] = append(stories[j], k)
		}
		size = size%6 + 1
	}
	lead := map[int]int64{}
	moves := map[int64]store.Placement{}
	for j := range src {
		for from := 0; from < len(writes[j]); from += 400 {
			batch := writes[j][from:min(from+400, len(writes[j]))]
			if _, err := st.ClaimSource(ctx, src[j], "bench", now, time.Minute); err != nil {
				b.Fatal(err)
			}
			res, err := st.SaveFetch(ctx, store.FetchOutcome{SourceID: src[j], Owner: "bench", Status: 200,
				FetchedAt: now, NextFetchAt: now.Add(time.Hour)}, batch)
			if err != nil {
				b.Fatal(err)
			}
			for x, id := range res.IDs {
				k := stories[j][from+x]
				if _, ok := lead[k]; !ok {
					lead[k] = id
				}
				moves[id] = store.Placement{Thread: lead[k], Segment: lead[k]}
			}
		}
	}
	if err := st.SetClusters(ctx, moves); err != nil {
		b.Fatal(err)
	}
	if err := st.Analyze(ctx); err != nil { // as autovacuum would
		b.Fatal(err)
	}
	return now
}
