package ingest

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"bantin/internal/urlpolicy"
)

// fastSanitize is resolveLinks followed by the policy's Sanitize, for the
// markup most feeds send, in one pass with neither tokenizer nor policy:
// text with a few entities, the elements of plainTag without attributes,
// <a href> and <img src alt width height>. On anything else it returns
// false and sanitize takes the general path. What it returns for what it
// accepts is byte for byte what the general path returns (before the
// final trim): TestFastSanitizeMatches holds it to that on generated,
// fixture and hostile markup, and must pass after any change to newPolicy.
func fastSanitize(raw string, base *url.URL) (string, bool) {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	for i := 0; i < len(raw); {
		j := i
		for j < len(raw) && !textSpecial[raw[j]] {
			j++
		}
		b.WriteString(raw[i:j])
		if j == len(raw) {
			break
		}
		ok := false
		switch c := raw[j]; c {
		case '<':
			i, ok = fastTag(&b, raw, j, base)
		case '&':
			var r rune
			if r, i, ok = entityAt(raw, j); ok {
				writeEscapedRune(&b, r)
			} else if literalAmp(raw, j, false) {
				b.WriteString("&amp;")
				i, ok = j+1, true
			}
		case '>', '"', '\'':
			writeEscapedRune(&b, rune(c))
			i, ok = j+1, true
		}
		if !ok {
			return "", false
		}
	}
	return b.String(), true
}

// textSpecial marks the bytes of text that are not copied as they are:
// markup, entities, what the tokenizer's output escapes, and '\r' and NUL,
// which the tokenizer rewrites (fastSanitize gives up on those two).
var textSpecial = [256]bool{'<': true, '&': true, '>': true, '"': true, '\'': true, '\r': true, 0: true}

// plainTag reports the elements the policy keeps, as they are, without
// attributes (and whose content the tokenizer reads as ordinary text).
func plainTag(name string) bool {
	switch name {
	case "p", "br", "div", "span", "b", "i", "u", "s", "em", "strong", "small", "sub", "sup", "mark", "cite",
		"code", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "hr", "pre",
		"blockquote", "table", "thead", "tbody", "tr", "td", "th", "section", "article":
		return true
	}
	return false
}

// fastAttr is one attribute of a tag fastTag read, its value decoded.
type fastAttr struct{ key, val string }

// fastTag writes the sanitised form of the tag starting at s[i] == '<' and
// returns the index after it; false when the tag is not one fastSanitize
// knows.
func fastTag(b *strings.Builder, s string, i int, base *url.URL) (int, bool) {
	if i+1 < len(s) && s[i+1] == '/' {
		name, k := tagNameAt(s, i+2)
		switch {
		case k >= len(s) || s[k] != '>':
			return 0, false
		case name == "br": // resolveLinks makes </br> a <br>
			b.WriteString("<br>")
		case name == "a" || plainTag(name):
			b.WriteString(s[i : k+1])
		default:
			return 0, false
		}
		return k + 1, true
	}
	name, k := tagNameAt(s, i+1)
	var attrs [4]fastAttr
	n, end, self, ok := tagAttrs(s, k, attrs[:])
	if !ok {
		return 0, false
	}
	switch {
	case plainTag(name) && n == 0:
		b.WriteString(s[i:k])
	case name == "a" && n == 1 && attrs[0].key == "href" && !self:
		u, ok := fastURL(attrs[0].val, base)
		if !ok {
			return 0, false
		}
		b.WriteString(`<a href="`)
		writeEscaped(b, u)
		b.WriteString(`" rel="nofollow"`)
	case name == "img":
		if !fastImg(b, attrs[:n], base) {
			return 0, false
		}
	default:
		return 0, false
	}
	if self {
		b.WriteString("/>")
	} else {
		b.WriteString(">")
	}
	return end, true
}

// fastImg writes "<img" and the attributes of an image with a src and
// otherwise only alt, and width and height that the policy keeps; false
// for any other image.
func fastImg(b *strings.Builder, attrs []fastAttr, base *url.URL) bool {
	hasSrc := false
	for i, a := range attrs {
		for _, o := range attrs[:i] {
			if o.key == a.key {
				return false
			}
		}
		switch a.key {
		case "src":
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.val)), "data:") {
				return false // a placeholder: the general path looks for a lazy source
			}
			u, ok := fastURL(a.val, base)
			if !ok {
				return false
			}
			attrs[i].val, hasSrc = u, true
		case "width", "height":
			if !isNumberOrPercent(a.val) {
				return false
			}
		case "alt":
		default:
			return false
		}
	}
	if !hasSrc {
		return false
	}
	b.WriteString("<img")
	for _, a := range attrs {
		b.WriteByte(' ')
		b.WriteString(a.key)
		b.WriteString(`="`)
		writeEscaped(b, a.val)
		b.WriteByte('"')
	}
	return true
}

// fastURL is what the general path makes of a link: resolved against base
// by urlpolicy, then kept by the policy (an absolute http(s) URL with a
// host, in url.URL's spelling); false when either would drop it.
func fastURL(val string, base *url.URL) (string, bool) {
	v, ok := urlpolicy.Resolve(base, val)
	if !ok {
		return "", false
	}
	v = strings.TrimSpace(v)
	if strings.ContainsAny(v, " \t\n") {
		return "", false
	}
	u, err := url.Parse(v)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return u.String(), true
}

// tagNameAt reads a lower-case ASCII tag name at s[i]; "" when there is
// none. It returns the index after the name.
func tagNameAt(s string, i int) (string, int) {
	k := i
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || k > i && s[k] >= '0' && s[k] <= '9') {
		k++
	}
	return s[i:k], k
}

// tagAttrs reads the attributes from s[k] to the tag's end into attrs:
// each white space then a lower-case name, '="', a value with no '"' and
// only entities entityAt reads or literal '&'s; then optional white space and '>' or "/>".
// It returns their number, the index after the tag, whether it ends in
// "/>", and false for anything else or more attributes than attrs holds.
func tagAttrs(s string, k int, attrs []fastAttr) (n, end int, self, ok bool) {
	for {
		ws := k
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
			k++
		}
		switch {
		case k >= len(s):
			return 0, 0, false, false
		case s[k] == '>':
			return n, k + 1, false, true
		case s[k] == '/' && k+1 < len(s) && s[k+1] == '>':
			return n, k + 2, true, true
		case k == ws || n == len(attrs):
			return 0, 0, false, false
		}
		ks := k
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] == '-') {
			k++
		}
		if k == ks || !strings.HasPrefix(s[k:], `="`) {
			return 0, 0, false, false
		}
		key := s[ks:k]
		k += 2
		q := strings.IndexByte(s[k:], '"')
		if q < 0 {
			return 0, 0, false, false
		}
		val, vok := decodeAttr(s[k : k+q])
		if !vok {
			return 0, 0, false, false
		}
		attrs[n] = fastAttr{key, val}
		n++
		k += q + 1
	}
}

// decodeAttr decodes the entities of an attribute value; false when it
// holds an '&' that is neither an entity entityAt reads nor literal, or '\r' or NUL (which the tokenizer
// rewrites).
func decodeAttr(v string) (string, bool) {
	if strings.IndexByte(v, '\r') >= 0 || strings.IndexByte(v, 0) >= 0 {
		return "", false
	}
	if strings.IndexByte(v, '&') < 0 {
		return v, true
	}
	var b strings.Builder
	for i := 0; i < len(v); {
		j := strings.IndexByte(v[i:], '&')
		if j < 0 {
			b.WriteString(v[i:])
			break
		}
		b.WriteString(v[i : i+j])
		r, next, ok := entityAt(v, i+j)
		switch {
		case ok:
			b.WriteRune(r)
			i = next
		case literalAmp(v, i+j, true):
			b.WriteByte('&')
			i += j + 1
		default:
			return "", false
		}
	}
	return b.String(), true
}

// entityAt reads the entity at s[i] == '&': one of a few named ones, or a
// decimal character reference to a character the tokenizer decodes as
// itself; it returns the character and the index after the ';'. False for
// anything else (the tokenizer's other rules are left to it).
func entityAt(s string, i int) (rune, int, bool) {
	semi := strings.IndexByte(s[i:min(len(s), i+10)], ';')
	if semi < 2 {
		return 0, 0, false
	}
	name, end := s[i+1:i+semi], i+semi+1
	switch name {
	case "amp":
		return '&', end, true
	case "lt":
		return '<', end, true
	case "gt":
		return '>', end, true
	case "quot":
		return '"', end, true
	case "apos":
		return '\'', end, true
	case "nbsp":
		return '\u00a0', end, true
	}
	if name[0] != '#' || len(name) > 8 {
		return 0, 0, false
	}
	x := rune(0)
	for _, c := range []byte(name[1:]) {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		x = x*10 + rune(c-'0')
	}
	if x < 0x20 || x >= 0x7F && x < 0xA0 || x >= 0xD800 && x < 0xE000 || x > utf8.MaxRune {
		return 0, 0, false
	}
	return x, end, true
}

// literalAmp reports an '&' at s[i] that the tokenizer leaves as it is,
// in text or in an attribute value s: one not followed by a letter, a digit
// or '#', or, in an attribute, followed by letters and digits then '='
// ("?w=1200&h=0"). False does not mean it decodes one.
func literalAmp(s string, i int, attribute bool) bool {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		return false
	}
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	return j == i+1 || attribute && j < len(s) && s[j] == '='
}

// writeEscaped writes s escaped as the tokenizer's output escapes it.
func writeEscaped(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "&'<>\"\r")
		if j < 0 {
			b.WriteString(s[i:])
			return
		}
		b.WriteString(s[i : i+j])
		writeEscapedRune(b, rune(s[i+j]))
		i += j + 1
	}
}

// writeEscapedRune writes r escaped as the tokenizer's output escapes it.
func writeEscapedRune(b *strings.Builder, r rune) {
	switch r {
	case '&':
		b.WriteString("&amp;")
	case '\'':
		b.WriteString("&#39;")
	case '<':
		b.WriteString("&lt;")
	case '>':
		b.WriteString("&gt;")
	case '"':
		b.WriteString("&#34;")
	case '\r':
		b.WriteString("&#13;")
	default:
		b.WriteRune(r)
	}
}

// isNumberOrPercent is the policy's pattern for image sizes: digits, then
// an optional '%'.
func isNumberOrPercent(v string) bool {
	v = strings.TrimSuffix(v, "%")
	if v == "" {
		return false
	}
	for _, c := range []byte(v) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
