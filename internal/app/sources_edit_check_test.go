package app

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestCLISourcesEditURLCheck: 'sources edit ID --url NEW' reads NEW as the
// fetch loop would before saving it, and refuses, changing nothing, a URL
// that is not a feed (a web page), answers an error status, cannot be
// reached, or is a private address this configuration does not fetch;
// --no-check saves any of them unread. A web page reached through a
// redirect (to another host) names its feeds as resolved against the URL
// it was served from.
func TestCLISourcesEditURLCheck(t *testing.T) {
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="rss/tin.rss"></head></html>`))
	}))
	defer site.Close()
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/home":
			http.Redirect(w, r, site.URL+"/tin/", http.StatusFound)
		case "/page.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(`<!doctype html><html><head><title>Báo thử</title></head><body><p>Trang chủ</p></body></html>`))
		case "/old.rss", "/new.rss":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Báo thử</title><link>https://baothu.example/</link>
<item><title>Tin một</title><link>https://baothu.example/1</link><pubDate>Fri, 20 Nov 2026 10:00:00 +0700</pubDate></item></channel></rss>`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer up.Close()
	closed := closedURL(t)
	storetest.EngineURLs(t, func(t *testing.T, db string) {
		run := func(env map[string]string, want int, args ...string) (string, string) {
			t.Helper()
			code, out, stderr := runCLIEnv(t, env, db, "", args...)
			if code != want {
				t.Fatalf("%q: exit %d, want %d: %q %q", args, code, want, out, stderr)
			}
			return out, stderr
		}
		old := up.URL + "/old.rss"
		run(nil, 0, "sources", "add", old)
		noPrivate := map[string]string{"BANTIN_ALLOW_PRIVATE_SOURCES": "false"}
		for _, tt := range []struct {
			name string
			env  map[string]string
			url  string
			says []string
		}{
			{"web page", nil, up.URL + "/page.html", []string{up.URL + "/page.html: parse: a web page (HTML), not an RSS, Atom or JSON feed, and it names no feed: give the site's feed URL instead; nothing changed (--no-check saves the URL without reading it)"}},
			{"web page after a redirect", nil, up.URL + "/home", []string{up.URL + "/home: parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed " +
				site.URL + "/tin/rss/tin.rss: give that URL instead; nothing changed (--no-check saves the URL without reading it)"}},
			{"404", nil, up.URL + "/gone.rss", []string{"fetch " + up.URL + "/gone.rss: ", "404", "nothing changed"}},
			{"unreachable", nil, closed, []string{"fetch " + closed + ": ", "nothing changed", "--no-check"}},
			{"private", noPrivate, up.URL + "/new.rss", []string{"refusing to connect to a private address", "nothing changed", "BANTIN_ALLOW_PRIVATE_SOURCES=true", "--no-check"}},
		} {
			_, stderr := run(tt.env, 1, "sources", "edit", "1", "--url", tt.url)
			for _, want := range tt.says {
				if !strings.Contains(stderr, want) {
					t.Errorf("%s: %q, want %q", tt.name, stderr, want)
				}
			}
			if out, _ := run(nil, 0, "sources", "list"); !strings.Contains(out, old) || strings.Contains(out, tt.url) {
				t.Errorf("%s: the source's URL changed:\n%s", tt.name, out)
			}
		}
		// A feed is read, then saved.
		out, _ := run(nil, 0, "sources", "edit", "1", "--url", up.URL+"/new.rss")
		if !strings.Contains(out, "read "+up.URL+"/new.rss: a feed of 1 item\nedited source 1") {
			t.Errorf("edit --url FEED: %q", out)
		}
		// --no-check saves what the check refuses.
		for _, u := range []string{up.URL + "/page.html", closed} {
			out, stderr := run(noPrivate, 0, "sources", "edit", "1", "--url", u, "--no-check")
			if strings.Contains(out, "read ") || !strings.Contains(out, `url "`+u+`"`) {
				t.Errorf("edit --url %s --no-check: %q %q", u, out, stderr)
			}
		}
	})
}

// closedURL returns the URL of a feed on 127.0.0.1 at a port nothing
// listens on any more.
func closedURL(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr + "/feed.rss"
}
