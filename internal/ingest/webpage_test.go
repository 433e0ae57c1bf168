package ingest

import (
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestWebPageIsNotAFeed: a web page given as a source (a site's address
// instead of its feed's, the usual mistake) is said to be one, with the
// feeds it names in <link rel="alternate"> to give instead; any other
// body of no known type keeps the plain error.
func TestWebPageIsNotAFeed(t *testing.T) {
	const src = "https://user:pass@bao.example/tin/?token=x"
	tests := []struct {
		name, body, want string
	}{
		{"page naming feeds", `<!DOCTYPE html><html><head><title>Báo</title>
<link rel="stylesheet" href="/a.css">
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
<link rel="alternate" type="application/rss+xml" href="/rss/tin-moi.rss">
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/1">
<link rel="Alternate" type="application/atom+xml" href="https://cdn.example/atom.xml">
<link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="alternate" type="application/rss+xml" href="/rss/the-thao.rss">
</head><body>…</body></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feeds https://bao.example/rss/tin-moi.rss, " +
				"https://cdn.example/atom.xml, https://bao.example/tin/feed.json: give one of those instead"},
		{"a type with parameters", `<html><head><link rel="alternate" type="application/rss+xml; charset=UTF-8" href="/rss"></head></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed https://bao.example/rss: give that URL instead"},
		{"a page with a base", `<html><head><base target="_top"><base href="/vi/"><base href="/en/"><link rel="alternate" type="application/rss+xml" href="rss/tin.rss"></head></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed https://bao.example/vi/rss/tin.rss: give that URL instead"},
		{"page naming one", `<html><head><link rel="alternate" type="application/rss+xml" href="//bao.example/rss"></head></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed https://bao.example/rss: give that URL instead"},
		{"a base too long", `<html><head><base href="https://bao.example/` + strings.Repeat("a", 5000) +
			`/"><link rel="alternate" type="application/rss+xml" href="rss"></head></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed, and it names no feed"},
		{"page naming none", `<html lang="vi"><head><link rel="alternate" hreflang="en" href="/en/"></head><body>Bảo trì</body></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed, and it names no feed: give the site's feed URL instead"},
		{"javascript feed link", `<html><head><link rel="alternate" type="application/rss+xml" href="javascript:alert(1)"></head></html>`,
			"parse: a web page (HTML), not an RSS, Atom or JSON feed, and it names no feed"},
		{"feed link with controls", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" " +
			"href=\"/rss?q=\u009b31m\u202eli a\"></head></html>",
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed " +
				"https://bao.example/rss?q=31mli%20a: give that URL instead"},
		{"feed link to a look-alike host", `<html><head><link rel="alternate" type="application/rss+xml" ` +
			`href="https://bаo.example/rss"></head></html>`, // a Cyrillic а
			"parse: a web page (HTML), not an RSS, Atom or JSON feed; it names the feed https://xn--bo-7kc.example/rss: give that URL instead"},
		{"not HTML", "Hệ thống đang bảo trì, xin quay lại sau.", "parse: not an RSS, Atom or JSON feed"},
	}
	for _, tt := range tests {
		_, err := NewParser(nil).Parse([]byte(tt.body), "text/html; charset=utf-8", model.Source{URL: src}, time.Now())
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
		if err != nil && (strings.Contains(err.Error(), "pass") || strings.Contains(err.Error(), "token")) {
			t.Errorf("%s: %v shows the source URL's secrets", tt.name, err)
		}
	}
}
