package feeds

import gf "github.com/gorilla/feeds"

// appendAtom appends doc to dst as encoding/xml would marshal it, indented
// by two spaces, after xml.Header and followed by a newline. The field
// order, shadowing and omitempty rules follow the struct tags of atomFeed
// and the gorilla types it embeds; the oracle test checks the bytes match.
func appendAtom(dst []byte, doc *atomFeed) []byte {
	w := xmlWriter{b: append(dst, xmlHeader...)}
	w.open("feed")
	w.attr("xmlns", doc.Xmlns)
	w.attr("xml:lang", doc.Lang)
	w.attr("xmlns:media", doc.MediaNS)
	w.begin()
	w.elem("title", doc.Title)
	w.elem("id", doc.Id)
	w.elem("updated", doc.Updated)
	w.elemOmit("category", doc.Category)
	w.elemOmit("icon", doc.Icon)
	w.elemOmit("logo", doc.Logo)
	w.elemOmit("rights", doc.Rights)
	w.elemOmit("subtitle", doc.Subtitle)
	if doc.Author != nil {
		w.atomPerson("author", &doc.Author.AtomPerson)
	}
	if doc.Contributor != nil {
		w.atomPerson("contributor", &doc.Contributor.AtomPerson)
	}
	if g := doc.Generator; g != nil {
		w.elem("generator", g.Text)
	}
	for i := range doc.Links {
		w.atomLink("link", &doc.Links[i])
	}
	for i := range doc.Entries {
		w.atomEntry(&doc.Entries[i])
	}
	w.close("feed")
	return append(w.b, '\n')
}

// atomEntry writes gorilla's entry fields not shadowed by atomEntry
// (Category, Content and Source are), then atomEntry's own fields.
func (w *xmlWriter) atomEntry(e *atomEntry) {
	w.open("entry")
	w.attrOmit("xmlns", e.Xmlns)
	w.begin()
	w.elem("title", e.Title)
	w.elem("updated", e.Updated)
	w.elem("id", e.Id)
	w.elemOmit("rights", e.Rights)
	w.elemOmit("published", e.Published)
	if e.Contributor != nil {
		w.atomPerson("contributor", &e.Contributor.AtomPerson)
	}
	for i := range e.Links {
		w.atomLink("link", &e.Links[i])
	}
	if s := e.Summary; s != nil {
		w.open("summary")
		w.attr("type", s.Type)
		w.begin()
		w.text(s.Content)
		w.close("summary")
	}
	if e.Author != nil {
		w.atomPerson("author", &e.Author.AtomPerson)
	}
	w.atomEntryExtras(e)
	w.close("entry")
}

// atomEntryExtras writes the fields atomEntry adds to gorilla's entry.
func (w *xmlWriter) atomEntryExtras(e *atomEntry) {
	for i := range e.Categories {
		c := &e.Categories[i]
		w.open("category")
		w.attr("term", c.Term)
		w.attrOmit("scheme", c.Scheme)
		w.attrOmit("label", c.Label)
		w.empty("category")
	}
	if c := e.Content; c != nil {
		w.open("content")
		w.attr("type", c.Type)
		w.begin()
		w.text(c.Content)
		w.cdata(c.HTML)
		w.close("content")
	}
	if s := e.Source; s != nil {
		w.open("source")
		w.begin()
		w.elem("id", s.ID)
		w.elem("title", s.Title)
		w.elem("updated", s.Updated)
		for i := range s.Links {
			w.atomLink("link", &s.Links[i])
		}
		w.close("source")
	}
	w.media(e.Media)
}

// atomPerson writes an author or contributor element.
func (w *xmlWriter) atomPerson(name string, p *gf.AtomPerson) {
	w.open(name)
	w.begin()
	w.elemOmit("name", p.Name)
	w.elemOmit("uri", p.Uri)
	w.elemOmit("email", p.Email)
	w.close(name)
}
