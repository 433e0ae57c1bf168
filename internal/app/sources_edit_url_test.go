package app

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"bantin/internal/store/storetest"
)

// TestCLISourcesEditURL: a feed that moved without a permanent redirect
// ('sources edit ID --url NEW'): the source keeps its id and articles (the
// items read again at the new URL are not new), its failures are reset and
// it is due at once, the old URL is remembered as moved (adding it again
// names the source), and a URL that is not a feed's or is another
// source's (now, or before it moved) changes nothing, saying which.
func TestCLISourcesEditURL(t *testing.T) {
	var gone atomic.Bool // the outlet dropped /old.rss
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old.rss" && gone.Load() {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Báo thử</title><link>https://baothu.example/</link>
<item><title>Tin một</title><link>https://baothu.example/1</link><pubDate>Fri, 20 Nov 2026 10:00:00 +0700</pubDate></item>
<item><title>Tin hai</title><link>https://baothu.example/2</link><pubDate>Fri, 20 Nov 2026 11:00:00 +0700</pubDate></item></channel></rss>`))
	}))
	defer up.Close()
	old, moved, other := up.URL+"/old.rss", up.URL+"/new.rss", up.URL+"/other.rss"
	storetest.EngineURLs(t, func(t *testing.T, db string) {
		gone.Store(false)
		run := func(want int, args ...string) (string, string) {
			t.Helper()
			code, out, stderr := runCLI(t, db, "", args...)
			if code != want {
				t.Fatalf("%q: exit %d, want %d: %q %q", args, code, want, out, stderr)
			}
			return out, stderr
		}
		run(0, "sources", "add", old, "--name", "Báo thử", "--topic", "kinh-te")
		run(0, "sources", "add", other)
		run(0, "fetch", "--all")
		gone.Store(true)
		run(1, "fetch", "--all")
		for _, tt := range []struct {
			url  string
			code int
			says string
		}{
			{other, 1, other + " is the URL of source 2: remove one of the two first; nothing changed"},
			{"ftp://baothu.example/rss", 2, "is not a feed URL"},
			{"baothu.example/rss", 2, "(https://baothu.example/rss?)"},
			{"", 2, "is not a feed URL"},
		} {
			if _, stderr := run(tt.code, "sources", "edit", "1", "--url", tt.url); !strings.Contains(stderr, tt.says) {
				t.Errorf("edit --url %q: %q, want %q", tt.url, stderr, tt.says)
			}
		}
		out, _ := run(0, "sources", "edit", old, "--url", moved)
		for _, want := range []string{`edited source 1 (` + moved + `): url "` + moved + `" (was "` + old + `")`,
			"its failures and backoff are reset and it is due now"} {
			if !strings.Contains(out, want) {
				t.Errorf("edit --url: %q, want %q", out, want)
			}
		}
		if out, _ := run(0, "sources", "list"); !regexp.MustCompile(`(?m)^1\s+new\s+0\s`).MatchString(out) || !strings.Contains(out, "Báo thử") ||
			!strings.Contains(out, "kinh-te") {
			t.Errorf("list after the move (want source 1 new, name and topic kept):\n%s", out)
		}
		if out, stderr := run(0, "fetch"); !strings.Contains(out+stderr, "fetched  1 "+moved+": 0 new, 0 updated, 2 unchanged") {
			t.Errorf("fetch after the move (its 2 items are stored already):\n%s%s", out, stderr)
		}
		if _, stderr := run(1, "sources", "add", old); !strings.Contains(stderr, "source 1, now at "+moved) {
			t.Errorf("add the old URL: %q", stderr)
		}
		if _, stderr := run(1, "sources", "edit", "2", "--url", old); !strings.Contains(stderr, "moved permanently: it is source 1, now at "+moved+"; nothing changed") {
			t.Errorf("edit 2 --url OLD: %q", stderr)
		}
		if out, _ := run(0, "sources", "edit", "1", "--url", moved); !strings.Contains(out, "source 1 is unchanged") {
			t.Errorf("edit --url SAME: %q", out)
		}
	})
}
