package ingest_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// benchCorpus writes the generated corpus (BANTIN_BENCH_FEEDS feeds, default
// 500, of 50 items) to files once per process, so that the upstream server
// serves them from the page cache and the corpus does not count in the
// resident memory measured.
var benchCorpus = sync.OnceValues(func() (string, error) {
	n := 500
	if v, err := strconv.Atoi(os.Getenv("BANTIN_BENCH_FEEDS")); err == nil && v > 0 {
		n = v
	}
	c, err := loadCorpus()
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "bantin-corpus-")
	if err != nil {
		return "", err
	}
	base := time.Now().Add(-time.Hour)
	for f := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.xml", f)), corpusFeed(c, f, 50, 1, base), 0o644); err != nil {
			return "", err
		}
	}
	return dir, nil
})

// upstream serves the corpus files with an ETag and answers 304 to a
// matching If-None-Match.
func upstream(tb testing.TB, dir string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		etag := `"v1-` + name + `"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		http.ServeFile(w, r, filepath.Join(dir, filepath.Base(name)))
	}))
	tb.Cleanup(srv.Close)
	return srv
}

func benchPipeline(tb testing.TB, st *store.Store, workers int) *pipeline.Pipeline {
	cls, err := classify.New(model.NewCatalog())
	if err != nil {
		tb.Fatal(err)
	}
	return pipeline.New(pipeline.Options{Store: st, Classifier: cls, Owner: "bench", Workers: workers,
		Fetcher: ingest.NewFetcher(ingest.Options{AllowPrivate: true, PerHost: workers}),
		Parser:  ingest.NewParser(nil), Policy: ingest.Policy{Interval: 15 * time.Minute, Ceiling: 24 * time.Hour}})
}

// BenchmarkIngest measures, in one run: bare gofeed.Parser.Parse over every
// corpus file (the reference rate), end-to-end ingestion (loopback HTTP,
// charset, parse, normalise, classify, cluster, store) of the whole corpus
// into an empty store with 16 concurrent fetches, the ratio of the two, the
// peak resident memory during ingestion, and a second pass in which every
// feed answers 304. Run with -benchtime=1x; see BENCHMARKS.md.
func BenchmarkIngest(b *testing.B) {
	dir, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	engines := map[string]func(testing.TB) *store.Store{"sqlite": storetest.OpenSQLite}
	if os.Getenv(storetest.EnvURL) != "" {
		engines["postgres"] = storetest.OpenPostgres
	}
	for name, open := range engines {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				bare := bareParseRate(b, dir)
				b.ReportMetric(bare, "bare_gofeed_items/s")
				stored := benchIngestOnce(b, open(b), dir)
				b.ReportMetric(100*stored/bare, "stored_%_of_bare")
			}
		})
	}
}

// bareParseRate parses every corpus file with a bare gofeed parser, as the
// items-per-second yardstick of the same run.
func bareParseRate(b *testing.B, dir string) float64 {
	entries, _ := os.ReadDir(dir)
	bodies := make([][]byte, len(entries))
	for i, e := range entries {
		bodies[i], _ = os.ReadFile(filepath.Join(dir, e.Name()))
	}
	start, items := time.Now(), 0
	for _, body := range bodies {
		f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		items += len(f.Items)
	}
	return float64(items) / time.Since(start).Seconds()
}

// benchIngestOnce ingests the corpus into st and returns new articles
// stored per second.
func benchIngestOnce(b *testing.B, st *store.Store, dir string) float64 {
	ctx := context.Background()
	srv := upstream(b, dir)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if err := st.AddSource(ctx, &model.Source{URL: srv.URL + "/" + e.Name()}); err != nil {
			b.Fatal(err)
		}
	}
	g := benchPipeline(b, st, 16)
	resetPeakRSS()
	start := time.Now()
	sum, err := g.RunOnce(ctx, pipeline.RunOptions{All: true})
	elapsed := time.Since(start)
	if err != nil || sum.Failed > 0 || sum.New != len(entries)*50 {
		b.Fatalf("first pass: %+v, %v", sum, err)
	}
	if f := os.Getenv("BANTIN_BENCH_HEAP"); f != "" {
		logMemory(b, f)
	}
	rate := float64(sum.New) / elapsed.Seconds()
	b.ReportMetric(rate, "new_articles/s")
	b.ReportMetric(peakRSSMB(), "peak_rss_MB")
	start = time.Now()
	sum, err = g.RunOnce(ctx, pipeline.RunOptions{All: true})
	elapsed = time.Since(start)
	if err != nil || sum.NotModified != len(entries) {
		b.Fatalf("304 pass: %+v, %v", sum, err)
	}
	b.ReportMetric(float64(sum.NotModified)/elapsed.Seconds(), "304_feeds/s")
	return rate
}

// resetPeakRSS returns freed memory (the bare-parse pass's) to the system
// and resets the kernel's high-water mark of resident memory.
func resetPeakRSS() {
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// peakRSSMB reads VmHWM, the peak resident set since the last reset, in MB.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmHWM:"), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// logMemory logs where resident memory is (anonymous, file-backed, Go heap)
// and writes a heap profile to file: BANTIN_BENCH_HEAP=FILE.
func logMemory(b *testing.B, file string) {
	st, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(st), "\n") {
		if strings.HasPrefix(l, "Rss") || strings.HasPrefix(l, "VmHWM") {
			b.Log(l)
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("go heap in use %d MB, heap from the OS %d MB", ms.HeapInuse>>20, ms.HeapSys>>20)
	if out, err := os.Create(file); err == nil {
		pprof.WriteHeapProfile(out)
		out.Close()
	}
}
