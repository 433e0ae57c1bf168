// Package feeds renders a small, database-free Feed/Item model as RSS 2.0,
// Atom 1.0 (RFC 4287) and JSON Feed 1.1.
//
// # One layer of output shapes
//
// Each format has one set of shape structs whose struct tags define the
// document, with fields in output order and only the fields bantin sets.
// One small function per format turns a Feed into its shape (newRSS,
// newAtom, newJSON), and the shape writes itself: every XML shape has a
// write method next to its definition that emits exactly the bytes
// encoding/xml with Indent("", "  ") would (the oracle and fuzz tests
// compare the two), and the JSON shapes are written by encoding/json.
//
// # What comes from github.com/gorilla/feeds
//
// The shapes use gorilla's exported structs where they are right, and no
// gorilla function (its converters invent urn:uuid ids for entries without
// one):
//
//	RSS    RssImage (channel <image>), RssGuid, RssEnclosure, RssContent (content:encoded)
//	Atom   AtomLink (feed, entry and source links), AtomAuthor/AtomPerson, AtomSummary
//	JSON   JSONAuthor (item authors), JSONHub (hubs)
//
// The rest are bantin's own, because gorilla gets them wrong or lacks them:
//
//	rssDoc        RssFeedXml declares only the content namespace (atom, dc, media are used)
//	rssChannel    RssFeed has no atom:link (self, hub)
//	rssAtomLink   AtomLink's XMLName always names it <link>, never atom:link
//	rssItem       RssItem writes <link> even when empty, has one <category> and one <source>
//	              without domain or url, no dc:creator and no media:content
//	atomFeed      AtomFeed has one link (alternate, self and hub are needed), no xml:lang
//	              and no <generator>
//	atomEntry     AtomEntry has one category string, <source> as text, escaped content,
//	              no media:content; atomCategory (term, scheme, label), atomContent (CDATA)
//	              and atomSource (id, title, updated, self link) fill those gaps
//	mediaContent  Media RSS, in RSS items and Atom entries
//	jsonFeed      JSONFeed.Items is []*JSONItem with omitempty: it can hold neither
//	              bantin's items nor the empty "items" array JSON Feed requires
//	jsonItem      JSONItem omits an empty content_html and orders it before summary, has
//	              no extension slot for _bantin, and mis-tags banner_image as "banner_"
//
// Where each Item field goes:
//
//	field        RSS 2.0                          Atom 1.0                          JSON Feed 1.1
//	ID           <guid isPermaLink="false">       <id>                              id
//	Author*      <author>email (Name)</author>    <author><name>, <email>           authors[{name, url: mailto:}]
//	             if email, else <dc:creator>      (name falls back to SourceName)   (same fallback)
//	Image*       <enclosure> if type and length   <link rel="enclosure"> if known,  image
//	             are known, else media:content    else media:content
//	Source*      <source url="SourceURL">Name     <source> id/title/updated/self    _bantin.source {name, url}
//	Categories   <category domain=Scheme>Label    <category term label scheme>      tags (labels; term if none)
//	                                                                                + _bantin.categories
//	Story        (none)                           (none)                            _bantin.story {url, sources}
//	Summary      <description> (HTML-escaped)     <summary type="text">             summary
//	ContentHTML  <content:encoded> CDATA          <content type="html"> CDATA       content_html (else <p>Summary</p>)
//
// Output is deterministic: the same Feed always renders to the same bytes.
// Nothing reads the clock or a random source, items and categories keep the
// caller's order, and no maps are marshalled. All times are written in UTC,
// truncated to whole seconds: RFC 1123Z in RSS, RFC 3339 in Atom and JSON.
package feeds

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Format is an output format. The zero value is not a valid format.
type Format int

// The supported formats.
const (
	RSS  Format = iota + 1 // RSS 2.0
	Atom                   // Atom 1.0 (RFC 4287)
	JSON                   // JSON Feed 1.1
)

// ErrFormat is returned (wrapped) by ParseFormat and Render for an unknown format.
var ErrFormat = errors.New(`feeds: unknown format (valid: "rss", "atom", "json")`)

// ParseFormat returns the Format named by ext: "rss", "atom" or "json",
// case-insensitive, with or without a leading dot (a file extension works).
// Any other value yields an error wrapping ErrFormat that names the valid values.
func ParseFormat(ext string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(ext, ".")) {
	case "rss":
		return RSS, nil
	case "atom":
		return Atom, nil
	case "json":
		return JSON, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrFormat, ext)
}

