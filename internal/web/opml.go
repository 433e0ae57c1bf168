package web

import (
	"fmt"
	"time"

	"bantin/feeds"
	"bantin/internal/opml"
)

// buildOPML renders the OPML 2.0 list of every topic and province feed
// (RSS), grouped, once: it depends only on the catalog and BaseURL.
//
// Each feed outline carries the tags `bantin sources export-opml` writes,
// so that `sources import-opml` of this list (into another bantin) keeps
// them: a topic feed its topic slug as `category`, a province feed its
// province slug as `province`; a former province's feed names the current
// province it was merged into, the only kind a source's home province may
// be. These are public facts, the same as the feeds' own categories.
func (s *Server) buildOPML() (*entry, error) {
	topics, provinces, legacy := s.navigation()
	outline := func(it navItem) opml.Outline {
		return opml.Outline{Text: it.Name, Title: it.Name, Type: "rss",
			XMLURL: it.Feeds[0].URL, HTMLURL: s.originURL(it.Page), Language: "vi"}
	}
	group := func(text string, items []navItem, tag func(*opml.Outline, string)) opml.Outline {
		g := opml.Outline{Text: text}
		for _, it := range items {
			o := outline(it)
			tag(&o, it.Slug)
			g.Children = append(g.Children, o)
		}
		return g
	}
	topic := func(o *opml.Outline, slug string) { o.Category = slug }
	province := func(o *opml.Outline, slug string) {
		if p, ok := s.cat.Province(slug); ok && p.Legacy() {
			slug = p.Successor
		}
		o.Province = slug
	}
	all := feedQuery{Limit: defaultLimit}
	doc := opml.Doc{Title: "Bản tin – mọi nguồn tin theo chủ đề và tỉnh thành", Owner: "bantin",
		Docs: "http://opml.org/spec2.opml",
		Body: []opml.Outline{
			{Text: "Tất cả tin", Title: "Tất cả tin", Type: "rss", XMLURL: s.absURL(all.path(feeds.RSS)),
				HTMLURL: s.absURL("/"), Language: "vi"},
			group("Chủ đề", topics, topic),
			group("Tỉnh, thành phố", provinces, province),
			group("Tỉnh, thành phố cũ (trước 1/7/2025)", legacy, province),
		}}
	body, err := doc.Marshal()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	return newEntry(body, "text/x-opml; charset=utf-8", time.Time{}, true), nil
}
