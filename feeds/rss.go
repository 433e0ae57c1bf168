package feeds

import (
	"encoding/xml"
	"strconv"

	gf "github.com/gorilla/feeds"
)

// XML namespaces used by the RSS output.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsMedia   = "http://search.yahoo.com/mrss/"
)

// rssDoc is the <rss> root: gorilla's RssFeedXml plus the namespaces it
// does not declare, with our own channel type in place of its Channel.
type rssDoc struct {
	gf.RssFeedXml
	AtomNS  string      `xml:"xmlns:atom,attr"`
	DCNS    string      `xml:"xmlns:dc,attr"`
	MediaNS string      `xml:"xmlns:media,attr"`
	Channel *rssChannel `xml:"channel"`
}

// rssChannel adds atom:link (self, hub) to gorilla's channel and replaces
// its items.
type rssChannel struct {
	gf.RssFeed
	AtomLinks []rssAtomLink `xml:"atom:link"`
	Items     []rssItem     `xml:"item"`
}

// rssAtomLink is gorilla's AtomLink renamed to atom:link for use in RSS.
type rssAtomLink struct {
	XMLName xml.Name `xml:"atom:link"`
	gf.AtomLink
}

// rssItem fixes gorilla's item: <link> omitted when empty, dc:creator when
// there is no author email, repeated <category domain>, <source url> and
// media:content. gorilla's single-string Category and Source are shadowed.
type rssItem struct {
	gf.RssItem
	Link       string        `xml:"link,omitempty"`
	Creator    string        `xml:"dc:creator,omitempty"`
	Categories []rssCategory `xml:"category"`
	Source     *rssSource    `xml:"source"`
	Media      *rssMedia     `xml:"media:content"`
}

type rssCategory struct {
	XMLName xml.Name `xml:"category"`
	Domain  string   `xml:"domain,attr,omitempty"`
	Text    string   `xml:",chardata"`
}

type rssSource struct {
	XMLName xml.Name `xml:"source"`
	URL     string   `xml:"url,attr"`
	Name    string   `xml:",chardata"`
}

type rssMedia struct {
	XMLName xml.Name `xml:"media:content"`
	URL     string   `xml:"url,attr"`
	Medium  string   `xml:"medium,attr"`
}

// buildRSS fills the RSS 2.0 document for f, with the content, atom, dc
// and media namespaces declared. appendRSS serialises it.
func buildRSS(f *Feed) *rssDoc {
	ch := &rssChannel{RssFeed: gf.RssFeed{
		Title:         f.Title,
		Link:          f.HomeURL,
		Description:   firstNonEmpty(f.Description, f.Title),
		Language:      f.lang(),
		LastBuildDate: rfc1123(f.updated()),
		Generator:     f.Generator,
	}}
	if f.IconURL != "" {
		ch.Image = &gf.RssImage{Url: f.IconURL, Title: f.Title, Link: f.HomeURL}
	}
	if f.SelfURL != "" {
		ch.AtomLinks = append(ch.AtomLinks, rssAtomLink{AtomLink: gf.AtomLink{
			Href: f.SelfURL, Rel: "self", Type: "application/rss+xml"}})
	}
	if f.HubURL != "" {
		ch.AtomLinks = append(ch.AtomLinks, rssAtomLink{AtomLink: gf.AtomLink{Href: f.HubURL, Rel: "hub"}})
	}
	ch.Items = rssItems(f.Items)
	return &rssDoc{
		RssFeedXml: gf.RssFeedXml{Version: "2.0", ContentNamespace: nsContent},
		AtomNS:     nsAtom, DCNS: nsDC, MediaNS: nsMedia,
		Channel: ch,
	}
}

// rssItems converts items, sharing one backing array per pointer type so
// that a feed costs a handful of allocations rather than several per item.
func rssItems(items []Item) []rssItem {
	out := make([]rssItem, len(items))
	guids := make([]gf.RssGuid, len(items))
	contents := make([]gf.RssContent, len(items))
	cats := make([]rssCategory, 0, countCategories(items))
	for i := range items {
		it, o := &items[i], &out[i]
		o.Title = it.Title
		o.Link = it.URL
		o.Description = htmlText(it.Summary)
		o.PubDate = rfc1123(it.published())
		guids[i] = gf.RssGuid{Id: it.id(), IsPermaLink: "false"}
		o.Guid = &guids[i]
		if it.ContentHTML != "" {
			contents[i].Content = xmlSafe(it.ContentHTML)
			o.Content = &contents[i]
		}
		rssAuthor(it, o)
		start := len(cats)
		for _, c := range it.Categories {
			cats = append(cats, rssCategory{Domain: c.Scheme, Text: c.name()})
		}
		o.Categories = cats[start:len(cats):len(cats)]
		if it.SourceURL != "" {
			o.Source = &rssSource{URL: it.SourceURL, Name: firstNonEmpty(it.SourceName, it.SourceURL)}
		}
		rssImage(it, o)
	}
	return out
}

// rssAuthor sets <author> in the "email (Name)" form RSS requires when an
// email is known, else dc:creator with the name.
func rssAuthor(it *Item, o *rssItem) {
	switch {
	case it.AuthorEmail != "" && it.AuthorName != "":
		o.Author = it.AuthorEmail + " (" + it.AuthorName + ")"
	case it.AuthorEmail != "":
		o.Author = it.AuthorEmail
	default:
		o.Creator = it.AuthorName
	}
}

// rssImage uses <enclosure> when the image's type and length are known (the
// validator rejects guessed ones), else media:content medium="image".
func rssImage(it *Item, o *rssItem) {
	switch {
	case it.hasEnclosure():
		o.Enclosure = &gf.RssEnclosure{Url: it.ImageURL, Type: it.ImageType,
			Length: strconv.FormatInt(it.ImageLength, 10)}
	case it.ImageURL != "":
		o.Media = &rssMedia{URL: it.ImageURL, Medium: "image"}
	}
}

func countCategories(items []Item) int {
	n := 0
	for i := range items {
		n += len(items[i].Categories)
	}
	return n
}
