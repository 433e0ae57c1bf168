package web

import (
	"encoding/xml"
	"fmt"
	"time"

	"bantin/feeds"
)

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Version string        `xml:"version,attr"`
	Title   string        `xml:"head>title"`
	Owner   string        `xml:"head>ownerName"`
	Docs    string        `xml:"head>docs"`
	Body    []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Language string        `xml:"language,attr,omitempty"`
	Children []opmlOutline `xml:"outline"`
}

// buildOPML renders the OPML 2.0 list of every topic and province feed
// (RSS), grouped, once: it depends only on the catalog and BaseURL.
func (s *Server) buildOPML() (*entry, error) {
	topics, provinces, legacy := s.navigation()
	group := func(text string, items []navItem) opmlOutline {
		g := opmlOutline{Text: text}
		for _, it := range items {
			g.Children = append(g.Children, opmlOutline{Text: it.Name, Title: it.Name, Type: "rss",
				XMLURL: it.Feeds[0].URL, HTMLURL: s.absURL(it.Page), Language: "vi"})
		}
		return g
	}
	all := feedQuery{Limit: defaultLimit}
	doc := opmlDoc{Version: "2.0", Title: "Bản tin – mọi nguồn tin theo chủ đề và tỉnh thành", Owner: "bantin",
		Docs: "http://opml.org/spec2.opml",
		Body: []opmlOutline{
			{Text: "Tất cả tin", Title: "Tất cả tin", Type: "rss", XMLURL: s.absURL(all.path(feeds.RSS)),
				HTMLURL: s.absURL("/"), Language: "vi"},
			group("Chủ đề", topics),
			group("Tỉnh, thành phố", provinces),
			group("Tỉnh, thành phố cũ (trước 1/7/2025)", legacy),
		}}
	body, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("web: opml: %w", err)
	}
	body = append([]byte(xml.Header), append(body, '\n')...)
	return newEntry(body, "text/x-opml; charset=utf-8", time.Time{}, true), nil
}
