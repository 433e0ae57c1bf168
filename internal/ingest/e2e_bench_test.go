package ingest_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
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
// refetchNew newer items on top, the oldest as many gone.
var benchCorpus = sync.OnceValues(func() (string, error) {
	c, err := loadCorpus()
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
//     classify, store, and cluster the pass; its peak RSS; then a second
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

// buildBantin builds the bantin command into a temporary folder.
func buildBantin(tb testing.TB) string {
	bin := filepath.Join(tb.TempDir(), "bantin")
	if out, err := exec.Command("go", "build", "-o", bin, "bantin/cmd/bantin").CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// bantinRun runs the built binary against fresh databases of one engine.
type bantinRun struct {
	bin     string
	engine  store.Engine
	profile string // folder for CPU profiles, or ""
	sample  int
	later   *atomic.Bool // the upstream's switch to the "n2" feeds
}

// ingestResult is what one `fetch --all` over a corpus measured.
type ingestResult struct {
	rate        float64 // new articles per second
	rssMB       float64 // peak resident memory of the process
	notModified float64 // feeds per second of the second, all-304 pass
	refetch     float64 // items per second of the third pass (news only): every feed changed, refetchNew new items each
}

// ingest creates a database with a source per corpus file under base,
// times `bantin fetch --all` over it, then a second pass (every feed
// answers 304).
func (r bantinRun) ingest(b *testing.B, base, name string) ingestResult {
	dbURL := storetest.SQLiteURL(b)
	if r.engine == store.Postgres {
		dbURL = storetest.PostgresSchemaURL(b)
	}
	env := []string{"BANTIN_DATABASE_URL=" + dbURL, "BANTIN_ALLOW_PRIVATE_SOURCES=true", "BANTIN_DEFAULT_SOURCES=false",
		"BANTIN_FETCH_PER_HOST=16", "BANTIN_FETCH_WORKERS=16", "BANTIN_LOG_LEVEL=warn"}
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>`)
	for f := range benchFeeds() {
		fmt.Fprintf(&opml, `<outline text="Báo %d" xmlUrl="%s/%d.xml"/>`, f, base, f)
	}
	opml.WriteString(`</body></opml>`)
	r.run(b, env, opml.String(), "migrate")
	r.run(b, env, opml.String(), "sources", "import-opml", "-")
	args := []string{"fetch", "--all"}
	if r.profile != "" {
		args = append(args, "--cpuprofile", filepath.Join(r.profile, fmt.Sprintf("%s-%s-%d.prof", r.engine, name, r.sample)))
	}
	start := time.Now()
	ps, out := r.run(b, env, "", args...)
	took := time.Since(start)
	total := float64(benchFeeds() * benchItems)
	if want := fmt.Sprintf("new articles: %d,", int(total)); !strings.Contains(out, want) {
		b.Fatalf("bantin fetch --all did not store every item (want %q):\n%s", want, tail(out, 2000))
	}
	res := ingestResult{rate: total / took.Seconds(), rssMB: float64(ps.SysUsage().(*syscall.Rusage).Maxrss) / 1024}
	start = time.Now()
	r.run(b, env, "", "fetch", "--all")
	res.notModified = float64(benchFeeds()) / time.Since(start).Seconds()
	if strings.HasSuffix(base, "/n") {
		res.refetch = r.refetch(b, env, name)
	}
	return res
}

// refetch times a third `fetch --all`, the steady state of a running
// bantin: every feed changed upstream (refetchNew new items on top), so
// every feed answers 200 with benchItems items, most of them stored
// already. It returns the items read per second.
func (r bantinRun) refetch(b *testing.B, env []string, name string) float64 {
	r.later.Store(true)
	defer r.later.Store(false)
	args := []string{"fetch", "--all"}
	if r.profile != "" {
		args = append(args, "--cpuprofile", filepath.Join(r.profile, fmt.Sprintf("%s-%s-refetch-%d.prof", r.engine, name, r.sample)))
	}
	start := time.Now()
	_, out := r.run(b, env, "", args...)
	took := time.Since(start)
	if want := fmt.Sprintf("new articles: %d,", benchFeeds()*refetchNew); !strings.Contains(out, want) {
		b.Fatalf("the refetch did not store the new items only (want %q):\n%s", want, tail(out, 2000))
	}
	return float64(benchFeeds()*benchItems) / took.Seconds()
}

// run runs the binary with env and stdin, fails the benchmark unless it
// succeeds, and returns its state and output.
func (r bantinRun) run(b *testing.B, env []string, stdin string, args ...string) (*os.ProcessState, string) {
	cmd := exec.Command(r.bin, args...)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + b.TempDir()}, env...)
	cmd.Dir = b.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		b.Fatalf("bantin %s: %v\n%s", strings.Join(args, " "), err, tail(out.String(), 2000))
	}
	return cmd.ProcessState, out.String()
}

func tail(s string, n int) string { return s[max(0, len(s)-n):] }
