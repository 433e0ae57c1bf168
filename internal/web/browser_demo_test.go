package web_test

import (
	"bytes"
	"context"
	"io"
	"mime/quotedprintable"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/app"
)

// readyWriter collects output and closes ready when a line matches re.
type readyWriter struct {
	mu    sync.Mutex
	buf   bytes.Buffer
	re    *regexp.Regexp
	match []string
	ready chan struct{}
}

func (w *readyWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	if w.match == nil {
		if m := w.re.FindStringSubmatch(w.buf.String()); m != nil {
			w.match = m
			close(w.ready)
		}
	}
	return len(p), nil
}

func (w *readyWriter) String() string { w.mu.Lock(); defer w.mu.Unlock(); return w.buf.String() }

// `bantin serve --demo`, started as the binary's main does, with no
// network but loopback: within 10 s it serves pages of ranked stories, a
// story covered by several outlets, working feeds and the widget, and the
// sample reader's digest is in the outbox.
func TestBrowserDemo(t *testing.T) {
	node, dir := browserScripts(t)
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	base := "http://" + addr
	env := map[string]string{"BANTIN_LISTEN": addr, "BANTIN_BASE_URL": base, "BANTIN_LOG_LEVEL": "warn"}
	out := &readyWriter{re: regexp.MustCompile(`demo: open \S+ \(sample feeds at \S+; digest for \S+ in (\S+);`), ready: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	start := time.Now()
	go func() {
		done <- app.Run(ctx, []string{"serve", "--demo"}, app.IO{Stdin: strings.NewReader(""), Stdout: out, Stderr: out,
			Getenv: func(k string) string { return env[k] }})
	}()
	t.Cleanup(func() {
		cancel()
		if code := <-done; code != 0 {
			t.Errorf("bantin serve --demo exited %d:\n%s", code, out)
		}
	})
	// A newcomer sees stories within 10 s. Under the race detector, which
	// slows everything several times over, only readiness is checked.
	limit := 10 * time.Second
	if raceEnabled {
		limit = time.Minute
	}
	select {
	case <-out.ready:
	case code := <-done:
		t.Fatalf("bantin serve --demo exited %d at start:\n%s", code, out)
	case <-time.After(limit):
		t.Fatalf("bantin serve --demo not ready after %s:\n%s", limit, out)
	}
	t.Logf("demo ready after %s", time.Since(start).Round(time.Millisecond))
	outbox := out.match[1]
	emls, _ := filepath.Glob(filepath.Join(outbox, "digest-*.eml"))
	if len(emls) != 1 {
		t.Fatalf("outbox %s: digests %v, want one", outbox, emls)
	}
	eml, _ := os.ReadFile(emls[0])
	body, _ := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(eml)))
	if !bytes.Contains(eml, []byte("ban.doc@example.com")) || !regexp.MustCompile(`<a href="`+base+`/stories/\d+"[^>]*>4\x{a0}nguồn</a>`).Match(body) {
		t.Errorf("digest %s is not the sample reader's, or lacks the \"4 nguồn\" link to the most covered story:\n%s", emls[0], body)
	}
	shots := runScript(t, node, dir, "demo.mjs", base, t.TempDir(), nil)
	keepScreenshots(t, shots, "demo_home", "demo_story", "demo_phone")
}
