package app

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// syncBuffer is a log destination safe for the goroutines of Serve.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testConfig is a configuration for an in-process bantin on dbURL.
func testConfig(t *testing.T, dbURL string) config.Config {
	cfg := config.Default()
	cfg.DatabaseURL, cfg.AllowPrivateSources, cfg.DefaultSources = dbURL, true, false
	cfg.Outbox, cfg.Listen = t.TempDir(), "127.0.0.1:0"
	return cfg
}

// TestServeShutdown stops a serving bantin in the middle of its work: an
// upload still arriving, a fetch whose upstream never answers, digest rows
// it holds. The request in flight completes after the stop; the fetch is
// cut at the end of the grace period and released without counting as a
// failure; every lease is released; the start and stop are logged.
func TestServeShutdown(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, dbURL string) {
		fetching := make(chan struct{}, 1)
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/hang.rss" {
				fetching <- struct{}{}
				<-r.Context().Done() // answers nothing until the client gives up
				return
			}
			http.FileServer(http.Dir("../../testdata/upstream")).ServeHTTP(w, r)
		}))
		defer up.Close()
		cfg := testConfig(t, dbURL)
		cfg.ShutdownGrace = 500 * time.Millisecond
		var logs syncBuffer
		m, err := Open(t.Context(), cfg, slog.New(slog.NewTextHandler(&logs, nil)), store.ForServer)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		hang := &model.Source{URL: up.URL + "/hang.rss"}
		if err := m.Store.AddSource(t.Context(), hang); err != nil {
			t.Fatal(err)
		}
		held := leaseDigestRows(t, m)

		addr, stop := startServe(t, m, cfg.Listen)
		<-fetching // the fetch loop's first pass is waiting on the upstream

		// A form upload whose body has not arrived yet: the 100 Continue
		// shows its handler is running.
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		body := "email=ban%40example.com"
		fmt.Fprintf(conn, "POST /subscribe HTTP/1.1\r\nHost: bantin\r\nContent-Type: application/x-www-form-urlencoded\r\n"+
			"Content-Length: %d\r\nExpect: 100-continue\r\n\r\n", len(body))
		br := bufio.NewReader(conn)
		if line, err := br.ReadString('\n'); err != nil || !strings.Contains(line, "100 Continue") {
			t.Fatalf("want 100 Continue, got %q %v", line, err)
		}
		br.ReadString('\n') // the empty line ending the interim response
		served := stop()    // SIGTERM
		waitFor(t, "readyz to turn 503 while draining", func() bool { return m.Server.Draining() })
		fmt.Fprint(conn, body)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("the request in flight was cut: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("request in flight: %s", resp.Status)
		}
		if err := <-served; err != nil {
			t.Fatalf("Serve: %v", err)
		}

		src, err := m.Store.Source(t.Context(), hang.ID)
		if err != nil {
			t.Fatal(err)
		}
		if src.LeaseOwner != "" || src.ConsecutiveFailures != 0 || src.LastError != "" || !src.LastFetchedAt.IsZero() {
			t.Errorf("interrupted fetch: lease %q, failures %d, error %q, fetched %v; want released and unrecorded",
				src.LeaseOwner, src.ConsecutiveFailures, src.LastError, src.LastFetchedAt)
		}
		digests, _ := m.Store.Digests(t.Context(), "")
		for _, d := range digests {
			if d.LeaseOwner != "" {
				t.Errorf("digest %d still leased by %q", d.ID, d.LeaseOwner)
			}
		}
		out := logs.String()
		for _, want := range []string{"msg=\"bantin started\"", "owner=" + m.Owner, "msg=\"shutting down\"",
			"msg=\"fetch pass done\" sources=1 fetched=0", "interrupted=1", "msg=stopped"} {
			if !strings.Contains(out, want) {
				t.Errorf("logs lack %q:\n%s", want, out)
			}
		}
		// The rows the test holds, plus those of the current week when the
		// digest loop claimed them before the stop (a matter of timing).
		if m := regexp.MustCompile(`released_digests=(\d+)`).FindStringSubmatch(out); m == nil || atoi(m[1]) < held {
			t.Errorf("logs lack released_digests=%d or more:\n%s", held, out)
		}
	})
}

// startServe runs m.Serve on a new listener at listen and returns its
// address and stop, which cancels Serve's context (as SIGTERM does) and
// returns the channel Serve's error arrives on.
func startServe(t *testing.T, m *Main, listen string) (string, func() <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- m.Serve(ctx, ln) }()
	return ln.Addr().String(), func() <-chan error { cancel(); return served }
}

// leaseDigestRows makes the digest service of m hold a lease on two digest
// rows of a past week (as if it were sending them) and returns how many.
func leaseDigestRows(t *testing.T, m *Main) int {
	t.Helper()
	ctx := t.Context()
	for _, e := range []string{"a@example.com", "b@example.com"} {
		if err := m.Store.AddSubscriber(ctx, &model.Subscriber{Email: e, Status: model.StatusActive}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Store.EnsureDigests(ctx, "2020-W01", time.Now()); err != nil {
		t.Fatal(err)
	}
	jobs, err := m.Store.ClaimDigests(ctx, m.Digester.Owner, time.Now(), time.Hour, 10)
	if err != nil || len(jobs) != 2 {
		t.Fatalf("claim digests: %d, %v", len(jobs), err)
	}
	return len(jobs)
}

// waitFor polls cond until it holds, failing the test after 20 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }
