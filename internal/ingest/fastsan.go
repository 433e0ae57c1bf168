package ingest

import (
	"net/url"
	"strings"

	"bantin/internal/urlpolicy"
)

// fastSanitize is resolveLinks followed by the policy's Sanitize, for the
// markup most feeds send, in one pass with neither tokenizer nor policy:
// text with named and decimal entities, the elements of plainTag without
// attributes, <a href> and <img src alt width height>, any of them with
// class, style, target and on* attributes (which the policy drops from
// every element). On anything else it returns false and sanitize takes
// the general path. What it returns for what it accepts is byte for byte
// what the general path returns (before the final trim):
// TestFastSanitizeMatches and TestFastSanitizeEveryElement hold it to that
// on generated, fixture and hostile markup, and must pass after any change
// to newPolicy.
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
			var d string
			if d, i, ok = entityAt(raw, j); ok {
				writeEscaped(&b, d)
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
	var attrs [6]fastAttr
	n, end, self, ok := tagAttrs(s, k, attrs[:])
	if !ok {
		return 0, false
	}
	n = dropAttrs(attrs[:n])
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

// dropAttrs removes from attrs, keeping their order, those the policy
// drops from any element, and returns how many are left.
func dropAttrs(attrs []fastAttr) int {
	n := 0
	for _, a := range attrs {
		switch {
		case a.key == "class", a.key == "style", a.key == "target", strings.HasPrefix(a.key, "on"):
		default:
			attrs[n] = a
			n++
		}
	}
	return n
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
