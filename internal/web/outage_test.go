package web

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// tcpProxy forwards connections to a database server and can be stopped
// (listener closed, every connection cut: the database is "down") and
// started again on the same address.
type tcpProxy struct {
	t      *testing.T
	target string
	addr   string

	mu    sync.Mutex
	ln    net.Listener
	conns []net.Conn
}

func startProxy(t *testing.T, target string) *tcpProxy {
	p := &tcpProxy{t: t, target: target}
	p.listen("127.0.0.1:0")
	t.Cleanup(p.stop)
	return p
}

func (p *tcpProxy) listen(addr string) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		p.t.Fatal(err)
	}
	p.mu.Lock()
	p.ln, p.addr = ln, ln.Addr().String()
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
}

// stop closes the listener and cuts every connection.
func (p *tcpProxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// start listens again on the same address.
func (p *tcpProxy) start() { p.listen(p.addr) }

// TestDatabaseOutage stops the PostgreSQL server under a running server
// (through a proxy that cuts its connections): feeds and pages already
// cached keep being served, marked stale; anything else is a 503 with
// Retry-After; health and readiness fail; when the database is back,
// everything recovers by itself.
func TestDatabaseOutage(t *testing.T) {
	u, err := url.Parse(storetest.PostgresSchemaURL(t))
	if err != nil {
		t.Fatal(err)
	}
	proxy := startProxy(t, u.Host)
	u.Host = proxy.addr
	st, err := store.Open(t.Context(), u.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, st, Config{})
	const feed, page, cold = "/provinces/thai-nguyen/feed.json", "/provinces/thai-nguyen/", "/topics/the-thao/feed.rss"
	warm := f.get(t, feed)
	f.get(t, page)

	proxy.stop()
	f.clock.Add(2 * time.Second) // past VersionTTL: the version must be read again, and cannot be
	for range 3 {
		w := f.get(t, feed)
		if w.Body.String() != warm.Body.String() || w.Header().Get("ETag") != warm.Header().Get("ETag") ||
			!strings.Contains(w.Header().Get("Cache-Status"), "stale") || w.Header().Get("Cache-Control") != "public, max-age=30" {
			t.Fatalf("cached feed while the database is down: %d %v", w.Code, w.Header())
		}
	}
	if w := f.get(t, feed, "If-None-Match: "+warm.Header().Get("ETag")); w.Code != http.StatusNotModified {
		t.Errorf("conditional GET while down: %d", w.Code)
	}
	if w := f.get(t, page); !strings.Contains(w.Header().Get("Cache-Status"), "stale") {
		t.Errorf("cached page while down: %v", w.Header())
	}
	w := f.do(http.MethodGet, cold)
	if w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "10" ||
		!strings.Contains(w.Body.String(), "database cannot be reached") || w.Header().Get("X-Request-Id") == "" ||
		!strings.Contains(w.Body.String(), w.Header().Get("X-Request-Id")) {
		t.Errorf("uncached feed while down: %d %v %q", w.Code, w.Header(), w.Body)
	}
	// A page not cached is the HTML error page, in Vietnamese with links on.
	w = f.do(http.MethodGet, "/topics/the-thao/")
	if body := w.Body.String(); w.Code != http.StatusServiceUnavailable || w.Header().Get("Retry-After") != "10" ||
		!strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") || !strings.Contains(body, "Vui lòng thử lại sau ít phút") ||
		!strings.Contains(body, "mã yêu cầu "+w.Header().Get("X-Request-Id")) || !strings.Contains(body, `<a href="/">Về trang chủ</a>`) {
		t.Errorf("uncached page while down: %d %v\n%s", w.Code, w.Header(), body)
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		if w := f.do(http.MethodGet, path); w.Code != http.StatusServiceUnavailable {
			t.Errorf("%s while down: %d", path, w.Code)
		}
	}
	if n := f.metric(t, `bantin_cache_lookups_total{result="stale"}`); n < 4 {
		t.Errorf("stale lookups counted: %v", n)
	}

	proxy.start()
	deadline := time.Now().Add(20 * time.Second)
	for {
		f.clock.Add(3 * time.Second) // past the 2 s between probes of a database that failed
		w := f.do(http.MethodGet, cold)
		if w.Code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no recovery after the database came back: %d %q", w.Code, w.Body)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if w := f.get(t, feed); w.Header().Get("Cache-Status") != "" {
		t.Errorf("still marked stale after recovery: %v", w.Header())
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		f.get(t, path)
	}
}

// TestReadyzBeforeMigration: a server on a database that is not migrated
// (a replica started before `bantin migrate` ran) is alive but not ready.
func TestReadyzBeforeMigration(t *testing.T) {
	st, err := store.Open(t.Context(), storetest.SQLiteURL(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Config{BaseURL: testBase}, st, model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if w.Code != http.StatusServiceUnavailable || !strings.Contains(w.Body.String(), "not migrated") {
		t.Errorf("readyz before migration: %d %q", w.Code, w.Body)
	}
	if _, err := st.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	w = httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
	if w.Code != http.StatusOK {
		t.Errorf("readyz after migration: %d %q", w.Code, w.Body)
	}
}
