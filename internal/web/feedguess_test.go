package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// The feed names readers guess are permanent redirects to the feed they
// mean, query kept, at the root and beside each feed, under a base path
// too; a name that is not a guess stays the 404 page, and a guess under an
// unknown topic leads to that feed's 404.
func TestGuessedFeedNamesRedirect(t *testing.T) {
	for _, prefix := range []string{"", "/tin"} {
		f := newFixture(t, storetest.OpenSQLite(t), Config{BaseURL: testBase + prefix})
		for _, tt := range []struct{ path, want string }{
			{"/feed.xml", "/feed.rss"},
			{"/feed.xml?topic=the-thao&q=b%C3%A3o", "/feed.rss?topic=the-thao&q=b%C3%A3o"},
			{"/rss.xml", "/feed.rss"},
			{"/index.xml", "/feed.rss"},
			{"/atom.xml?province=hue", "/feed.atom?province=hue"},
			{"/feed.rss.xml", "/feed.rss"},
			{"/feed", "/feed.rss"},
			{"/feed/", "/feed.rss"},
			{"/rss", "/feed.rss"},
			{"/rss/", "/feed.rss"},
			{"/atom", "/feed.atom"},
			{"/topics/the-thao/feed.xml", "/topics/the-thao/feed.rss"},
			{"/provinces/ha-noi/atom.xml", "/provinces/ha-noi/feed.atom"},
			{"/topics/the-thao/provinces/ha-noi/rss.xml?limit=5", "/topics/the-thao/provinces/ha-noi/feed.rss?limit=5"},
			{"/stories/3/feed.xml", "/stories/3/feed.rss"},
			{"/topics/bogus/feed.xml", "/topics/bogus/feed.rss"},
		} {
			w := f.do(http.MethodGet, prefix+tt.path)
			if w.Code != http.StatusMovedPermanently || w.Header().Get("Location") != prefix+tt.want {
				t.Errorf("GET %s%s: %d Location %q, want 301 to %s%s", prefix, tt.path, w.Code, w.Header().Get("Location"), prefix, tt.want)
			}
		}
		for _, path := range []string{"/feed/x", "/topics/the-thao/feed", "/rss.json", "/feed.xmlx"} {
			if w := f.do(http.MethodGet, prefix+path); w.Code != http.StatusNotFound {
				t.Errorf("GET %s%s: %d, want 404", prefix, path, w.Code)
			}
		}
		if w := f.do(http.MethodGet, prefix+"/topics/bogus/feed.rss"); w.Code != http.StatusNotFound {
			t.Errorf("the redirect's target of an unknown topic: %d, want 404", w.Code)
		}
		if w := f.get(t, prefix+"/feed.rss?topic=the-thao"); w.Header().Get("Content-Type") != "application/rss+xml; charset=utf-8" {
			t.Errorf("the redirect's target: Content-Type %q", w.Header().Get("Content-Type"))
		}
	}
}

// A guessed name's redirect stays on bantin's host, whatever the path
// holds (escaped slashes and backslashes, dot segments, an absolute-form
// target), and carries the request's own query only: its Location is a
// path that no browser reads as another host ("//host", "/\host").
func TestGuessedFeedRedirectStaysOnHost(t *testing.T) {
	for _, prefix := range []string{"", "/tin"} {
		f := newFixture(t, storetest.OpenSQLite(t), Config{BaseURL: testBase + prefix})
		for _, path := range []string{
			"//evil.example/feed.xml", "/%2F%2Fevil.example/feed.xml", "/%5Cevil.example/feed.xml",
			"/topics/%2F%2Fevil.example/feed.xml", "/topics/x/provinces/%5Cevil.example/atom.xml",
			"/stories/..%2F..%2F/rss.xml", "/./feed.xml", "/feed.xml?next=https://evil.example/",
			"http://evil.example" + prefix + "/feed.xml",
		} {
			target := path
			if !strings.HasPrefix(path, "http:") {
				target = prefix + path
			}
			w := f.do(http.MethodGet, target)
			loc := w.Header().Get("Location")
			if loc == "" {
				continue // not a guessed name: no redirect
			}
			u, err := url.Parse(loc)
			if err != nil || u.Host != "" || u.Scheme != "" || !strings.HasPrefix(loc, prefix+"/") ||
				strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, "/\\") {
				t.Errorf("GET %s: %d Location %q leaves the host", target, w.Code, loc)
			}
			if q := u.RawQuery; q != "" && !strings.Contains(target, "?"+q) {
				t.Errorf("GET %s: Location %q carries a query the request did not", target, loc)
			}
		}
	}
}
