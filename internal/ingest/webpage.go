package ingest

import (
	"bytes"
	"errors"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"bantin/internal/urlpolicy"
)

// errNotAFeed is parseGofeed's error for a body of no known feed type.
var errNotAFeed = errors.New("not an RSS, Atom or JSON feed")

// maxNamedFeeds caps the feeds a web page's error names; maxPageScan caps
// the bytes of a page read for them (the <head> comes first); maxFeedURL
// caps the length of a feed URL named, as written and once resolved (a
// long <base href> or redirect target makes a short link long): the error
// is stored as the source's last error and shown on the public sources
// page, and no feed address a person would give is longer.
const (
	maxNamedFeeds = 3
	maxPageScan   = 256 << 10
	maxFeedURL    = 2048
)

// WebPageError is the parse error (inside a *ParseError) for a body that
// is a web page (HTML) instead of a feed: the usual cause is a site's
// address given instead of its feed's. Feeds lists the feeds the page
// names in <link rel="alternate"> (at most maxNamedFeeds, absolute and
// canonical by urlpolicy), the URLs to give instead; none when it names
// none. Callers tell this kind by errors.As, never by the text; a source
// records it as model.KindWebPage with its Feeds (Kind, ErrorFeeds).
type WebPageError struct{ Feeds []string }

// webPageText starts a WebPageError's text.
const webPageText = "a web page (HTML), not an RSS, Atom or JSON feed"

func (e *WebPageError) Error() string {
	switch len(e.Feeds) {
	case 0:
		return webPageText + ", and it names no feed: give the site's feed URL instead"
	case 1:
		return webPageText + "; it names the feed " + e.Feeds[0] + ": give that URL instead"
	}
	return webPageText + "; it names the feeds " + strings.Join(e.Feeds, ", ") + ": give one of those instead"
}

// notAFeed is the error for body, which is of no known feed type, served
// from pageURL (the URL the fetch ended at, after any redirects): a
// *WebPageError for a web page (HTML), whose named feeds resolve against
// the page's <base href>, else pageURL (without any user:password@ of
// it); errNotAFeed for anything else.
func notAFeed(body []byte, pageURL string) error {
	head := body[:min(len(body), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("<html")) && !bytes.Contains(bytes.ToLower(head), []byte("<!doctype html")) {
		return errNotAFeed
	}
	return &WebPageError{Feeds: namedFeeds(body[:min(len(body), maxPageScan)], pageURL)}
}

// namedFeeds returns the absolute http(s) URLs of the feeds an HTML page
// names with <link rel="alternate" type="application/rss+xml"> (or Atom,
// or JSON Feed), in page order, each once, at most maxNamedFeeds. Relative
// links resolve against the page's first <base> with an href, else
// pageURL.
func namedFeeds(page []byte, pageURL string) []string {
	base, _ := urlpolicy.Parse(pageURL) // nil: only absolute links pass
	var feeds []string
	baseRead := false
	z := html.NewTokenizer(bytes.NewReader(page))
	for len(feeds) < maxNamedFeeds {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		t := z.Token()
		switch {
		case t.DataAtom == atom.Base && !baseRead:
			base, baseRead = baseOf(t, base)
		case t.DataAtom == atom.Link:
			if u := feedLink(t, base); u != "" && !contains(feeds, u) {
				feeds = append(feeds, u)
			}
		}
	}
	return feeds
}

// baseOf returns the URL a <base> tag sets, resolved against page (the
// page's URL, or nil), or page when it sets none that urlpolicy passes;
// set reports whether the tag has an href (only the first such tag
// counts).
func baseOf(t html.Token, page *url.URL) (base *url.URL, set bool) {
	for _, a := range t.Attr {
		if a.Key != "href" {
			continue
		}
		if u, ok := urlpolicy.Resolve(page, strings.TrimSpace(a.Val)); ok {
			if b, ok := urlpolicy.Parse(u); ok {
				return b, true
			}
		}
		return page, true
	}
	return page, false
}

// feedLink returns the feed URL a <link> tag names, resolved against base
// and canonical by urlpolicy (an absolute http(s) URL without user info,
// controls or bidirectional marks, its host in ASCII, its query escaped:
// it reaches the operator's terminal and the status page), or "" when the
// tag names none or one longer than maxFeedURL.
func feedLink(t html.Token, base *url.URL) string {
	var rel, typ, href string
	for _, a := range t.Attr {
		switch a.Key {
		case "rel":
			rel = strings.ToLower(a.Val)
		case "type": // its media type, parameters aside ("application/rss+xml; charset=UTF-8")
			typ, _, _ = strings.Cut(a.Val, ";")
			typ = strings.ToLower(strings.TrimSpace(typ))
		case "href":
			href = strings.TrimSpace(a.Val)
		}
	}
	if !contains(strings.Fields(rel), "alternate") || href == "" || len(href) > maxFeedURL {
		return ""
	}
	switch typ {
	case "application/rss+xml", "application/atom+xml", "application/feed+json":
	default:
		return ""
	}
	if u, _ := urlpolicy.Resolve(base, href); len(u) <= maxFeedURL {
		return u
	}
	return ""
}
