// Command bantin-load measures bantin's feed endpoints with wrk (Debian's
// "wrk" package) over a store of synthetic articles.
//
//	go run ./cmd/bantin-load -db sqlite:/tmp/bantin-load.db -n 1000000
//	go run ./cmd/bantin-load -db 'postgres://postgres@127.0.0.1:5432/bantin_load?sslmode=disable'
//
// It seeds the store once (reused on later runs), serves bantin's HTTP
// handler (built by internal/app, as `bantin serve` builds it) and a
// minimal Go server returning the same bytes on loopback in this process,
// and runs: (a) a cached filtered feed, full body, gzip and 304, on both
// servers; (b) 304 revalidations; (c) cache misses over every topic ×
// province × format with caching disabled, so that every request queries
// and renders. It prints a Markdown table for BENCHMARKS.md.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"bantin/internal/app"
	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store"
)

func main() {
	db := flag.String("db", "sqlite:/tmp/bantin-load.db", "database URL")
	n := flag.Int("n", 1_000_000, "articles to seed")
	dur := flag.Duration("d", 10*time.Second, "duration of each wrk run")
	conns := flag.Int("c", 50, "connections")
	threads := flag.Int("t", 2, "wrk threads")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the cache-miss runs to this file")
	missOnly := flag.Bool("miss-only", false, "run only the cache-miss scenario (c)")
	seedOnly := flag.Bool("seed-only", false, "seed the store and exit")
	path := flag.String("path", "/topics/kinh-te/provinces/thai-nguyen/feed.rss", "cached feed to measure")
	flag.Parse()
	if *seedOnly {
		*path = ""
	}
	if err := run(*db, *n, *path, wrkOpts{dur: *dur, conns: *conns, threads: *threads, profile: *prof, missOnly: *missOnly}); err != nil {
		fmt.Fprintln(os.Stderr, "bantin-load:", err)
		os.Exit(1)
	}
}

