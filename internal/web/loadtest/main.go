// Command loadtest measures bantin's feed endpoints with wrk (Debian's
// "wrk" package) over a store of synthetic articles.
//
//	go run ./internal/web/loadtest -db sqlite:/tmp/bantin-load.db -n 1000000
//	go run ./internal/web/loadtest -db 'postgres://postgres@127.0.0.1:5432/bantin_load?sslmode=disable'
//
// It seeds the store once (reused on later runs), serves internal/web and a
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
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/web"
)

func main() {
	db := flag.String("db", "sqlite:/tmp/bantin-load.db", "database URL")
	n := flag.Int("n", 1_000_000, "articles to seed")
	dur := flag.Duration("d", 10*time.Second, "duration of each wrk run")
	conns := flag.Int("c", 50, "connections")
	threads := flag.Int("t", 2, "wrk threads")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the cache-miss runs to this file")
	seedOnly := flag.Bool("seed-only", false, "seed the store and exit")
	path := flag.String("path", "/topics/kinh-te/provinces/thai-nguyen/feed.rss", "cached feed to measure")
	flag.Parse()
	if *seedOnly {
		*path = ""
	}
	if err := run(*db, *n, *path, wrkOpts{dur: *dur, conns: *conns, threads: *threads, profile: *prof}); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
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
	cached, err := serve(st, cat, 0)
	if err != nil {
		return err
	}
	uncached, err := serve(st, cat, -1)
	if err != nil {
		return err
	}
	plain, gz, etag, err := fetch(cached + path)
	if err != nil {
		return err
	}
	minimal, err := serveMinimal(plain, gz, etag)
	if err != nil {
		return err
	}
	fmt.Printf("engine %s, %d articles, feed %s (%d bytes, %d gzip), %d connections, %s per run\n\n",
		st.Engine(), n, path, len(plain), len(gz), o.conns, o.dur)
	fmt.Println("| scenario | server | req/s | p50 | p99 | ratio |")
	fmt.Println("|---|---|---:|---:|---:|---:|")
	for _, sc := range []struct {
		name   string
		header string
	}{
		{"(a) cached feed, full body", ""},
		{"(a) cached feed, gzip body", "Accept-Encoding: gzip"},
		{"(a/b) cached feed, 304 revalidation", "If-None-Match: " + etag},
	} {
		mini, err := wrk(o, minimal+path, sc.header, "")
		if err != nil {
			return err
		}
		ours, err := wrk(o, cached+path, sc.header, "")
		if err != nil {
			return err
		}
		fmt.Printf("| %s | minimal | %.0f | %s | %s | |\n", sc.name, mini.rps, mini.p50, mini.p99)
		fmt.Printf("| %s | bantin | %.0f | %s | %s | %.0f%% |\n", sc.name, ours.rps, ours.p50, ours.p99, 100*ours.rps/mini.rps)
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
	for _, hdr := range []string{"", "Accept-Encoding: gzip"} {
		res, err := wrk(o, uncached+"/", hdr, script)
		if err != nil {
			return err
		}
		fmt.Printf("| (c) cache misses, 16×64×3 filters %s| bantin, cache off | %.0f | %s | %s | |\n",
			map[string]string{"": "", "Accept-Encoding: gzip": "(gzip) "}[hdr], res.rps, res.p50, res.p99)
	}
	return nil
}

// serve starts internal/web on a loopback port and returns its base URL.
func serve(st *store.Store, cat *model.Catalog, cacheBytes int64) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	base := "http://" + ln.Addr().String()
	srv, err := web.New(web.Config{BaseURL: base, CacheBytes: cacheBytes}, st, cat, slog.New(slog.DiscardHandler))
	if err != nil {
		return "", err
	}
	go http.Serve(ln, srv.Handler())
	return base, nil
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
		if err != nil || resp.StatusCode != 200 {
			return nil, nil, "", fmt.Errorf("GET %s: %d %v", url, resp.StatusCode, err)
		}
		if ae == "" {
			plain, etag = b, resp.Header.Get("ETag")
		} else {
			gz = b
		}
	}
	return plain, gz, etag, nil
}
