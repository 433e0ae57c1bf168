package feeds

import (
	"strconv"

	gf "github.com/gorilla/feeds"
)

// newRSS converts f, already checked, to its RSS 2.0 document.
func newRSS(f *Feed) rssDoc {
	ch := rssChannel{
		Title:         f.Title,
		Link:          f.HomeURL,
		Description:   firstNonEmpty(f.Description, f.Title),
		Language:      f.lang(),
		LastBuildDate: rfc1123(f.updated()),
		Generator:     f.Generator,
		Items:         rssItems(f.Items),
	}
	if f.IconURL != "" {
		ch.Image = &gf.RssImage{Url: f.IconURL, Title: f.Title, Link: f.HomeURL}
	}
	if f.SelfURL != "" {
		ch.AtomLinks = append(ch.AtomLinks, rssAtomLink{Href: f.SelfURL, Rel: "self", Type: "application/rss+xml"})
	}
	if f.HubURL != "" {
		ch.AtomLinks = append(ch.AtomLinks, rssAtomLink{Href: f.HubURL, Rel: "hub"})
	}
	return rssDoc{
		Version:   "2.0",
		ContentNS: nsContent, AtomNS: nsAtom, DCNS: nsDC, MediaNS: nsMedia,
		Channel: ch,
	}
}

// rssItemParts holds what one item's optional elements point to, so that
// a feed's items cost one allocation for all of them.
type rssItemParts struct {
	content   gf.RssContent
	enclosure gf.RssEnclosure
	source    rssSource
	media     mediaContent
}

// rssItems converts items; categories share one backing array.
func rssItems(items []Item) []rssItem {
	out := make([]rssItem, len(items))
	parts := make([]rssItemParts, len(items))
	cats := make([]rssCategory, 0, countCategories(items))
	for i := range items {
		it, o, p := &items[i], &out[i], &parts[i]
		o.Title = it.Title
		o.Description = htmlText(it.Summary)
		if it.ContentHTML != "" {
			p.content.Content = xmlSafe(it.ContentHTML)
			o.Content = &p.content
		}
		o.Author, o.Creator = rssAuthor(it)
		o.GUID = gf.RssGuid{Id: it.id(), IsPermaLink: "false"}
		o.PubDate = rfc1123(it.published())
		o.Link = it.URL
		start := len(cats)
		for _, c := range it.Categories {
			cats = append(cats, rssCategory{Domain: c.Scheme, Text: c.name()})
		}
		o.Categories = cats[start:len(cats):len(cats)]
		if it.SourceURL != "" {
			p.source = rssSource{URL: it.SourceURL, Name: firstNonEmpty(it.SourceName, it.SourceURL)}
			o.Source = &p.source
		}
		rssImage(it, o, p)
	}
	return out
}

// rssAuthor returns <author> in the "email (Name)" form RSS requires when
// an email is known, else dc:creator with the name Atom and JSON credit
// (the author, else the source); one of them is "".
func rssAuthor(it *Item) (author, creator string) {
	switch {
	case it.AuthorEmail != "" && it.AuthorName != "":
		return it.AuthorEmail + " (" + it.AuthorName + ")", ""
	case it.AuthorEmail != "":
		return it.AuthorEmail, ""
	}
	return "", it.author()
}

// rssImage uses <enclosure> when the image's type and length are known (the
// validator rejects guessed ones), else media:content medium="image".
func rssImage(it *Item, o *rssItem, p *rssItemParts) {
	switch {
	case it.hasEnclosure():
		p.enclosure = gf.RssEnclosure{Url: it.ImageURL, Type: it.ImageType,
			Length: strconv.FormatInt(it.ImageLength, 10)}
		o.Enclosure = &p.enclosure
	case it.ImageURL != "":
		p.media = mediaContent{URL: it.ImageURL, Medium: "image"}
		o.Media = &p.media
	}
}

// countCategories returns the number of categories over all items.
func countCategories(items []Item) int {
	n := 0
	for i := range items {
		n += len(items[i].Categories)
	}
	return n
}
