package web

import (
	"fmt"
	"time"

	"bantin/feeds"
	"bantin/internal/opml"
)

// buildOPML renders the OPML 2.0 list of every topic and province feed
// (RSS), grouped, once: it depends only on the catalog and BaseURL.
func (s *Server) buildOPML() (*entry, error) {
	topics, provinces, legacy := s.navigation()
	group := func(text string, items []navItem) opml.Outline {
		g := opml.Outline{Text: text}
		for _, it := range items {
			g.Children = append(g.Children, opml.Outline{Text: it.Name, Title: it.Name, Type: "rss",
				XMLURL: it.Feeds[0].URL, HTMLURL: s.originURL(it.Page), Language: "vi"})
		}
		return g
	}
	all := feedQuery{Limit: defaultLimit}
	doc := opml.Doc{Title: "Bản tin – mọi nguồn tin theo chủ đề và tỉnh thành", Owner: "bantin",
		Docs: "http://opml.org/spec2.opml",
		Body: []opml.Outline{
			{Text: "Tất cả tin", Title: "Tất cả tin", Type: "rss", XMLURL: s.absURL(all.path(feeds.RSS)),
				HTMLURL: s.absURL("/"), Language: "vi"},
			group("Chủ đề", topics),
			group("Tỉnh, thành phố", provinces),
			group("Tỉnh, thành phố cũ (trước 1/7/2025)", legacy),
		}}
	body, err := doc.Marshal()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	return newEntry(body, "text/x-opml; charset=utf-8", time.Time{}, true), nil
}