func run(dbURL string, n int, path string, o wrkOpts) error {
	ctx := context.Background()
	st, err := store.Open(ctx, dbURL, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.Migrate(ctx); err != nil {
		return err
	}
	cat := model.NewCatalog()
	if err := seed(ctx, st, cat, n); err != nil || path == "" {
		return err
	}
	cached, err := serve(st, 64<<20, 64<<20)
	if err != nil {
		return err
	}
	plain, gz, etag, err := fetch(cached + path)
	if err != nil {
		return err
	}
	fmt.Printf("engine %s, %d articles, feed %s (%d bytes, %d gzip), %d connections, %s per run\n\n",
		st.Engine(), n, path, len(plain), len(gz), o.conns, o.dur)
	fmt.Println("| scenario | server | req/s | p50 | p99 | ratio |")
	fmt.Println("|---|---|---:|---:|---:|---:|")
	if !o.missOnly {
		if err := runCached(o, cached+path, plain, gz, etag); err != nil {
			return err
		}
	}
	return runMisses(o, st, cat)
}

// runCached measures one cached feed (full, gzip, 304) against a minimal
// server returning the same bytes.
func runCached(o wrkOpts, url string, plain, gz []byte, etag string) error {
	minimal, err := serveMinimal(plain, gz, etag)
	if err != nil {
		return err
	}
	path := url[strings.Index(url[len("http://"):], "/")+len("http://"):]
	for _, sc := range []struct{ name, header string }{
		{"(a) cached feed, full body", ""},
		{"(a) cached feed, gzip body", "Accept-Encoding: gzip"},
		{"(a/b) cached feed, 304 revalidation", "If-None-Match: " + etag},
	} {
		mini, err := wrk(o, minimal+path, sc.header, "")
		if err != nil {
			return err
		}
		ours, err := wrk(o, url, sc.header, "")
		if err != nil {
			return err
		}
		fmt.Printf("| %s | minimal | %.0f | %s | %s | |\n", sc.name, mini.rps, mini.p50, mini.p99)
		fmt.Printf("| %s | bantin | %.0f | %s | %s | %.0f%% |\n", sc.name, ours.rps, ours.p50, ours.p99, 100*ours.rps/mini.rps)
	}
	return nil
}

// runMisses measures renders over every topic × province × format feed with
// the body cache off, with and without the item cache.
func runMisses(o wrkOpts, st *store.Store, cat *model.Catalog) error {
	uncached, err := serve(st, 0, 64<<20) // the default item cache
	if err != nil {
		return err
	}
	cold, err := serve(st, 0, 0)
	if err != nil {
		return err
	}
	script, err := missScript(cat)
	if err != nil {
		return err
	}
	defer os.Remove(script)
	if o.profile != "" {
		f, err := os.Create(o.profile)
		if err != nil {
			return err
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	// Warm the item cache, as a server that has been up for a while is.
	if _, err := wrk(o, uncached+"/", "", script); err != nil {
		return err
	}
	for _, sc := range []struct{ name, base, hdr string }{
		{"(c) body-cache misses, 16×64×3 filters, items cached", uncached, ""},
		{"(c) body-cache misses, 16×64×3 filters, items cached, gzip", uncached, "Accept-Encoding: gzip"},
		{"(c) cold misses (no body or item cache), 16×64×3 filters", cold, ""},
		{"(c) cold misses (no body or item cache), gzip", cold, "Accept-Encoding: gzip"},
	} {
		c0 := cpuTime()
		res, err := wrk(o, sc.base+"/", sc.hdr, script)
		if err != nil {
			return err
		}
		perReq := (cpuTime() - c0) / time.Duration(max(res.requests, 1))
		fmt.Printf("| %s | bantin | %.0f | %s | %s | %s CPU/req |\n", sc.name, res.rps, res.p50, res.p99,
			perReq.Round(10*time.Microsecond))
	}
	return nil
}

// serve starts bantin's HTTP handler on a loopback port with the given
// body and item cache sizes (0: no cache) and returns its base URL.
func serve(st *store.Store, cacheBytes, items int64) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	cfg := config.Default()
	cfg.DatabaseURL, cfg.BaseURL = "unused:", "http://"+ln.Addr().String()
	cfg.Outbox, cfg.Secret = os.TempDir(), "bantin-load secret, never mailed"
	cfg.CacheBytes, cfg.ItemCacheBytes = cacheBytes, items
	m, err := app.New(context.Background(), cfg, st, slog.New(slog.DiscardHandler))
	if err != nil {
		return "", err
	}
	go http.Serve(ln, m.Server.Handler())
	return cfg.BaseURL, nil
}

// serveMinimal starts the baseline: a handler that writes fixed bytes and
// headers, with the same gzip and If-None-Match behaviour.
func serveMinimal(plain, gz []byte, etag string) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("ETag", etag)
		h.Set("Cache-Control", "public, max-age=300")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Type", "application/rss+xml; charset=utf-8")
		body := plain
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = gz
		}
		w.Write(body)
	}))
	return "http://" + ln.Addr().String(), nil
}

// fetch returns the identity body, the gzip body and the ETag of url.
func fetch(url string) (plain, gz []byte, etag string, err error) {
	tr := &http.Transport{DisableCompression: true}
	for _, ae := range []string{"", "gzip"} {
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		if ae != "" {
			req.Header.Set("Accept-Encoding", ae)
		}
		resp, err := tr.RoundTrip(req)
		if err != nil {
			return nil, nil, "", err
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return nil, nil, "", fmt.Errorf("GET %s: reading the body: %w", url, err)
		}
		if resp.StatusCode != 200 {
			return nil, nil, "", fmt.Errorf("GET %s: %s", url, resp.Status)
		}
		if ae == "" {
			plain, etag = b, resp.Header.Get("ETag")
		} else {
			gz = b
		}
	}
	return plain, gz, etag, nil
}

// cpuTime is the CPU time (user + system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
