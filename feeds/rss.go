package feeds

import (
	"encoding/xml"

	gf "github.com/gorilla/feeds"
)

// XML namespaces declared by the RSS and Atom documents.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsMedia   = "http://search.yahoo.com/mrss/"
)

// The RSS 2.0 output shapes. Each type's struct tags are the contract: its
// write (or appendXML) method emits exactly what encoding/xml with
// Indent("", "  ") would emit for it, which the oracle test checks. Fields
// are declared in output order.

// rssDoc is the <rss> document. It is bantin's own because gorilla's
// RssFeedXml declares only the content namespace, not atom, dc and media.
type rssDoc struct {
	XMLName   xml.Name   `xml:"rss"`
	Version   string     `xml:"version,attr"`
	ContentNS string     `xml:"xmlns:content,attr"`
	AtomNS    string     `xml:"xmlns:atom,attr"`
	DCNS      string     `xml:"xmlns:dc,attr"`
	MediaNS   string     `xml:"xmlns:media,attr"`
	Channel   rssChannel `xml:"channel"`
}

// rssChannel is bantin's own: gorilla's RssFeed has no atom:link and
// carries a dozen elements bantin never sets.
type rssChannel struct {
	Title         string        `xml:"title"`
	Link          string        `xml:"link"`
	Description   string        `xml:"description"`
	Language      string        `xml:"language"`
	LastBuildDate string        `xml:"lastBuildDate,omitempty"`
	Generator     string        `xml:"generator,omitempty"`
	Image         *gf.RssImage  `xml:"image"`
	AtomLinks     []rssAtomLink `xml:"atom:link"`
	Items         []rssItem     `xml:"item"`
}

// rssAtomLink is an atom:link (self, hub) inside RSS. gorilla's AtomLink
// cannot be used: its XMLName fixes the element name to "link".
type rssAtomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
}

// rssItem is bantin's own: gorilla's RssItem always writes <link>, has a
// single <category> and <source> without attributes, and no dc:creator or
// media:content.
type rssItem struct {
	Title       string           `xml:"title"`
	Description string           `xml:"description"`
	Content     *gf.RssContent   `xml:"content:encoded"`
	Author      string           `xml:"author,omitempty"`
	Enclosure   *gf.RssEnclosure `xml:"enclosure"`
	GUID        gf.RssGuid       `xml:"guid"`
	PubDate     string           `xml:"pubDate,omitempty"`
	Link        string           `xml:"link,omitempty"`
	Creator     string           `xml:"dc:creator,omitempty"`
	Categories  []rssCategory    `xml:"category"`
	Source      *rssSource       `xml:"source"`
	Media       *mediaContent    `xml:"media:content"`
}

// rssCategory is <category domain="scheme">label</category>.
type rssCategory struct {
	Domain string `xml:"domain,attr,omitempty"`
	Text   string `xml:",chardata"`
}

// rssSource is <source url="feed URL">publication</source>.
type rssSource struct {
	URL  string `xml:"url,attr"`
	Name string `xml:",chardata"`
}

// mediaContent is a Media RSS <media:content>, used by RSS items and Atom
// entries for an image whose type or size is unknown.
type mediaContent struct {
	URL    string `xml:"url,attr"`
	Medium string `xml:"medium,attr"`
}

// appendXML appends d to dst after xml.Header, followed by a newline.
func (d *rssDoc) appendXML(dst []byte) []byte {
	w := xmlWriter{b: append(dst, xmlHeader...)}
	w.open("rss")
	w.attr("version", d.Version)
	w.attr("xmlns:content", d.ContentNS)
	w.attr("xmlns:atom", d.AtomNS)
	w.attr("xmlns:dc", d.DCNS)
	w.attr("xmlns:media", d.MediaNS)
	w.begin()
	d.Channel.write(&w)
	w.close("rss")
	return append(w.b, '\n')
}

func (c *rssChannel) write(w *xmlWriter) {
	w.open("channel")
	w.begin()
	w.elem("title", c.Title)
	w.elem("link", c.Link)
	w.elem("description", c.Description)
	w.elem("language", c.Language)
	w.elemOmit("lastBuildDate", c.LastBuildDate)
	w.elemOmit("generator", c.Generator)
	if c.Image != nil {
		w.rssImage(c.Image)
	}
	for i := range c.AtomLinks {
		c.AtomLinks[i].write(w)
	}
	for i := range c.Items {
		c.Items[i].write(w)
	}
	w.close("channel")
}

func (l *rssAtomLink) write(w *xmlWriter) {
	w.open("atom:link")
	w.attr("href", l.Href)
	w.attr("rel", l.Rel)
	w.attrOmit("type", l.Type)
	w.empty("atom:link")
}

func (it *rssItem) write(w *xmlWriter) {
	w.open("item")
	w.begin()
	w.elem("title", it.Title)
	w.elem("description", it.Description)
	if it.Content != nil {
		w.rssContent(it.Content)
	}
	w.elemOmit("author", it.Author)
	if it.Enclosure != nil {
		w.rssEnclosure(it.Enclosure)
	}
	w.rssGUID(&it.GUID)
	w.elemOmit("pubDate", it.PubDate)
	w.elemOmit("link", it.Link)
	w.elemOmit("dc:creator", it.Creator)
	for i := range it.Categories {
		it.Categories[i].write(w)
	}
	if it.Source != nil {
		it.Source.write(w)
	}
	if it.Media != nil {
		it.Media.write(w)
	}
	w.close("item")
}

func (c *rssCategory) write(w *xmlWriter) {
	w.open("category")
	w.attrOmit("domain", c.Domain)
	w.begin()
	w.text(c.Text)
	w.close("category")
}

func (s *rssSource) write(w *xmlWriter) {
	w.open("source")
	w.attr("url", s.URL)
	w.begin()
	w.text(s.Name)
	w.close("source")
}

func (m *mediaContent) write(w *xmlWriter) {
	w.open("media:content")
	w.attr("url", m.URL)
	w.attr("medium", m.Medium)
	w.empty("media:content")
}

// Writers for the gorilla element structs RSS uses as they are.

// rssImage writes url, title and link. Width and Height are not written:
// bantin never sets them (the oracle test fails if a builder does).
func (w *xmlWriter) rssImage(im *gf.RssImage) {
	w.open("image")
	w.begin()
	w.elem("url", im.Url)
	w.elem("title", im.Title)
	w.elem("link", im.Link)
	w.close("image")
}

// rssContent writes content:encoded as CDATA; the caller makes the text
// xmlSafe.
func (w *xmlWriter) rssContent(c *gf.RssContent) {
	w.open("content:encoded")
	w.begin()
	w.cdata(c.Content)
	w.close("content:encoded")
}

func (w *xmlWriter) rssEnclosure(e *gf.RssEnclosure) {
	w.open("enclosure")
	w.attr("url", e.Url)
	w.attr("length", e.Length)
	w.attr("type", e.Type)
	w.empty("enclosure")
}

func (w *xmlWriter) rssGUID(g *gf.RssGuid) {
	w.open("guid")
	w.attrOmit("isPermaLink", g.IsPermaLink)
	w.begin()
	w.text(g.Id)
	w.close("guid")
}
