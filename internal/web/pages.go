package web

import (
	"bytes"
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"time"

	"bantin/feeds"
	"bantin/internal/model"
)

// pageRoutes registers the HTML pages and the OPML list.
func (s *Server) pageRoutes(mux *http.ServeMux) {
	mux.Handle("GET /{$}", s.handle("home", s.homePage))
	for _, p := range feedPrefixes[1:] {
		mux.Handle("GET "+p+"/{$}", s.handle("page", s.listPage))
	}
	mux.Handle("GET /opml", s.handle("opml", func(w http.ResponseWriter, r *http.Request) error {
		s.serveEntry(w, r, s.opml, false)
		return nil
	}))
}

// parsePages parses every pages/*.html template into one set. Templates
// may call asset "NAME" for the versioned URL of a static file.
func parsePages(fsys fs.FS, static assets) (*template.Template, error) {
	t, err := template.New("pages").Funcs(template.FuncMap{"asset": static.url}).ParseFS(fsys, "*.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse page templates: %w", err)
	}
	return t, nil
}

// feedLink is one feed of a selection in one format.
type feedLink struct {
	Label, URL string
	Type       template.HTMLAttr // type="…": a constant, written unescaped
}

// navItem is a topic or province with its page and feeds.
type navItem struct {
	Slug, Name, Page string
	Why              string // on an article's tag: the rule or model features behind it
	Feeds            []feedLink
}

// articleView is an article as a page shows it.
type articleView struct {
	Title, URL, Source, Summary, ImageURL, Date, ISODate string
	Tags                                                 []navItem
}

// pageData is what every page template receives.
type pageData struct {
	Title, Heading, Description string
	Feeds                       []feedLink // autodiscovery <link rel="alternate"> and visible links
	Topics, Provinces, Legacy   []navItem
	Articles                    []articleView
	OPML                        string
	Subscribe                   string // the subscription form's path; empty when subscriptions are off
}

// feedLinks returns the absolute feed URLs of q in every format.
func (s *Server) feedLinks(q feedQuery) []feedLink {
	out := make([]feedLink, 0, len(feedFormats))
	labels := map[feeds.Format]string{feeds.RSS: "RSS", feeds.Atom: "Atom", feeds.JSON: "JSON Feed"}
	for _, f := range feedFormats {
		out = append(out, feedLink{Label: labels[f], URL: s.absURL(q.path(f)),
			Type: template.HTMLAttr(`type="` + mimeOnly(f.ContentType()) + `"`)}) // #nosec: constant
	}
	return out
}

func (s *Server) homePage(w http.ResponseWriter, r *http.Request) error {
	return s.serveCached(w, r, "html?home", func(ctx context.Context, _ int64) (*entry, error) {
		d := pageData{Title: "Bản tin – tin tức theo chủ đề và tỉnh thành", Heading: "Bản tin",
			Description: "Tin tức báo chí Việt Nam theo chủ đề và tỉnh, thành phố, dưới dạng RSS, Atom và JSON Feed.",
			Feeds:       s.feedLinks(feedQuery{Limit: defaultLimit}), OPML: s.absURL("/opml"), Subscribe: s.subscribePath()}
		d.Topics, d.Provinces, d.Legacy = s.navigation()
		return s.renderPage("home.html", d, time.Time{})
	})
}

// navigation lists every topic, current province and former province with
// its page and feeds.
func (s *Server) navigation() (topics, provinces, legacy []navItem) {
	for _, t := range s.cat.Topics() {
		q := feedQuery{Topics: []string{t.Slug}, Limit: defaultLimit}
		topics = append(topics, navItem{Slug: t.Slug, Name: t.Name, Page: q.pagePath(), Feeds: s.feedLinks(q)})
	}
	for _, p := range s.cat.Provinces() {
		q := feedQuery{Provinces: []string{p.Slug}, Limit: defaultLimit}
		it := navItem{Slug: p.Slug, Name: provinceLabel(p), Page: q.pagePath(), Feeds: s.feedLinks(q)}
		if p.Legacy() {
			legacy = append(legacy, it)
		} else {
			provinces = append(provinces, it)
		}
	}
	return topics, provinces, legacy
}

// listPage shows the latest articles of a topic, a province or both.
func (s *Server) listPage(w http.ResponseWriter, r *http.Request) error {
	q, err := s.parseFeedQuery(r)
	if err != nil {
		return err
	}
	q = feedQuery{Topics: q.Topics, Provinces: q.Provinces, Limit: s.cfg.PageArticles}
	return s.serveCached(w, r, "html?"+q.encode(), func(ctx context.Context, _ int64) (*entry, error) {
		arts, err := s.st.Articles(ctx, q.filter())
		if err != nil {
			return nil, err
		}
		fq := feedQuery{Topics: q.Topics, Provinces: q.Provinces, Limit: defaultLimit}
		name, _ := s.feedTitle(ctx, fq)
		d := pageData{Title: name + " – Bản tin", Heading: name,
			Description: "Tin mới nhất: " + name + ", từ báo chí Việt Nam.", Feeds: s.feedLinks(fq), OPML: s.absURL("/opml"),
			Subscribe: s.subscribePath()}
		var newest time.Time
		for i := range arts {
			d.Articles = append(d.Articles, s.articleView(&arts[i]))
			newest = later(newest, later(arts[i].FetchedAt, later(arts[i].UpdatedAt, arts[i].PublishedAt)))
		}
		return s.renderPage("list.html", d, newest)
	})
}

func (s *Server) articleView(a *model.Article) articleView {
	v := articleView{Title: a.Title, URL: a.URL, Source: a.SourceName, Summary: a.Summary, ImageURL: a.ImageURL,
		Date:    a.PublishedAt.In(s.cfg.TimeZone).Format("15:04, 02/01/2006"),
		ISODate: a.PublishedAt.UTC().Format(time.RFC3339)}
	for _, t := range a.Topics {
		if tp, ok := s.cat.Topic(t.Topic); ok {
			v.Tags = append(v.Tags, navItem{Slug: tp.Slug, Name: tp.Name, Page: "/topics/" + tp.Slug + "/", Why: t.Reason})
		}
	}
	for _, p := range a.Provinces {
		if pr, ok := s.cat.Province(p.Province); ok {
			v.Tags = append(v.Tags, navItem{Slug: pr.Slug, Name: pr.Name, Page: "/provinces/" + pr.Slug + "/", Why: p.Reason})
		}
	}
	return v
}

// renderPage executes a page template into a cache entry.
func (s *Server) renderPage(name string, d pageData, modTime time.Time) (*entry, error) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, d); err != nil {
		return nil, fmt.Errorf("web: page %s: %w", name, err)
	}
	return newEntry(buf.Bytes(), "text/html; charset=utf-8", modTime, false), nil
}

// subscribePath is the path of the subscription form that page headers
// link to, or "" when the subscription pages are off.
func (s *Server) subscribePath() string {
	if s.cfg.Subscriptions == nil {
		return ""
	}
	return "/subscribe"
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// mimeOnly strips parameters from a content type.
func mimeOnly(ct string) string {
	for i := range len(ct) {
		if ct[i] == ';' {
			return ct[:i]
		}
	}
	return ct
}
