package ingest_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// Benchmark corpora: BANTIN_BENCH_FEEDS feeds (default 500) of 50 items,
// published over the last two days (within the clustering window), written
// to files once per process so that the upstream serves them from the page
// cache and they do not count in anyone's memory: "n" is news (corpusFeed),
// "t" templated items (templatedFeed), "n2" the news feeds a little later:
// refetchNew newer items on top, the oldest as many gone. BANTIN_BENCH_REAL
// makes the news real items (realFeed).
var benchCorpus = sync.OnceValues(func() (string, error) {
	c, err := loadCorpus()
	if err != nil {
		return "", err
	}
	real, err := loadRealNews()
	if err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "bantin-corpus-")
	if err != nil {
		return "", err
	}
	n, newest := benchFeeds(), time.Now().Add(-time.Minute)
	for _, kind := range []string{"n", "n2", "t"} {
		if err := os.Mkdir(filepath.Join(dir, kind), 0o755); err != nil {
			return "", err
		}
	}
	for f := range n {
		s := corpusSpec{feed: f, feeds: n, items: benchItems + refetchNew, version: 1, newest: newest, window: 48 * time.Hour}
		news := corpusFeed(c, s)
		if real != nil {
			if news, err = realFeed(real, s); err != nil {
				return "", err
			}
		}
		s.items = benchItems
		files := map[string][]byte{"n": sliceItems(news, refetchNew), "n2": sliceItems(news, 0), "t": templatedFeed(s)}
		for kind, body := range files {
			if err := os.WriteFile(filepath.Join(dir, kind, strconv.Itoa(f)+".xml"), body, 0o644); err != nil {
				return "", err
			}
		}
	}
	return dir, nil
})

const (
	benchItems = 50
	refetchNew = 2 // new items per feed in the refetch pass
)

// sliceItems returns RSS body with only its benchItems items from the
// first-th on.
func sliceItems(body []byte, first int) []byte {
	starts := indexAll(body, "<item>")
	ends := indexAll(body, "</item>")
	last := first + benchItems - 1
	out := slices.Clone(body[:starts[0]])
	out = append(out, body[starts[first]:ends[last]+len("</item>")]...)
	return append(out, body[ends[len(ends)-1]+len("</item>"):]...)
}

func indexAll(body []byte, sep string) []int {
	var out []int
	for i := 0; ; {
		j := strings.Index(string(body[i:]), sep)
		if j < 0 {
			return out
		}
		out = append(out, i+j)
		i += j + len(sep)
	}
}

func benchFeeds() int {
	if v, err := strconv.Atoi(os.Getenv("BANTIN_BENCH_FEEDS")); err == nil && v > 0 {
		return v
	}
	return 500
}

