package main

import (
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// `bantin serve --demo`, the built binary with no configuration: within
// 10 s of its start the front page ranks the sample stories, the most
// covered (four outlets) first; SIGTERM stops it cleanly and its scratch
// folder is gone.
func TestDemo(t *testing.T) {
	bin := bantinBinary(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	log := &logBuffer{}
	cmd := exec.Command(bin, "serve", "--demo")
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "TMPDIR=" + t.TempDir(),
		"BANTIN_LISTEN=" + addr, "BANTIN_BASE_URL=http://" + addr}
	cmd.Dir = t.TempDir()
	cmd.Stdout, cmd.Stderr = log, log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		if t.Failed() {
			t.Logf("--- log:\n%s", tail(log.String(), 6000))
		}
	})
	var page string
	waitFor(t, "the demo's front page to show its stories", 10*time.Second, func() bool {
		resp, err := http.Get("http://" + addr + "/")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil || resp.StatusCode != 200 {
			return false
		}
		page = string(b)
		return strings.Count(page, `class="story"`) >= 5
	})
	t.Logf("stories shown %s after the start", time.Since(start).Round(time.Millisecond))
	if !regexp.MustCompile(`<a class="sources" href="/stories/\d+">4 nguồn</a>`).MatchString(page[:strings.Index(page, `id="moi-nhat"`)]) {
		t.Errorf("the first ranked stories lack the one told by four outlets")
	}
	m := regexp.MustCompile(`in (\S+)/outbox; all removed at exit`).FindStringSubmatch(log.String())
	if m == nil {
		t.Fatalf("the demo does not say where its scratch folder is")
	}
	if emls, _ := filepath.Glob(filepath.Join(m[1], "outbox", "*.eml")); len(emls) != 1 {
		t.Errorf("outbox: %v, want the sample reader's digest", emls)
	}
	// The operator's log is key=value pairs, not Go values printed whole.
	if m := regexp.MustCompile(`[a-z_]+="?\{[A-Z][A-Za-z]*:`).FindString(log.String()); m != "" {
		t.Errorf("the log prints a Go struct: %s", m)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no exit 30 s after SIGTERM")
	}
	if _, err := os.Stat(m[1]); !os.IsNotExist(err) {
		t.Errorf("scratch folder %s left behind (%v)", m[1], err)
	}
}
