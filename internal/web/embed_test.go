package web

import (
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// Feed errors can be read across origins (the widget shows them), and
// every page offers the widget snippet of its own selection, pointing at
// the versioned, long-cached /embed.js.
func TestEmbedAndErrorCORS(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct {
		path   string
		status int
		says   string
	}{
		{"/feed.json?province=atlantis", 400, "atlantis"},
		{"/feed.json?limit=0", 400, "limit must be"},
		{"/feed.json?per=all", 400, "per must be story"},
		{"/provinces/atlantis/feed.json", 404, "atlantis"},
		{"/topics/giao-thong/feed.rss?source=99", 400, "unknown source"},
	} {
		w := f.do(http.MethodGet, tt.path, "Origin: https://site.example")
		if w.Code != tt.status || w.Header().Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(w.Body.String(), tt.says) {
			t.Errorf("GET %s: %d, Access-Control-Allow-Origin %q, %q; want %d, *, %q", tt.path, w.Code,
				w.Header().Get("Access-Control-Allow-Origin"), w.Body, tt.status, tt.says)
		}
	}
	code := regexp.MustCompile(`(?s)<pre><code>(.*?)</code></pre>`)
	snippet := regexp.MustCompile(`^<script src="https://bantin\.example(/embed\.js\?v=[0-9a-f]{12})"></script>\n<bantin-feed (.*)></bantin-feed>$`)
	for _, tt := range []struct{ page, attrs string }{
		{"/", `limit="5" layout="list"`},
		{"/topics/giao-thong/provinces/ha-noi/", `topic="giao-thong" province="ha-noi" limit="5" layout="list"`},
		{"/search?q=%22cao+t%E1%BB%91c%22", `q="&#34;cao tốc&#34;" limit="5" layout="list"`},
	} {
		c := code.FindStringSubmatch(f.get(t, tt.page).Body.String())
		if c == nil {
			t.Errorf("%s: no widget snippet", tt.page)
			continue
		}
		m := snippet.FindStringSubmatch(html.UnescapeString(c[1]))
		if m == nil || m[2] != tt.attrs {
			t.Errorf("%s: snippet %q, want attributes %s", tt.page, html.UnescapeString(c[1]), tt.attrs)
			continue
		}
		w := f.get(t, m[1])
		if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=31536000, immutable" ||
			!strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") || !strings.Contains(w.Body.String(), "customElements.define('bantin-feed'") {
			t.Errorf("GET %s: Cache-Control %q, Content-Type %q", m[1], cc, w.Header().Get("Content-Type"))
		}
	}
	if cc := f.get(t, "/embed.js").Header().Get("Cache-Control"); cc != "public, max-age=300" {
		t.Errorf("GET /embed.js: Cache-Control %q, want a short max-age", cc)
	}
}
