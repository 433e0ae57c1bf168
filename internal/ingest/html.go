package ingest

import (
	"html"
	"net/url"
	"strings"

	"bantin/internal/urlpolicy"
)

// The scanners below walk HTML fragments without building a tree: feed
// descriptions are small and only their text and first image are needed,
// and sanitised HTML (bluemonday output) is well-formed. This keeps
// normalisation cheap next to gofeed's own parse.

// HTMLText returns the plain text of an HTML fragment: tags dropped,
// entities decoded, script/style/noscript/template skipped, block
// boundaries as spaces, white space collapsed. It is bantin's one HTML→text
// conversion: ingest derives summaries with it, and the pipeline hands it
// the stored body as the classifier's input. It never fails.
func HTMLText(s string) string {
	text, _ := textAndImage(s, nil)
	return text
}

// textAndImage returns the plain text of fragment s (tags dropped, entities
// decoded, script/style/noscript/template skipped, block boundaries as
// spaces, white space collapsed) and the src of its first <img> (a lazy
// data-src/data-original wins over a missing or data: src), absolute
// against base and checked by urlpolicy ("" when it fails). Broken markup yields what could be read; it never fails.
func textAndImage(s string, base *url.URL) (text, img string) {
	if strings.IndexByte(s, '<') < 0 {
		return collapseSpace(unescape(s)), ""
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			b.WriteString(unescape(s[i:]))
			break
		}
		b.WriteString(unescape(s[i : i+lt]))
		i += lt
		t := nextTag(s, i)
		if t.end <= i { // a lone '<' is text
			b.WriteByte('<')
			i++
			continue
		}
		switch {
		case t.name == "img" && !t.closing && img == "":
			img = imageSrc(s[i:t.end], base)
		case isSkipped(t.name) && !t.closing:
			t.end = skipElement(s, t.end, t.name)
		case isBlock(t.name):
			b.WriteByte(' ')
		}
		i = t.end
	}
	return collapseSpace(b.String()), img
}

// tag is one markup token found by nextTag.
type tag struct {
	name    string // lower case; "" for comments, doctypes, processing
	closing bool
	end     int // index just after the token; <= start when s[start] is not markup
}

// nextTag reads the token starting at s[i] == '<'.
func nextTag(s string, i int) tag {
	rest := s[i+1:]
	if strings.HasPrefix(rest, "!--") {
		if j := strings.Index(rest[3:], "-->"); j >= 0 {
			return tag{end: i + 1 + 3 + j + 3}
		}
		return tag{end: len(s)}
	}
	t := tag{}
	if strings.HasPrefix(rest, "/") {
		t.closing = true
		rest = rest[1:]
	}
	if rest == "" || !(isAlpha(rest[0]) || rest[0] == '!' || rest[0] == '?') {
		return tag{end: i}
	}
	n := 0
	for n < len(rest) && (isAlnum(rest[n]) || rest[n] == '-' || rest[n] == ':') {
		n++
	}
	t.name = strings.ToLower(rest[:n])
	end := tagEnd(s, i+1)
	if end < 0 {
		return tag{end: len(s)}
	}
	t.end = end
	return t
}

// tagEnd returns the index after the '>' closing the tag that starts before
// from, skipping quoted attribute values, or -1.
func tagEnd(s string, from int) int {
	var quote byte
	for j := from; j < len(s); j++ {
		c := s[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		}
	}
	return -1
}

// skipElement returns the index after "</name>" following from, or len(s).
func skipElement(s string, from int, name string) int {
	for j := from; j < len(s); {
		k := strings.Index(s[j:], "</")
		if k < 0 {
			break
		}
		j += k
		if len(s)-j-2 >= len(name) && strings.EqualFold(s[j+2:j+2+len(name)], name) {
			if e := tagEnd(s, j+2); e > 0 {
				return e
			}
			break
		}
		j += 2
	}
	return len(s)
}

// attrs calls fn for each attribute of the tag text t ("<img src=… >") with
// the raw (still entity-encoded) value and its offsets in t; fn returns
// false to stop.
func attrs(t string, fn func(name, val string, start, end int) bool) {
	i := 1
	for i < len(t) && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' && t[i] != '\r' && t[i] != '/' && t[i] != '>' {
		i++
	}
	for i < len(t) {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r' || t[i] == '/') {
			i++
		}
		ns := i
		for i < len(t) && t[i] != '=' && t[i] != ' ' && t[i] != '>' && t[i] != '/' && t[i] != '\t' && t[i] != '\n' {
			i++
		}
		name := t[ns:i]
		if name == "" || i >= len(t) || t[i] != '=' {
			if i < len(t) && t[i] == '>' || name == "" {
				return
			}
			continue
		}
		i++
		vs, ve := i, i
		if i < len(t) && (t[i] == '"' || t[i] == '\'') {
			q := t[i]
			vs = i + 1
			ve = strings.IndexByte(t[vs:], q)
			if ve < 0 {
				return
			}
			ve += vs
			i = ve + 1
		} else {
			for i < len(t) && t[i] != ' ' && t[i] != '>' && t[i] != '\t' && t[i] != '\n' {
				i++
			}
			ve = i
		}
		if !fn(strings.ToLower(name), t[vs:ve], vs, ve) {
			return
		}
	}
}

// imageSrc returns the usable source of the <img> tag text t: its src, else
// its lazy data-src/data-original, resolved against base and checked by
// urlpolicy (a data: placeholder never passes); "" when neither passes.
func imageSrc(t string, base *url.URL) string {
	var src, lazy string
	attrs(t, func(name, val string, _, _ int) bool {
		switch name {
		case "src":
			src = val
		case "data-src", "data-original":
			lazy = val
		}
		return true
	})
	if v, ok := urlpolicy.Resolve(base, src); ok {
		return v
	}
	if v, ok := urlpolicy.Resolve(base, lazy); ok {
		return v
	}
	return ""
}

func unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isSkipped(tag string) bool {
	switch tag {
	case "script", "style", "noscript", "template", "iframe":
		return true
	}
	return false
}

func isBlock(tag string) bool {
	switch tag {
	case "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
		"table", "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "hr", "pre":
		return true
	}
	return false
}
