package vntext

import "strings"

// bidiControls are the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069).
const bidiControls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// isBidiControl reports whether r is one of bidiControls.
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// DropBidi removes the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069). Vietnamese text has no use for
// them, and one left in a title, a summary, a feed's name or an article's
// body reverses or reorders what follows it wherever bantin shows it, its
// own words included: "…\u202e – 3 nguồn – Bản tin" in a page's title
// reads backwards. The marks U+200E/U+200F are harmless and kept. It
// returns s itself when there is nothing to remove.
func DropBidi(s string) string {
	if !strings.ContainsAny(s, bidiControls) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// DropBidiHTML is DropBidi for HTML (an article's sanitised body): the
// controls are removed both as characters and as the numeric character
// references a browser decodes to them, in text and in attribute values
// alike ("&#x202E;", "&#8238;", with leading zeros, either case, with or
// without the ';'). A reference to anything else, and a named reference,
// is kept as it is ("&amp;#8238;" reads as text and stays). A reference
// dropped from inside the start of another ("&#&#8238;8238;") leaves that
// start's '&' escaped, so the halves do not join into a new reference.
func DropBidiHTML(s string) string {
	s = DropBidi(s)
	if !strings.Contains(s, "&#") {
		return s
	}
	var out []byte
	last := 0
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "&#")
		if j < 0 {
			break
		}
		i += j
		r, n := numericRef(s[i:])
		if n == 0 || !isBidiControl(r) {
			i += 2
			continue
		}
		out = append(out, s[last:i]...)
		if k := openRef(out); k >= 0 {
			out = append(out[:k], append([]byte("&amp;"), out[k+1:]...)...)
		}
		i += n
		last = i
	}
	if last == 0 {
		return s
	}
	return string(append(out, s[last:]...))
}

// openRef returns the index of the '&' that starts an unfinished character
// reference at the end of b ("&", "&#", "&#x", "&#12", "&#x2f": what text
// after it could complete), or -1.
func openRef(b []byte) int {
	i := len(b) - 1
	for i >= 0 && digitVal(b[i], 16) >= 0 {
		i--
	}
	if i >= 0 && (b[i] == 'x' || b[i] == 'X') {
		i--
	}
	if i >= 0 && b[i] == '#' {
		i--
	}
	if i >= 0 && b[i] == '&' {
		return i
	}
	return -1
}

// numericRef decodes the numeric character reference at the start of s
// ("&#…" or "&#x…", the ';' optional as HTML's tokeniser allows), giving
// its code point (capped past the Unicode range) and its length, or a
// length of 0 when s starts with no reference.
func numericRef(s string) (rune, int) {
	i, base := 2, 10
	if i < len(s) && (s[i] == 'x' || s[i] == 'X') {
		i, base = 3, 16
	}
	start := i
	var v int64
	for ; i < len(s); i++ {
		d := digitVal(s[i], base)
		if d < 0 {
			break
		}
		if v = v*int64(base) + int64(d); v > 0x10ffff {
			v = 0x110000
		}
	}
	if i == start {
		return 0, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	return rune(v), i
}

// digitVal is the value of c as a digit in base 10 or 16, or -1.
func digitVal(c byte, base int) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case base == 16 && c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
