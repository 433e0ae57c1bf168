package web

import (
	"net/http"
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
