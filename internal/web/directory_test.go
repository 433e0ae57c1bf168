package web

import (
	"encoding/xml"
	"html"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// TestCategorySchemePages follows the scheme of every category of the Atom
// feed: it is a page (/topics/ or /provinces/) that links to the term's own
// page, names it by the category's label and gives its feeds.
func TestCategorySchemePages(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	var feed struct {
		Entries []struct {
			Categories []struct {
				Term   string `xml:"term,attr"`
				Scheme string `xml:"scheme,attr"`
				Label  string `xml:"label,attr"`
			} `xml:"category"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(f.get(t, "/feed.atom").Body.Bytes(), &feed); err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, e := range feed.Entries {
		for _, c := range e.Categories {
			scheme := strings.TrimPrefix(c.Scheme, testBase)
			w := f.get(t, scheme)
			body := html.UnescapeString(w.Body.String())
			if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("%s: Content-Type %q", scheme, ct)
			}
			for _, want := range []string{`<a href="` + scheme + c.Term + `/">` + c.Label + `</a>`,
				`href="` + testBase + scheme + c.Term + `/feed.atom"`} {
				if !strings.Contains(body, want) {
					t.Errorf("%s does not show %s", scheme, want)
				}
			}
			seen++
		}
	}
	if seen == 0 {
		t.Fatal("the feed has no categories")
	}
}

// TestDirectoryPages checks /topics/ and /provinces/: every topic, every
// province under its region and every former province under the province
// it was merged into, each linking to its page and feeds; /topics and
// /provinces redirect to them.
func TestDirectoryPages(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	cat := model.NewCatalog()
	topics := html.UnescapeString(f.get(t, "/topics/").Body.String())
	for _, tp := range cat.Topics() {
		if !strings.Contains(topics, `<li><a href="/topics/`+tp.Slug+`/">`+tp.Name+`</a><ul class="feeds"`) {
			t.Errorf("/topics/ does not list %s with its feeds", tp.Slug)
		}
	}
	provinces := html.UnescapeString(f.get(t, "/provinces/").Body.String())
	for _, rg := range cat.Regions() {
		region := strings.Index(provinces, "<h3>"+rg.Name+"</h3>")
		if region < 0 {
			t.Errorf("/provinces/ has no region %s", rg.Name)
			continue
		}
		for _, slug := range rg.Provinces {
			at := strings.Index(provinces, `<li><a href="/provinces/`+slug+`/">`)
			if at < region || !strings.Contains(provinces[at:], `href="`+testBase+`/provinces/`+slug+`/feed.json"`) {
				t.Errorf("/provinces/ does not list %s with its feeds under %s", slug, rg.Name)
			}
			// the province's item, former provinces included, ends its line
			item := provinces[at : at+strings.Index(provinces[at:], "</li>\n")]
			for _, l := range cat.LegacyOf(slug) {
				p, _ := cat.Province(l)
				if !strings.Contains(item, `<li><a href="/provinces/`+l+`/">`+provinceLabel(p)+`</a>`) ||
					!strings.Contains(item, `href="`+testBase+`/provinces/`+l+`/feed.rss"`) {
					t.Errorf("/provinces/ does not list former %s with its feeds under %s", l, slug)
				}
			}
		}
	}
	for path, want := range map[string]string{"/topics": "/topics/", "/provinces": "/provinces/"} {
		if w := f.do("GET", path); w.Code/100 != 3 || w.Header().Get("Location") != want {
			t.Errorf("GET %s: %d to %q, want a redirect to %s", path, w.Code, w.Header().Get("Location"), want)
		}
	}
}
