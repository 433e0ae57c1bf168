package feeds

import "strings"

// xmlHeader is encoding/xml's xml.Header, written before every document.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// xmlWriter appends XML to b exactly as an encoding/xml Encoder with
// Indent("", "  ") would: every start tag on a new line indented two spaces
// per depth, an end tag on its own line only when the element had child
// elements, and no self-closing tags. The zero value writes a document's
// root element; it is not safe for concurrent use.
type xmlWriter struct {
	b          []byte
	depth      int
	indentedIn bool // a start tag was written and nothing but text since
	putNewline bool // not the first line: indent with a leading newline
}

// indent mirrors encoding/xml's printer.writeIndent.
func (w *xmlWriter) indent(delta int) {
	if delta < 0 {
		w.depth--
		if w.indentedIn {
			w.indentedIn = false
			return
		}
	}
	w.indentedIn = false
	if w.putNewline {
		w.b = append(w.b, '\n')
	} else {
		w.putNewline = true
	}
	for range w.depth {
		w.b = append(w.b, "  "...)
	}
	if delta > 0 {
		w.depth++
		w.indentedIn = true
	}
}

// open writes "<name" on a new line; attributes may follow, then begin.
func (w *xmlWriter) open(name string) {
	w.indent(1)
	w.b = append(w.b, '<')
	w.b = append(w.b, name...)
}

// begin ends the start tag opened by open.
func (w *xmlWriter) begin() { w.b = append(w.b, '>') }

// close writes the end tag of the innermost open element.
func (w *xmlWriter) close(name string) {
	w.indent(-1)
	w.b = append(w.b, "</"...)
	w.b = append(w.b, name...)
	w.b = append(w.b, '>')
}

// attr writes ` name="value"` with value escaped.
func (w *xmlWriter) attr(name, value string) {
	w.b = append(w.b, ' ')
	w.b = append(w.b, name...)
	w.b = append(w.b, `="`...)
	w.text(value)
	w.b = append(w.b, '"')
}

// attrOmit is attr for an `,attr,omitempty` field: nothing when value is "".
func (w *xmlWriter) attrOmit(name, value string) {
	if value != "" {
		w.attr(name, value)
	}
}

// elem writes <name>text</name> for a plain string field.
func (w *xmlWriter) elem(name, text string) {
	w.open(name)
	w.begin()
	w.text(text)
	w.close(name)
}

// elemOmit is elem for an `,omitempty` string field.
func (w *xmlWriter) elemOmit(name, text string) {
	if text != "" {
		w.elem(name, text)
	}
}

// empty writes <name></name>, the form encoding/xml gives an element with
// no content.
func (w *xmlWriter) empty(name string) {
	w.begin()
	w.close(name)
}

// cdata writes s as encoding/xml writes a `,cdata` field: nothing when s is
// empty, else one CDATA section with each "]]>" split across two sections.
// s is not otherwise checked; callers pass xmlSafe text.
func (w *xmlWriter) cdata(s string) {
	if s == "" {
		return
	}
	w.b = append(w.b, "<![CDATA["...)
	for {
		before, after, ok := strings.Cut(s, "]]>")
		if !ok {
			break
		}
		w.b = append(w.b, before...)
		w.b = append(w.b, "]]]]><![CDATA[>"...)
		s = after
	}
	w.b = append(w.b, s...)
	w.b = append(w.b, "]]>"...)
}