// String returns the format's name as accepted by ParseFormat and used as the
// file extension ("rss", "atom", "json"), or "Format(n)" for an invalid value.
func (f Format) String() string {
	switch f {
	case RSS:
		return "rss"
	case Atom:
		return "atom"
	case JSON:
		return "json"
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ContentType returns the HTTP Content-Type for the format, with charset
// utf-8, or "" for an invalid format.
func (f Format) ContentType() string {
	switch f {
	case RSS:
		return "application/rss+xml; charset=utf-8"
	case Atom:
		return "application/atom+xml; charset=utf-8"
	case JSON:
		return "application/feed+json; charset=utf-8"
	}
	return ""
}

// DefaultLanguage is the language written when Feed.Language is empty.
const DefaultLanguage = "vi"

// Feed is one rendered feed. Render needs only item ids and, for Atom, one
// of ID, SelfURL or HomeURL; for feeds that validate cleanly also set Title,
// HomeURL and SelfURL (the W3C validator wants a self link in RSS and Atom).
type Feed struct {
	ID          string    // permanent id (a tag: URI, see TagURI); Atom <id>. Defaults to SelfURL, then HomeURL.
	Title       string    // feed title; also the feed-level Atom author name
	Description string    // plain text; RSS <description> (defaults to Title), Atom <subtitle>, JSON description
	HomeURL     string    // HTML page showing the same articles
	SelfURL     string    // URL of the document being rendered: set it per format (…/feed.rss, …/feed.atom)
	HubURL      string    // WebSub hub; advertised in every format when set
	Language    string    // BCP 47 tag; DefaultLanguage ("vi") when empty
	IconURL     string    // square icon, 512 px or so: RSS <image>, Atom <icon>, JSON icon
	LogoURL     string    // wide (2:1) logo: Atom <logo>
	FaviconURL  string    // small square icon, 64 px or so: JSON favicon
	Generator   string    // e.g. "bantin"; RSS and Atom <generator>
	Updated     time.Time // last change; when zero, the latest item time, else the Unix epoch (Atom needs one)
	Items       []Item    // rendered in the given order
}

// Item is one article. ID (or, failing it, URL) must be set: it is the
// permanent identity readers use to de-duplicate, so it must never change
// between renders. Text fields are plain text except ContentHTML.
type Item struct {
	ID          string // permanent id, ideally a tag: URI; RSS guid (isPermaLink="false"), Atom id, JSON id
	URL         string // the original article
	Title       string
	Summary     string // plain text
	ContentHTML string // full HTML body, already sanitised by the caller
	AuthorName  string
	AuthorEmail string
	ImageURL    string
	ImageType   string // MIME type of ImageURL, if known (e.g. "image/jpeg")
	ImageLength int64  // size of ImageURL in bytes, if known
	SourceName  string // the original publication, e.g. "Báo Thái Nguyên"
	SourceURL   string // the original publication's feed URL; RSS <source> and Atom <source> need it
	Published   time.Time
	Updated     time.Time // zero means "never updated": Published is used
	Categories  []Category
	// Story, when set, is the story the item stands for in a list of
	// stories (one item a story): JSON _bantin.story {url, sources}; RSS
	// and Atom have no place for it. Nil in a list of every report. Such
	// an item's ID should be the story's, not its report's (the report
	// shown changes as the story grows; the id must not), with URL the
	// report's link and Updated the story's latest change.
	Story *Story
}

// Story is a story (reports of several outlets on one event) that an item
// stands for: its page and how many outlets covered it.
type Story struct {
	URL     string // the story's page, every outlet's report
	Sources int    // outlets that covered it, at least 1
}

// Category is a topic or place. Term is the stable slug, Label the
// human-readable name, Scheme an optional URI naming the vocabulary.
type Category struct {
	Term, Label, Scheme string
}

// name returns the label, or the term when there is no label.
func (c Category) name() string {
	if c.Label != "" {
		return c.Label
	}
	return c.Term
}

// TagURI returns an RFC 4151 tag URI "tag:authority,year:specific".
// authority is a domain name or email address the caller controls (it is
// lower-cased); specific is percent-encoded where RFC 4151 does not allow a
// character, so any string (e.g. "article/42") may be passed. A "%" that
// starts a percent-escape is kept as it is (an encoded query stays
// readable); any other "%" becomes "%25".
func TagURI(authority string, year int, specific string) string {
	b := make([]byte, 0, len(authority)+len(specific)+16)
	b = append(b, "tag:"...)
	b = append(b, strings.ToLower(authority)...)
	b = append(b, ',')
	if year >= 0 && year < 1000 {
		b = append(b, "000"[:4-len(strconv.Itoa(year))]...)
	}
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, ':')
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(specific); i++ {
		c := specific[i]
		if tagSafe(c) || c == '%' && i+2 < len(specific) && isHex(specific[i+1]) && isHex(specific[i+2]) {
			b = append(b, c) // an escape already made (a query string) stays one
		} else {
			b = append(b, '%', hex[c>>4], hex[c&15])
		}
	}
	return string(b)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// tagSafe reports whether c may appear unescaped in a tag URI's specific part
// (RFC 3986 pchar, "/" and "?", minus "%" which is always escaped).
func tagSafe(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=:@/?", c) >= 0
}
