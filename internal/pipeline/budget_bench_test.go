package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store/storetest"
)

// nestedFeed returns an RSS document of about size bytes whose one item's
// description is markup nested as deep as the size allows: the feed that
// costs the parser the most memory per byte.
func nestedFeed(size int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>` +
		`<link>https://x.vn/</link><item><title>t</title><link>https://x.vn/1</link><description>`)
	depth := (size - 300) / 15
	for range depth {
		b.WriteString("<a><b>")
	}
	for range depth {
		b.WriteString("</b></a>")
	}
	b.WriteString("</description></item></channel></rss>")
	return []byte(b.String())
}

// BenchmarkParseBudget fetches 8 sources serving 10 MiB of nested XML each
// with 8 workers and 8 processing slots, so that all 8 parses could run at
// once, and reports the peak heap in use (sampled every 5 ms) with the
// default parse budget (512 MiB) and with a budget too large to bind.
// BENCHMARKS.md states the figures; run with -benchtime 1x.
func BenchmarkParseBudget(b *testing.B) {
	body := nestedFeed(10 << 20)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(body) }))
	defer srv.Close()
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		b.Fatal(err)
	}
	for _, budget := range []int64{pipeline.DefaultParseMemory, 1 << 40} {
		name := fmt.Sprintf("budget=%dMiB", budget>>20)
		if budget == 1<<40 {
			name = "budget=none"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				st := storetest.OpenSQLite(b)
				for i := range 8 {
					src := model.Source{URL: fmt.Sprintf("%s/feed%d.rss", srv.URL, i)}
					if err := st.AddSource(context.Background(), &src); err != nil {
						b.Fatal(err)
					}
				}
				g := pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "bench", Workers: 8, Processors: 8,
					ParseMemory: budget, Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true, Timeout: 10 * time.Minute}),
					Parser: ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute}})
				runtime.GC()
				stop := samplePeakHeap()
				start := time.Now()
				sum, err := g.RunOnce(context.Background(), pipeline.RunOptions{All: true})
				took := time.Since(start)
				p := stop()
				if err != nil || sum.Fetched != 8 {
					b.Fatalf("%+v %v", sum, err)
				}
				b.ReportMetric(float64(p>>20), "peak-heap-MiB")
				b.ReportMetric(took.Seconds(), "pass-s")
			}
		})
	}
}

// samplePeakHeap samples HeapInuse every 5 ms until stop is called, which
// returns the largest value seen.
func samplePeakHeap() func() uint64 {
	var peak atomic.Uint64
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 { close(done); <-finished; return peak.Load() }
}