// upstream serves the corpus files with an ETag and answers 304 to a
// matching If-None-Match. While later is set, it serves the "n2" file
// for an "n" one, with another ETag.
func upstream(tb testing.TB, dir string, later *atomic.Bool) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := filepath.Clean(r.URL.Path)
		if later.Load() && strings.HasPrefix(name, "/n/") {
			name = "/n2/" + strings.TrimPrefix(name, "/n/")
		}
		etag := `"v1-` + name + `"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		http.ServeFile(w, r, filepath.Join(dir, name))
	}))
	tb.Cleanup(srv.Close)
	return srv
}

// BenchmarkIngest measures `bantin fetch --all` (the built binary, as an
// operator runs it: 16 fetches at once) against its floor, in one run, on
// SQLite and (with BANTIN_TEST_DATABASE_URL) PostgreSQL. Each of
// BANTIN_BENCH_SAMPLES rounds (default 3) runs, one after the other:
//
//   - floor: net/http + gofeed at the same 16-way concurrency over the same
//     loopback upstream, no database;
//   - floor+db: the same plus one multi-row INSERT per feed into a fresh
//     database of the engine (floorRun);
//   - bantin: `bantin fetch --all` into a fresh database (migrated, sources
//     imported, not timed): HTTP, charset, parse, normalise, sanitise,
//     classify, store, and cluster the pass; its peak RSS and its CPU time
//     per article (user and system: steadier than the rate on a shared
//     machine, for comparing two builds); then a second
//     `fetch --all` in which every feed answers 304;
//   - templated: the same over the templated corpus.
//
// It reports the median of each rate and ratio and logs their ranges. Run
// it with -benchtime 1x (make bench-ingest); BENCHMARKS.md has figures.
// BANTIN_BENCH_PROFILE=DIR writes a CPU profile of each bantin run there.
// BANTIN_BENCH_BASELINE=FILE runs that bantin binary too (another build,
// say the main branch's) in each round, for before/after ratios measured
// in the same run ("base_" figures).
func BenchmarkIngest(b *testing.B) {
	dir, err := benchCorpus()
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.RemoveAll(dir) })
	later := new(atomic.Bool)
	srv := upstream(b, dir, later)
	bin := buildBantin(b)
	samples := 3
	if v, err := strconv.Atoi(os.Getenv("BANTIN_BENCH_SAMPLES")); err == nil && v > 0 {
		samples = v
	}
	engines := []store.Engine{store.SQLite}
	if os.Getenv(storetest.EnvURL) != "" {
		engines = append(engines, store.Postgres)
	}
	for _, engine := range engines {
		b.Run(string(engine), func(b *testing.B) {
			for b.Loop() {
				m := metrics{}
				for s := range samples {
					benchRound(b, bin, srv.URL, later, engine, s, m)
				}
				m.report(b)
			}
		})
	}
}

// benchRound runs one round of BenchmarkIngest and adds its figures to m.
func benchRound(b *testing.B, bin, base string, later *atomic.Bool, engine store.Engine, sample int, m metrics) {
	urls := make([]string, benchFeeds())
	for f := range urls {
		urls[f] = fmt.Sprintf("%s/n/%d.xml", base, f)
	}
	total := len(urls) * benchItems
	items, took := floorRun(b, urls, 16, nil, engine)
	if items != total {
		b.Fatalf("floor parsed %d items, want %d", items, total)
	}
	floor := float64(items) / took.Seconds()
	pgURL := ""
	if engine == store.Postgres {
		pgURL = storetest.PostgresSchemaURL(b)
	}
	items, took = floorRun(b, urls, 16, floorDB(b, engine, pgURL), engine)
	if items != total {
		b.Fatalf("floor+db stored %d items, want %d", items, total)
	}
	floorDB := float64(items) / took.Seconds()
	run := bantinRun{bin: bin, engine: engine, profile: os.Getenv("BANTIN_BENCH_PROFILE"), sample: sample, later: later}
	news := run.ingest(b, base+"/n", "news")
	tmpl := run.ingest(b, base+"/t", "templated")
	if old := os.Getenv("BANTIN_BENCH_BASELINE"); old != "" {
		run.bin = old
		oldNews, oldTmpl := run.ingest(b, base+"/n", "base-news"), run.ingest(b, base+"/t", "base-templated")
		m.add("base_bantin/floor+db", oldNews.rate/floorDB)
		m.add("base_templated_time/news_time", oldNews.rate/oldTmpl.rate)
		m.add("base_peak_rss_MB", oldNews.rssMB)
		m.add("base_cpu_µs/article", oldNews.cpuMicros)
		m.add("base_refetch/floor", oldNews.refetch/floor)
		m.add("base_templated_peak_rss_MB", oldTmpl.rssMB)
	}
	m.add("floor_items/s", floor)
	m.add("floor+db_items/s", floorDB)
	m.add("bantin_articles/s", news.rate)
	m.add("templated_articles/s", tmpl.rate)
	m.add("bantin/floor+db", news.rate/floorDB)
	m.add("bantin/floor", news.rate/floor)
	m.add("templated_time/news_time", news.rate/tmpl.rate)
	m.add("peak_rss_MB", news.rssMB)
	m.add("cpu_µs/article", news.cpuMicros)
	m.add("templated_peak_rss_MB", tmpl.rssMB)
	m.add("304_feeds/s", news.notModified)
	m.add("refetch_items/s", news.refetch)
	m.add("refetch/floor", news.refetch/floor)
}

// metrics collects the samples of each figure.
type metrics map[string][]float64

func (m metrics) add(name string, v float64) { m[name] = append(m[name], v) }

// report reports each figure's median and prints its range.
func (m metrics) report(b *testing.B) {
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		v := slices.Sorted(slices.Values(m[name]))
		med := v[len(v)/2]
		if len(v)%2 == 0 {
			med = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		b.ReportMetric(med, name)
		// On stdout: the testing package cuts a benchmark's log at ten lines.
		fmt.Printf("%s %-30s median %10.3f  range %.3f–%.3f  (%d samples)\n", b.Name(), name, med, v[0], v[len(v)-1], len(v))
	}
}
