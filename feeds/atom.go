package feeds

import (
	"encoding/xml"

	gf "github.com/gorilla/feeds"
)

// The Atom 1.0 output shapes, under the same contract as the RSS ones:
// struct tags define the bytes, the write methods emit exactly those, and
// fields are declared in output order.

// atomFeed is bantin's own: gorilla's AtomFeed has a single link (bantin
// needs alternate, self and hub), no xml:lang, no <generator>, and several
// elements bantin never sets.
type atomFeed struct {
	XMLName   xml.Name      `xml:"feed"`
	Xmlns     string        `xml:"xmlns,attr"`
	Lang      string        `xml:"xml:lang,attr"`
	MediaNS   string        `xml:"xmlns:media,attr"`
	Title     string        `xml:"title"`
	ID        string        `xml:"id"`
	Updated   string        `xml:"updated"`
	Icon      string        `xml:"icon,omitempty"`
	Logo      string        `xml:"logo,omitempty"`
	Subtitle  string        `xml:"subtitle,omitempty"`
	Author    gf.AtomAuthor `xml:"author"`
	Generator string        `xml:"generator,omitempty"`
	Links     []gf.AtomLink `xml:"link"`
	Entries   []atomEntry   `xml:"entry"`
}

// atomEntry is bantin's own: gorilla's AtomEntry has a single category
// string, a plain-text <source>, content that cannot be CDATA, and no
// media:content.
type atomEntry struct {
	Title      string          `xml:"title"`
	Updated    string          `xml:"updated"`
	ID         string          `xml:"id"`
	Published  string          `xml:"published"`
	Links      []gf.AtomLink   `xml:"link"`
	Summary    *gf.AtomSummary `xml:"summary"`
	Author     *gf.AtomAuthor  `xml:"author"`
	Categories []atomCategory  `xml:"category"`
	Content    *atomContent    `xml:"content"`
	Source     *atomSource     `xml:"source"`
	Media      *mediaContent   `xml:"media:content"`
}

// atomCategory is <category term scheme label>; gorilla has only a string.
type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

// atomContent is <content type="html"> with the HTML as CDATA: the same
// text to a parser as gorilla's escaped AtomContent, but no escaping work
// and readable. The caller makes the HTML xmlSafe.
type atomContent struct {
	Type string `xml:"type,attr"`
	HTML string `xml:",cdata"`
}

// atomSource names the original publication with what the W3C validator
// expects of atom:source: id, title, updated and a self link.
type atomSource struct {
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Link    gf.AtomLink `xml:"link"`
}

// appendXML appends f to dst after xml.Header, followed by a newline.
func (f *atomFeed) appendXML(dst []byte) []byte {
	w := xmlWriter{b: append(dst, xmlHeader...)}
	w.open("feed")
	w.attr("xmlns", f.Xmlns)
	w.attr("xml:lang", f.Lang)
	w.attr("xmlns:media", f.MediaNS)
	w.begin()
	w.elem("title", f.Title)
	w.elem("id", f.ID)
	w.elem("updated", f.Updated)
	w.elemOmit("icon", f.Icon)
	w.elemOmit("logo", f.Logo)
	w.elemOmit("subtitle", f.Subtitle)
	w.atomAuthor(&f.Author)
	w.elemOmit("generator", f.Generator)
	for i := range f.Links {
		w.atomLink(&f.Links[i])
	}
	for i := range f.Entries {
		f.Entries[i].write(&w)
	}
	w.close("feed")
	return append(w.b, '\n')
}

func (e *atomEntry) write(w *xmlWriter) {
	w.open("entry")
	w.begin()
	w.elem("title", e.Title)
	w.elem("updated", e.Updated)
	w.elem("id", e.ID)
	w.elem("published", e.Published)
	for i := range e.Links {
		w.atomLink(&e.Links[i])
	}
	if e.Summary != nil {
		w.atomSummary(e.Summary)
	}
	if e.Author != nil {
		w.atomAuthor(e.Author)
	}
	for i := range e.Categories {
		e.Categories[i].write(w)
	}
	if e.Content != nil {
		e.Content.write(w)
	}
	if e.Source != nil {
		e.Source.write(w)
	}
	if e.Media != nil {
		e.Media.write(w)
	}
	w.close("entry")
}

func (c *atomCategory) write(w *xmlWriter) {
	w.open("category")
	w.attr("term", c.Term)
	w.attrOmit("scheme", c.Scheme)
	w.attrOmit("label", c.Label)
	w.empty("category")
}

func (c *atomContent) write(w *xmlWriter) {
	w.open("content")
	w.attr("type", c.Type)
	w.begin()
	w.cdata(c.HTML)
	w.close("content")
}

func (s *atomSource) write(w *xmlWriter) {
	w.open("source")
	w.begin()
	w.elem("id", s.ID)
	w.elem("title", s.Title)
	w.elem("updated", s.Updated)
	w.atomLink(&s.Link)
	w.close("source")
}

// Writers for the gorilla element structs Atom uses as they are.

func (w *xmlWriter) atomLink(l *gf.AtomLink) {
	w.open("link")
	w.attr("href", l.Href)
	w.attrOmit("rel", l.Rel)
	w.attrOmit("type", l.Type)
	w.attrOmit("length", l.Length)
	w.empty("link")
}

// atomAuthor writes name and email. Uri is not written: bantin never sets
// it (the oracle test fails if a builder does).
func (w *xmlWriter) atomAuthor(a *gf.AtomAuthor) {
	w.open("author")
	w.begin()
	w.elemOmit("name", a.Name)
	w.elemOmit("email", a.Email)
	w.close("author")
}

func (w *xmlWriter) atomSummary(s *gf.AtomSummary) {
	w.open("summary")
	w.attr("type", s.Type)
	w.begin()
	w.text(s.Content)
	w.close("summary")
}
