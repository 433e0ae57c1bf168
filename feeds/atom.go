package feeds

import (
	"encoding/xml"
	"strconv"
	"time"

	gf "github.com/gorilla/feeds"
)

// atomFeed fixes gorilla's AtomFeed: xml:lang, <generator>, several links
// (alternate, self, hub) instead of one, and our own entries.
type atomFeed struct {
	gf.AtomFeed
	Lang      string         `xml:"xml:lang,attr"`
	MediaNS   string         `xml:"xmlns:media,attr"`
	Generator *atomGenerator `xml:"generator"`
	Links     []gf.AtomLink  `xml:"link"`
	Entries   []atomEntry    `xml:"entry"`
}

type atomGenerator struct {
	XMLName xml.Name `xml:"generator"`
	Text    string   `xml:",chardata"`
}

// atomEntry fixes gorilla's AtomEntry: repeated categories with term, label
// and scheme, CDATA content, a structured <source>, and media:content for
// images whose size is unknown. gorilla's Category, Content and Source are
// shadowed.
type atomEntry struct {
	gf.AtomEntry
	Categories []atomCategory `xml:"category"`
	Content    *atomContent   `xml:"content"`
	Source     *atomSource    `xml:"source"`
	Media      *rssMedia      `xml:"media:content"`
}

// atomContent writes gorilla's AtomContent as CDATA: the same text to a
// parser, but no escaping of the HTML body (faster, readable). The embedded
// chardata Content is left empty.
type atomContent struct {
	gf.AtomContent
	HTML string `xml:",cdata"`
}

type atomCategory struct {
	XMLName xml.Name `xml:"category"`
	Term    string   `xml:"term,attr"`
	Scheme  string   `xml:"scheme,attr,omitempty"`
	Label   string   `xml:"label,attr,omitempty"`
}

// atomSource names the original publication. id, title, updated and a self
// link are what the W3C validator expects of atom:source.
type atomSource struct {
	XMLName xml.Name      `xml:"source"`
	ID      string        `xml:"id"`
	Title   string        `xml:"title"`
	Updated string        `xml:"updated"`
	Links   []gf.AtomLink `xml:"link"`
}

// buildAtom fills the Atom 1.0 feed document for f. appendAtom serialises
// it.
func buildAtom(f *Feed) *atomFeed {
	updated := f.updated()
	if updated.IsZero() {
		updated = time.Unix(0, 0) // Atom requires <updated>; never time.Now
	}
	doc := &atomFeed{
		AtomFeed: gf.AtomFeed{
			Xmlns:    nsAtom,
			Title:    f.Title,
			Id:       f.id(),
			Updated:  rfc3339(updated),
			Icon:     f.IconURL,
			Subtitle: f.Description,
			// A feed-level author satisfies RFC 4287 even for an empty feed.
			Author: &gf.AtomAuthor{AtomPerson: gf.AtomPerson{Name: firstNonEmpty(f.Title, f.id())}},
		},
		Lang:    f.lang(),
		MediaNS: nsMedia,
		Links:   atomFeedLinks(f),
		Entries: atomEntries(f.Items, updated),
	}
	if f.Generator != "" {
		doc.Generator = &atomGenerator{Text: f.Generator}
	}
	return doc
}

func atomFeedLinks(f *Feed) []gf.AtomLink {
	links := make([]gf.AtomLink, 0, 3)
	if f.HomeURL != "" {
		links = append(links, gf.AtomLink{Href: f.HomeURL, Rel: "alternate", Type: "text/html"})
	}
	if f.SelfURL != "" {
		links = append(links, gf.AtomLink{Href: f.SelfURL, Rel: "self", Type: "application/atom+xml"})
	}
	if f.HubURL != "" {
		links = append(links, gf.AtomLink{Href: f.HubURL, Rel: "hub"})
	}
	return links
}

// atomEntries converts items; fallback is used when an item has no time.
// Pointer targets share backing arrays to keep allocations per feed low.
func atomEntries(items []Item, fallback time.Time) []atomEntry {
	out := make([]atomEntry, len(items))
	summaries := make([]gf.AtomSummary, len(items))
	contents := make([]atomContent, len(items))
	authors := make([]gf.AtomAuthor, len(items))
	links := make([]gf.AtomLink, 0, 2*len(items))
	cats := make([]atomCategory, 0, countCategories(items))
	for i := range items {
		it, e := &items[i], &out[i]
		e.Id = it.id()
		e.Title = it.Title
		e.Updated = rfc3339(orTime(it.updated(), fallback))
		e.Published = rfc3339(orTime(it.published(), fallback))
		if it.Summary != "" {
			summaries[i] = gf.AtomSummary{Content: it.Summary, Type: "text"}
			e.Summary = &summaries[i]
		}
		// RFC 4287 wants content or an alternate link on every entry.
		if it.ContentHTML != "" || it.URL == "" {
			contents[i] = atomContent{AtomContent: gf.AtomContent{Type: "html"}, HTML: xmlSafe(it.contentHTML())}
			e.Content = &contents[i]
		}
		if name := firstNonEmpty(it.author(), it.AuthorEmail); name != "" {
			authors[i].AtomPerson = gf.AtomPerson{Name: name, Email: it.AuthorEmail}
			e.Author = &authors[i]
		}
		start := len(links)
		links = atomEntryLinks(links, it, e)
		e.Links = links[start:len(links):len(links)]
		start = len(cats)
		for _, c := range it.Categories {
			cats = append(cats, atomCategory{Term: c.Term, Scheme: c.Scheme, Label: c.Label})
		}
		e.Categories = cats[start:len(cats):len(cats)]
		e.Source = atomSourceOf(it, e.Updated)
	}
	return out
}

// atomEntryLinks appends the entry's alternate link and, when the image's
// type and length are known, an enclosure link; otherwise an image becomes
// media:content.
func atomEntryLinks(links []gf.AtomLink, it *Item, e *atomEntry) []gf.AtomLink {
	if it.URL != "" {
		links = append(links, gf.AtomLink{Href: it.URL, Rel: "alternate", Type: "text/html"})
	}
	switch {
	case it.hasEnclosure():
		links = append(links, gf.AtomLink{Href: it.ImageURL, Rel: "enclosure", Type: it.ImageType,
			Length: strconv.FormatInt(it.ImageLength, 10)})
	case it.ImageURL != "":
		e.Media = &rssMedia{URL: it.ImageURL, Medium: "image"}
	}
	return links
}

// atomSourceOf returns the entry's <source>, or nil without SourceURL: the
// validator requires an id and a self link in atom:source, and the source
// name alone is already credited as the entry's author.
func atomSourceOf(it *Item, updated string) *atomSource {
	if it.SourceURL == "" {
		return nil
	}
	return &atomSource{
		ID:      it.SourceURL,
		Title:   firstNonEmpty(it.SourceName, it.SourceURL),
		Updated: updated,
		Links:   []gf.AtomLink{{Href: it.SourceURL, Rel: "self"}},
	}
}

func orTime(t, fallback time.Time) time.Time {
	if t.IsZero() {
		return fallback
	}
	return t
}
