package feeds

import "unicode/utf8"

// text appends s escaped exactly as xml.EscapeText does: the five markup
// characters and tab, LF and CR become character references, and invalid
// UTF-8 or characters outside the XML 1.0 Char range become U+FFFD.
func (w *xmlWriter) text(s string) {
	if !utf8.ValidString(s) {
		w.textSlow(s)
		return
	}
	// Valid UTF-8: multi-byte sequences need no decoding, because the only
	// non-Chars left are U+FFFE and U+FFFF (EF BF BE, EF BF BF) and a lead
	// or continuation byte is never ASCII.
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var esc string
		switch textClass[c] {
		case 0:
			continue
		case 2:
			if s[i+1] != 0xBF || s[i+2] < 0xBE {
				continue
			}
			esc = "\uFFFD"
		default:
			esc = asciiEscape(c)
		}
		w.b = append(w.b, s[last:i]...)
		w.b = append(w.b, esc...)
		if c == 0xEF {
			i += 2
		}
		last = i + 1
	}
	w.b = append(w.b, s[last:]...)
}

// textSlow is text for s that is not valid UTF-8: it decodes rune by rune
// as encoding/xml does, one U+FFFD per undecodable byte.
func (w *xmlWriter) textSlow(s string) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if esc := asciiEscape(c); esc != "" {
				w.b = append(w.b, s[last:i-1]...)
				w.b = append(w.b, esc...)
				last = i
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if !xmlChar(r, n) {
			w.b = append(w.b, s[last:i-n]...)
			w.b = append(w.b, "\uFFFD"...)
			last = i
		}
	}
	w.b = append(w.b, s[last:]...)
}

// asciiEscape returns encoding/xml's replacement for ASCII byte c, or "" if
// c is written as is.
func asciiEscape(c byte) string {
	switch c {
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '\t':
		return "&#x9;"
	case '\n':
		return "&#xA;"
	case '\r':
		return "&#xD;"
	}
	if c < 0x20 {
		return "\uFFFD"
	}
	return ""
}

// textClass classifies bytes of valid UTF-8 for text: 0 copies the byte,
// 1 is an ASCII byte encoding/xml escapes, 2 is 0xEF, the lead byte of
// U+FFFE and U+FFFF.
const textClass = "" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x00\x00\x01\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x01\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" +
	"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
