package web

import (
	"context"
	"net/http"
	"time"

	"bantin/internal/model"
)

// The directory pages list the catalog: /feeds every feed, /topics/ the
// topics and /provinces/ the provinces by region, each with its page and
// feeds. /topics/ and /provinces/ are also the scheme (RSS domain) of the
// feeds' categories, so a reader following one lands on the list of its
// terms. The front page shows the same lists without the feeds.

// regionView is a region and its provinces, each with its former ones.
type regionView struct {
	Name      string
	Provinces []provinceView
}

type provinceView struct {
	navItem
	Former []navItem // former provinces merged into it: their own pages
}

// regions returns the eight regions with their provinces, each with its
// feeds when feeds is set.
func (s *Server) regions(feeds bool) []regionView {
	var out []regionView
	for _, rg := range s.cat.Regions() {
		rv := regionView{Name: rg.Name}
		for _, slug := range rg.Provinces {
			p, _ := s.cat.Province(slug)
			pv := provinceView{navItem: s.provinceItem(p, feeds)}
			for _, l := range s.cat.LegacyOf(p.Slug) {
				fp, _ := s.cat.Province(l)
				pv.Former = append(pv.Former, s.provinceItem(fp, feeds))
			}
			rv.Provinces = append(rv.Provinces, pv)
		}
		out = append(out, rv)
	}
	return out
}

// provinceItem is p's entry in a list: its label ("Bắc Kạn (cũ)" for a
// former province), its page and, when feeds is set, its feeds.
func (s *Server) provinceItem(p model.Province, feeds bool) navItem {
	q := feedQuery{Provinces: []string{p.Slug}, Limit: defaultLimit}
	it := navItem{Slug: p.Slug, Name: provinceLabel(p), Page: s.path(q.pagePath())}
	if feeds {
		it.Feeds = s.feedLinks(q)
	}
	return it
}

// formerOf lists the former provinces merged into slug, "Bắc Kạn (cũ)".
func (s *Server) formerOf(slug string) []navItem {
	var out []navItem
	for _, l := range s.cat.LegacyOf(slug) {
		p, _ := s.cat.Province(l)
		out = append(out, s.provinceItem(p, false))
	}
	return out
}

// successorOf returns the current unit that former province slug is now
// part of, as a link to the page of q (a list page's selection) with that
// unit in its place; nil when slug is a current unit.
func (s *Server) successorOf(q feedQuery, slug string) *navItem {
	p, ok := s.cat.Province(slug)
	if !ok || !p.Legacy() {
		return nil
	}
	now, _ := s.cat.Province(p.Successor)
	q.Provinces = []string{now.Slug}
	return &navItem{Slug: now.Slug, Name: now.Label(), Page: s.path(q.pagePath())}
}

// navigation lists every topic, current province and former province with
// its page and feeds.
func (s *Server) navigation() (topics, provinces, legacy []navItem) {
	for _, t := range s.cat.Topics() {
		q := feedQuery{Topics: []string{t.Slug}, Limit: defaultLimit}
		topics = append(topics, navItem{Slug: t.Slug, Name: t.Name, Page: s.path(q.pagePath()), Feeds: s.feedLinks(q)})
	}
	for _, p := range s.cat.Provinces() {
		if p.Legacy() {
			legacy = append(legacy, s.provinceItem(p, true))
		} else {
			provinces = append(provinces, s.provinceItem(p, true))
		}
	}
	return topics, provinces, legacy
}

// feedsPage is the feed directory: every topic, province and former
// province with its RSS, Atom and JSON feeds, each with a copy control.
func (s *Server) feedsPage(w http.ResponseWriter, r *http.Request) error {
	return s.serveCached(w, r, "html?feeds", func(ctx context.Context, _ int64) (*entry, error) {
		d := pageData{Title: "Nguồn cấp tin – Bản tin", Heading: "Nguồn cấp tin",
			Description: "Mọi nguồn cấp RSS, Atom và JSON Feed của Bản tin, theo chủ đề và tỉnh, thành phố.",
			Feeds:       s.feedLinks(feedQuery{Limit: defaultLimit}), OPML: s.absURL("/opml"), Subscribe: s.subscribePath()}
		d.Topics, d.Provinces, d.Legacy = s.navigation()
		return s.renderPage("feeds.html", d, time.Time{})
	})
}

// topicsPage (/topics/) lists the topics, each with its page and feeds.
func (s *Server) topicsPage(w http.ResponseWriter, r *http.Request) error {
	return s.serveCached(w, r, "html?topics", func(ctx context.Context, _ int64) (*entry, error) {
		d := pageData{Title: "Chủ đề – Bản tin", Heading: "Chủ đề", NavFeeds: true,
			Description: "Các chủ đề của Bản tin, mỗi chủ đề với trang tin và nguồn cấp RSS, Atom, JSON Feed.",
			OPML:        s.absURL("/opml"), Subscribe: s.subscribePath()}
		d.Topics, _, _ = s.navigation()
		return s.renderPage("topics.html", d, time.Time{})
	})
}

// provincesPage (/provinces/) lists the provinces by region, each with its
// page and feeds and the former provinces merged into it with theirs.
func (s *Server) provincesPage(w http.ResponseWriter, r *http.Request) error {
	return s.serveCached(w, r, "html?provinces", func(ctx context.Context, _ int64) (*entry, error) {
		d := pageData{Title: "Tỉnh, thành phố – Bản tin", Heading: "Tỉnh, thành phố", NavFeeds: true,
			Description: "Các tỉnh, thành phố theo vùng, cùng các tỉnh cũ trước 1/7/2025, mỗi nơi với trang tin và nguồn cấp.",
			OPML:        s.absURL("/opml"), Subscribe: s.subscribePath(), Regions: s.regions(true)}
		_, d.Provinces, _ = s.navigation()
		return s.renderPage("provinces.html", d, time.Time{})
	})
}
