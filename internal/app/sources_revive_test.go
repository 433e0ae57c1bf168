package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestCLISourcesAddRevivesRetired: a source retired by a 410 (a feed that
// came back, or a mistake upstream) is made active again by adding its URL
// once more, keeping its id and articles; adding an active one is still a
// conflict.
func TestCLISourcesAddRevivesRetired(t *testing.T) {
	var gone atomic.Bool
	gone.Store(true)
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if gone.Load() {
			w.WriteHeader(http.StatusGone)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Báo thử</title><link>https://baothu.example/</link>
<item><title>Tin trở lại</title><link>https://baothu.example/1</link><pubDate>Fri, 20 Nov 2026 10:00:00 +0700</pubDate></item></channel></rss>`))
	}))
	defer up.Close()
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	feed := up.URL + "/rss"
	if code, _, stderr := runCLI(t, db, "", "sources", "add", feed); code != 0 {
		t.Fatal(stderr)
	}
	runCLI(t, db, "", "fetch", "--all")
	if _, out, _ := runCLI(t, db, "", "sources", "list"); !strings.Contains(out, "retired") {
		t.Fatalf("after a 410:\n%s", out)
	}
	gone.Store(false)
	code, out, stderr := runCLI(t, db, "", "sources", "add", feed)
	if code != 0 || !strings.Contains(out, "source 1") || !strings.Contains(out, "active again") {
		t.Fatalf("add a retired source again: %d %q %q", code, out, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "fetch", "--source", "1"); code != 0 || !strings.Contains(out, "new articles: 1") {
		t.Fatalf("fetch the revived source: %d %q %q", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", feed); code != 1 || !strings.Contains(stderr, "already a source") {
		t.Errorf("add an active source again: %d %q", code, stderr)
	}
}

// TestCLISourcesAddSameFeed: the spellings of one feed URL (host case, the
// scheme's default port, a fragment) are one source, not several fetched
// side by side.
func TestCLISourcesAddSameFeed(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	code, out, stderr := runCLI(t, db, "", "sources", "add", "HTTP://Bao.Example:80/rss?Trang=1#moi")
	if code != 0 || !strings.Contains(out, "added source 1: http://bao.example/rss?Trang=1\n") {
		t.Fatalf("add: %d %q %q", code, out, stderr)
	}
	for _, u := range []string{"http://bao.example/rss?Trang=1", "http://BAO.example:80/rss?Trang=1", "http://bao.example/rss?Trang=1#"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 1 || !strings.Contains(stderr, "already a source") {
			t.Errorf("add %s: %d %q", u, code, stderr)
		}
	}
	if code, out, _ := runCLI(t, db, "", "sources", "add", "https://bao.example:443/rss"); code != 0 || !strings.Contains(out, "https://bao.example/rss\n") {
		t.Errorf("https with its default port: %d %q", code, out)
	}
}
