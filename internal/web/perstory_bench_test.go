package web

import (
	"io"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// BenchmarkPerStoryFeed renders the JSON feed of all news and of a topic
// at limit=200 as reports and as stories (per=story), every request a
// render (body cache off), each with the item cache off (cold: every
// article read) and on (warm: only the ids, or the lead rows and the
// stories' pictures, read, as after a first render at the content
// version). A week of
// BANTIN_BENCH_TOP_ARTICLES articles (default 2,500, fillWeek) in stories
// of one to six reports; SQLite, and PostgreSQL with
// BANTIN_TEST_DATABASE_URL. The ratio stories / reports is what
// BENCHMARKS.md reports, both measured in one run. cpu-ms/op is the
// process's CPU time an op (user and system: the render and, on SQLite,
// the queries; PostgreSQL's own work is not counted), steadier than
// ns/op on a machine other processes load.
func BenchmarkPerStoryFeed(b *testing.B) {
	n := 2500
	if v, err := strconv.Atoi(os.Getenv("BANTIN_BENCH_TOP_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	engines := map[string]func(testing.TB) *store.Store{"sqlite": storetest.OpenSQLite}
	if os.Getenv("BANTIN_TEST_DATABASE_URL") != "" {
		engines["postgres"] = storetest.OpenPostgres
	}
	for _, engine := range []string{"sqlite", "postgres"} {
		open, ok := engines[engine]
		if !ok {
			continue
		}
		b.Run(engine, func(b *testing.B) {
			st := open(b)
			now := fillWeek(b, st, n)
			for _, list := range []struct{ name, path string }{{"all", "/feed.json"}, {"topic", "/topics/the-thao/feed.json"}} {
				for _, kind := range []struct {
					name, query string
					items       int64
				}{{"reports-cold", "", -1}, {"reports-warm", "", 0}, {"stories-cold", "&per=story", -1}, {"stories-warm", "&per=story", 0}} {
					b.Run(list.name+"/"+kind.name, func(b *testing.B) {
						srv, err := New(Config{BaseURL: testBase, CacheBytes: -1, ItemCache: kind.items, Now: func() time.Time { return now }},
							st, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
						if err != nil {
							b.Fatal(err)
						}
						target := list.path + "?limit=200" + kind.query
						cpu := cpuTime(b)
						for b.Loop() {
							if w := request(srv, http.MethodGet, target); w.Code != http.StatusOK {
								b.Fatalf("%s: %d", target, w.Code)
							}
						}
						b.ReportMetric(float64((cpuTime(b)-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
					})
				}
			}
		})
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
