package feeds

import (
	"strconv"
	"time"

	gf "github.com/gorilla/feeds"
)

// newAtom converts f, already checked (it has an id), to its Atom 1.0
// document. Every time it writes is deterministic: an entry without one
// takes the feed's, and a feed without one the Unix epoch, never time.Now.
func newAtom(f *Feed) atomFeed {
	updated := f.updated()
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	return atomFeed{
		Xmlns:    nsAtom,
		Lang:     f.lang(),
		MediaNS:  nsMedia,
		Title:    f.Title,
		ID:       f.id(),
		Updated:  rfc3339(updated),
		Icon:     f.IconURL,
		Logo:     f.LogoURL,
		Subtitle: f.Description,
		// A feed-level author satisfies RFC 4287 even for an empty feed.
		Author:    gf.AtomAuthor{AtomPerson: gf.AtomPerson{Name: firstNonEmpty(f.Title, f.id())}},
		Generator: f.Generator,
		Links:     atomFeedLinks(f),
		Entries:   atomEntries(f.Items, updated),
	}
}

// atomFeedLinks returns the alternate, self and hub links that are known.
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

// atomEntryParts holds what one entry's optional elements point to, so
// that a feed's entries cost one allocation for all of them.
type atomEntryParts struct {
	summary gf.AtomSummary
	author  gf.AtomAuthor
	content atomContent
	source  atomSource
	media   mediaContent
}

// atomEntries converts items; fallback is the time of an item without one.
// Links and categories share one backing array each.
func atomEntries(items []Item, fallback time.Time) []atomEntry {
	out := make([]atomEntry, len(items))
	parts := make([]atomEntryParts, len(items))
	links := make([]gf.AtomLink, 0, 2*len(items))
	cats := make([]atomCategory, 0, countCategories(items))
	for i := range items {
		it, e, p := &items[i], &out[i], &parts[i]
		e.Title = it.Title
		e.ID = it.id()
		e.Updated, e.Published = atomTimes(it, fallback)
		start := len(links)
		links = atomEntryLinks(links, it, e, p)
		e.Links = links[start:len(links):len(links)]
		if it.Summary != "" {
			p.summary = gf.AtomSummary{Content: it.Summary, Type: "text"}
			e.Summary = &p.summary
		}
		if name := firstNonEmpty(it.author(), it.AuthorEmail); name != "" {
			p.author.AtomPerson = gf.AtomPerson{Name: name, Email: it.AuthorEmail}
			e.Author = &p.author
		}
		start = len(cats)
		for _, c := range it.Categories {
			cats = append(cats, atomCategory{Term: c.Term, Scheme: c.Scheme, Label: c.Label})
		}
		e.Categories = cats[start:len(cats):len(cats)]
		// RFC 4287 wants content or an alternate link on every entry.
		if it.ContentHTML != "" || it.URL == "" {
			p.content = atomContent{Type: "html", HTML: xmlSafe(it.contentHTML())}
			e.Content = &p.content
		}
		if it.SourceURL != "" {
			p.source = atomSourceOf(it, e.Updated)
			e.Source = &p.source
		}
	}
	return out
}

// atomTimes returns the entry's updated and published times, formatted
// once when they are the same instant.
func atomTimes(it *Item, fallback time.Time) (updated, published string) {
	u, p := orTime(it.updated(), fallback), orTime(it.published(), fallback)
	updated = rfc3339(u)
	if p.Equal(u) {
		return updated, updated
	}
	return updated, rfc3339(p)
}

// atomEntryLinks appends the entry's alternate link and, when the image's
// type and length are known, an enclosure link; otherwise an image becomes
// media:content.
func atomEntryLinks(links []gf.AtomLink, it *Item, e *atomEntry, p *atomEntryParts) []gf.AtomLink {
	if it.URL != "" {
		links = append(links, gf.AtomLink{Href: it.URL, Rel: "alternate", Type: "text/html"})
	}
	switch {
	case it.hasEnclosure():
		links = append(links, gf.AtomLink{Href: it.ImageURL, Rel: "enclosure", Type: it.ImageType,
			Length: strconv.FormatInt(it.ImageLength, 10)})
	case it.ImageURL != "":
		p.media = mediaContent{URL: it.ImageURL, Medium: "image"}
		e.Media = &p.media
	}
	return links
}

// atomSourceOf returns the entry's <source>, for an item with SourceURL:
// the validator requires an id and a self link in atom:source, and the
// source name alone is already credited as the entry's author.
func atomSourceOf(it *Item, updated string) atomSource {
	return atomSource{
		ID:      it.SourceURL,
		Title:   firstNonEmpty(it.SourceName, it.SourceURL),
		Updated: updated,
		Link:    gf.AtomLink{Href: it.SourceURL, Rel: "self"},
	}
}

// orTime returns t, or fallback when t is zero.
func orTime(t, fallback time.Time) time.Time {
	if t.IsZero() {
		return fallback
	}
	return t
}
