package web

import (
	"io"
	"log/slog"
	"net/http"
	"syscall"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
)

// BenchmarkPerStoryFeed renders the JSON feed of all news and of a topic
// asked with limit=200 as reports and as stories (per=story: 200
// stories), and as 50 reports, every
// request a render (body cache off), with the item cache off (cold: every
// article read) and on (warm: only the ids, or the lead rows and the
// stories' pictures, read, as after a first render at the content
// version). A week of BANTIN_BENCH_TOP_ARTICLES articles (weekEngines) in
// stories of one to six reports, none with a picture; SQLite, and
// PostgreSQL with BANTIN_TEST_DATABASE_URL. The ratio stories / reports is
// what BENCHMARKS.md reports, both measured in one run. cpu-ms/op is the
// process's CPU time an op (user and system: the render and, on SQLite,
// the queries; PostgreSQL's own work is not counted), steadier than ns/op
// on a machine other processes load.
func BenchmarkPerStoryFeed(b *testing.B) {
	weekEngines(b, func(b *testing.B, st *store.Store, now time.Time) {
		for _, list := range []struct{ name, path string }{{"all", "/feed.json"}, {"topic", "/topics/the-thao/feed.json"}} {
			for _, kind := range []struct {
				name, query string
				items       int64
			}{{"reports-cold", "limit=200", -1}, {"reports-warm", "limit=200", 0}, {"reports50-warm", "limit=50", 0},
				{"stories-cold", "limit=200&per=story", -1}, {"stories-warm", "limit=200&per=story", 0}} {
				b.Run(list.name+"/"+kind.name, func(b *testing.B) {
					srv, err := New(Config{BaseURL: testBase, CacheBytes: -1, ItemCache: kind.items, Now: func() time.Time { return now }},
						st, model.NewCatalog(), slog.New(slog.NewTextHandler(io.Discard, nil)))
					if err != nil {
						b.Fatal(err)
					}
					target := list.path + "?" + kind.query
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

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
