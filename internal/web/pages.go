package web

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	"bantin/feeds"
)

// pageRoutes registers the HTML pages and the OPML list.
func (s *Server) pageRoutes(mux router) {
	mux.Handle("GET /{$}", s.handle("home", s.homePage))
	for _, p := range feedPrefixes[1:] {
		mux.Handle("GET "+p+"/{$}", s.handle("page", s.listPage))
	}
	mux.Handle("GET /search", s.handle("search", s.searchPage))
	mux.Handle("GET /stories/{id}", s.handle("story", s.storyPage))
	mux.Handle("GET /feeds", s.handle("feeds", s.feedsPage))
	mux.Handle("GET /topics/{$}", s.handle("topics", s.topicsPage))
	mux.Handle("GET /provinces/{$}", s.handle("provinces", s.provincesPage))
	mux.Handle("GET /sources", s.handle("sources", s.sourcesPage))
	mux.Handle("GET /opml", s.handle("opml", func(w http.ResponseWriter, r *http.Request) error {
		s.serveEntry(w, r, s.opml, false)
		return nil
	}))
}

// parsePages parses every pages/*.html template into one set. Templates
// may call asset "NAME" for the versioned path of a static file and path
// "/feeds" for the public path of one of bantin's own, both under prefix
// (the base URL's path): a root-relative link in a template escapes it.
// absasset "NAME" is the static file's absolute URL under base (the base
// URL, path included), for what leaves the site: a link preview's image.
func parsePages(fsys fs.FS, static assets, base, prefix string) (*template.Template, error) {
	funcs := template.FuncMap{
		"asset":    func(name string) string { return prefix + static.url(name) },
		"absasset": func(name string) string { return base + static.url(name) },
		"path":     func(p string) string { return prefix + p },
	}
	t, err := template.New("pages").Funcs(funcs).ParseFS(fsys, "*.html")
	if err != nil {
		return nil, fmt.Errorf("web: parse page templates: %w", err)
	}
	return t, nil
}

// feedLink is one feed of a selection in one format.
type feedLink struct {
	Label, URL string
	Type       template.HTMLAttr // type="…": a constant, written unescaped
	Name       string            // the feed's name in its link's title when not the page's heading
}

// navItem is a topic or province with its page and feeds.
type navItem struct {
	Slug, Name, Page string
	Why              string // on an article's tag: why it is there, in Vietnamese (package tagwhy)
	Feeds            []feedLink
}

// pageData is what every page template receives.
type pageData struct {
	Title, Heading, Description string
	Feeds                       []feedLink // autodiscovery <link rel="alternate"> and visible links
	Topics, Provinces, Legacy   []navItem
	Successor                   *navItem // on a former province's page: the unit it is now part of
	Regions                     []regionView
	NavFeeds                    bool          // the topic and region lists show each entry's feeds
	Top, Latest                 []articleView // ranked stories of the week; the latest stories
	Older, First                string        // links to the latest stories' next page and, on a later page, to the first
	None                        string        // what an empty Latest says, when not "Chưa có tin nào."
	Reports                     reportsView   // the articles of one story (story page)
	Tags                        []navItem     // the tags a story's articles share (story page)
	Query                       string        // the search box's value
	Scope                       *searchScope  // the topics and provinces a search page keeps searching in
	Message                     string        // why the search box's value cannot be searched
	Unaccented                  string        // a search with typed diacritics that found nothing: the query without them
	Failing, Sources            int           // sources failing and sources in all: the notice
	Embed                       string        // the widget snippet showing this page's selection
	OPML                        string
	Subscribe                   string     // the subscription form's path; empty when subscriptions are off
	Thread                      threadView // the story's thread's other segments (story page)
	Share                       shareView  // the link preview's type and picture (Open Graph)
}

// searchScope is the selection a filtered search page searches in (its
// topic and province parameters, as a search feed's "open website" link
// carries them): the search box sends them again, and the page names them
// with a link to the same words searched everywhere.
type searchScope struct {
	Topic, Province string // the parameters' canonical values, comma-joined
	Name            string // "Thể thao · Hà Nội"
	All             string // the search of the same words without them
}

// shareView is what a page adds to its link preview (Open Graph: Zalo,
// Facebook, chat apps) beyond its heading and description: its og:type,
// "website" when empty, and a picture, the site's icon when empty.
type shareView struct {
	Type, Image string
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
	return s.path("/subscribe")
}

// subscribeLink is subscribePath with q's topics and provinces, which the
// form then shows checked: a topic or province page offers its own digest.
func (s *Server) subscribeLink(q feedQuery) string {
	p := s.subscribePath()
	if p == "" || len(q.Topics)+len(q.Provinces) == 0 {
		return p
	}
	v := url.Values{}
	if len(q.Topics) > 0 {
		v.Set("topic", strings.Join(q.Topics, ","))
	}
	if len(q.Provinces) > 0 {
		v.Set("province", strings.Join(q.Provinces, ","))
	}
	return p + "?" + v.Encode()
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
