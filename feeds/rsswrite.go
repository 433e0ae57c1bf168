package feeds

import gf "github.com/gorilla/feeds"

// appendRSS appends doc to dst as encoding/xml would marshal it, indented
// by two spaces, after xml.Header and followed by a newline. The field
// order, shadowing and omitempty rules follow the struct tags of rssDoc and
// the gorilla types it embeds; the oracle test checks the bytes match.
func appendRSS(dst []byte, doc *rssDoc) []byte {
	w := xmlWriter{b: append(dst, xmlHeader...)}
	w.open("rss")
	w.attr("version", doc.Version)
	w.attr("xmlns:content", doc.ContentNamespace)
	w.attr("xmlns:atom", doc.AtomNS)
	w.attr("xmlns:dc", doc.DCNS)
	w.attr("xmlns:media", doc.MediaNS)
	w.begin()
	if doc.Channel != nil {
		w.rssChannel(doc.Channel)
	}
	w.close("rss")
	return append(w.b, '\n')
}

// rssChannel writes gorilla's channel fields not shadowed by rssChannel
// (Items is), then the atom:links and items.
func (w *xmlWriter) rssChannel(ch *rssChannel) {
	w.open("channel")
	w.begin()
	w.elem("title", ch.Title)
	w.elem("link", ch.Link)
	w.elem("description", ch.Description)
	w.elemOmit("language", ch.Language)
	w.elemOmit("copyright", ch.Copyright)
	w.elemOmit("managingEditor", ch.ManagingEditor)
	w.elemOmit("webMaster", ch.WebMaster)
	w.elemOmit("pubDate", ch.PubDate)
	w.elemOmit("lastBuildDate", ch.LastBuildDate)
	w.elemOmit("category", ch.Category)
	w.elemOmit("generator", ch.Generator)
	w.elemOmit("docs", ch.Docs)
	w.elemOmit("cloud", ch.Cloud)
	w.elemIntOmit("ttl", ch.Ttl)
	w.elemOmit("rating", ch.Rating)
	w.elemOmit("skipHours", ch.SkipHours)
	w.elemOmit("skipDays", ch.SkipDays)
	w.rssImage(ch.Image)
	w.rssTextInput(ch.TextInput)
	for i := range ch.AtomLinks {
		w.atomLink("atom:link", &ch.AtomLinks[i].AtomLink)
	}
	for i := range ch.Items {
		w.rssItem(&ch.Items[i])
	}
	w.close("channel")
}

// rssImage writes <image>, or nothing for nil.
func (w *xmlWriter) rssImage(im *gf.RssImage) {
	if im == nil {
		return
	}
	w.open("image")
	w.begin()
	w.elem("url", im.Url)
	w.elem("title", im.Title)
	w.elem("link", im.Link)
	w.elemIntOmit("width", im.Width)
	w.elemIntOmit("height", im.Height)
	w.close("image")
}

// rssTextInput writes <textInput>, or nothing for nil.
func (w *xmlWriter) rssTextInput(t *gf.RssTextInput) {
	if t == nil {
		return
	}
	w.open("textInput")
	w.begin()
	w.elem("title", t.Title)
	w.elem("description", t.Description)
	w.elem("name", t.Name)
	w.elem("link", t.Link)
	w.close("textInput")
}

// rssItem writes gorilla's item fields not shadowed by rssItem (Link,
// Category and Source are), then rssItem's own fields.
func (w *xmlWriter) rssItem(it *rssItem) {
	w.open("item")
	w.begin()
	w.elem("title", it.Title)
	w.elem("description", it.Description)
	if it.Content != nil {
		w.open("content:encoded")
		w.begin()
		w.cdata(it.Content.Content)
		w.close("content:encoded")
	}
	w.elemOmit("author", it.Author)
	w.elemOmit("comments", it.Comments)
	if e := it.Enclosure; e != nil {
		w.open("enclosure")
		w.attr("url", e.Url)
		w.attr("length", e.Length)
		w.attr("type", e.Type)
		w.empty("enclosure")
	}
	if g := it.Guid; g != nil {
		w.open("guid")
		w.attrOmit("isPermaLink", g.IsPermaLink)
		w.begin()
		w.text(g.Id)
		w.close("guid")
	}
	w.elemOmit("pubDate", it.PubDate)
	w.rssItemExtras(it)
	w.close("item")
}

// rssItemExtras writes the fields rssItem adds to gorilla's item.
func (w *xmlWriter) rssItemExtras(it *rssItem) {
	w.elemOmit("link", it.Link)
	w.elemOmit("dc:creator", it.Creator)
	for i := range it.Categories {
		c := &it.Categories[i]
		w.open("category")
		w.attrOmit("domain", c.Domain)
		w.begin()
		w.text(c.Text)
		w.close("category")
	}
	if s := it.Source; s != nil {
		w.open("source")
		w.attr("url", s.URL)
		w.begin()
		w.text(s.Name)
		w.close("source")
	}
	w.media(it.Media)
}

// media writes media:content, shared by RSS and Atom.
func (w *xmlWriter) media(m *rssMedia) {
	if m == nil {
		return
	}
	w.open("media:content")
	w.attr("url", m.URL)
	w.attr("medium", m.Medium)
	w.empty("media:content")
}

// atomLink writes gorilla's AtomLink under the given element name.
func (w *xmlWriter) atomLink(name string, l *gf.AtomLink) {
	w.open(name)
	w.attr("href", l.Href)
	w.attrOmit("rel", l.Rel)
	w.attrOmit("type", l.Type)
	w.attrOmit("length", l.Length)
	w.empty(name)
}
