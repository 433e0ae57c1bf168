package ingest

// The lexing half of fastSanitize: tag names, attributes, entities and the
// tokenizer's escaping, each for the forms fastSanitize accepts only.

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

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
// only entities entityAt reads or literal '&'s; then optional white space
// and '>' or "/>". It returns their number, the index after the tag, whether it ends in
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
// holds an '&' that is neither an entity entityAt reads nor literal, or
// '\r' or NUL (which the tokenizer rewrites).
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
		d, next, ok := entityAt(v, i+j)
		switch {
		case ok:
			b.WriteString(d)
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

// entityAt reads the entity at s[i] == '&': a named one with its ';', or
// a decimal character reference to a character the tokenizer decodes as
// itself; it returns what it stands for and the index after the ';'. False
// for anything else (the tokenizer's other rules are left to it).
func entityAt(s string, i int) (string, int, bool) {
	semi := strings.IndexByte(s[i:min(len(s), i+34)], ';')
	if semi < 2 {
		return "", 0, false
	}
	name, end := s[i+1:i+semi], i+semi+1
	switch name { // the common ones, without a lookup
	case "amp":
		return "&", end, true
	case "lt":
		return "<", end, true
	case "gt":
		return ">", end, true
	case "quot":
		return `"`, end, true
	case "nbsp":
		return "\u00a0", end, true
	}
	if name[0] == '#' {
		return decimalAt(name[1:], end)
	}
	for _, c := range []byte(name) {
		if !isAlnum(c) {
			return "", 0, false
		}
	}
	// The tokenizer's own table. A name it knows decodes to one or two
	// characters; a name it does not know comes back as is, or (in text)
	// as a shorter entity followed by the rest of the name and ';'.
	d := html.UnescapeString(s[i:end])
	if d == s[i:end] || utf8.RuneCountInString(d) > 2 {
		return "", 0, false
	}
	return d, end, true
}

// decimalAt reads the digits of a decimal character reference ending
// before end; false for a character the tokenizer does not decode as
// itself.
func decimalAt(digits string, end int) (string, int, bool) {
	if digits == "" || len(digits) > 7 {
		return "", 0, false
	}
	x := rune(0)
	for _, c := range []byte(digits) {
		if c < '0' || c > '9' {
			return "", 0, false
		}
		x = x*10 + rune(c-'0')
	}
	if x < 0x20 || x >= 0x7F && x < 0xA0 || x >= 0xD800 && x < 0xE000 || x > utf8.MaxRune {
		return "", 0, false
	}
	return string(x), end, true
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
