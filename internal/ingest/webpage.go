package ingest

import (
	"bytes"
	"errors"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// errNotAFeed is parseGofeed's error for a body of no known feed type.
var errNotAFeed = errors.New("not an RSS, Atom or JSON feed")

// maxNamedFeeds caps the feeds a web page's error names; maxPageScan caps
// the bytes of a page read for them (the <head> comes first).
const (
	maxNamedFeeds = 3
	maxPageScan   = 256 << 10
)

// notAFeed is the error for body, which is of no known feed type, fetched
// from pageURL. A web page (HTML) is said to be one: the usual cause is a
// site's address given instead of its feed's; the feeds the page names in
// <link rel="alternate"> (at most three, resolved against pageURL, without
// any user:password@ of it) are listed, as the URLs to give instead.
func notAFeed(body []byte, pageURL string) error {
	head := body[:min(len(body), 1024)]
	if !bytes.Contains(bytes.ToLower(head), []byte("<html")) && !bytes.Contains(bytes.ToLower(head), []byte("<!doctype html")) {
		return errNotAFeed
	}
	feeds := namedFeeds(body[:min(len(body), maxPageScan)], pageURL)
	const page = "a web page (HTML), not an RSS, Atom or JSON feed"
	switch len(feeds) {
	case 0:
		return errors.New(page + ", and it names no feed: give the site's feed URL instead")
	case 1:
		return errors.New(page + "; it names the feed " + feeds[0] + ": give that URL instead")
	}
	return errors.New(page + "; it names the feeds " + strings.Join(feeds, ", ") + ": give one of those instead")
}

// namedFeeds returns the absolute http(s) URLs of the feeds an HTML page
// names with <link rel="alternate" type="application/rss+xml"> (or Atom,
// or JSON Feed), in page order, each once, at most maxNamedFeeds.
func namedFeeds(page []byte, pageURL string) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	var feeds []string
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
		if t.DataAtom != atom.Link {
			continue
		}
		if u := feedLink(t, base); u != "" && !contains(feeds, u) {
			feeds = append(feeds, u)
		}
	}
	return feeds
}

// feedLink returns the feed URL a <link> tag names, resolved against base,
// or "" when the tag names none. The URL is printable ASCII (asciiURL): it
// reaches the operator's terminal and the status page.
func feedLink(t html.Token, base *url.URL) string {
	var rel, typ, href string
	for _, a := range t.Attr {
		switch a.Key {
		case "rel":
			rel = strings.ToLower(a.Val)
		case "type":
			typ = strings.ToLower(strings.TrimSpace(a.Val))
		case "href":
			href = strings.TrimSpace(a.Val)
		}
	}
	if !contains(strings.Fields(rel), "alternate") || href == "" || len(href) > 2048 {
		return ""
	}
	switch typ {
	case "application/rss+xml", "application/atom+xml", "application/feed+json":
	default:
		return ""
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.User = nil
	return asciiURL(u.String())
}

// asciiURL returns u with every byte that is not printable ASCII — a
// space, a control, any byte of a non-ASCII rune, such as a C1 control
// (U+009B, a terminal's CSI) or a bidirectional override (U+202E) —
// percent-encoded, as a browser sends it. url.URL.String leaves a query
// as the page wrote it.
func asciiURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c > ' ' && c < 0x7f {
			b.WriteByte(c)
			continue
		}
		b.Write([]byte{'%', hex[c>>4], hex[c&15]})
	}
	return b.String()
}
