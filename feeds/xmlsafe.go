package feeds

import (
	"strings"
	"unicode/utf8"
)

// xmlSafe replaces characters that XML 1.0 forbids (and invalid UTF-8) with
// U+FFFD. encoding/xml does this for escaped text but not for CDATA.
func xmlSafe(s string) string {
	if xmlClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	// Split at the forbidden C0 controls: they are ASCII, so no segment
	// cuts a UTF-8 sequence and each decodes as it would in s.
	for s != "" {
		i := badControl(s)
		if seg := s[:i]; validChars(seg) {
			b.WriteString(seg)
		} else {
			xmlSafeRunes(&b, seg)
		}
		if i < len(s) {
			b.WriteString("\uFFFD")
			i++
		}
		s = s[i:]
	}
	return b.String()
}

// xmlSafeRunes writes s to b rune by rune, U+FFFD for each undecodable
// byte and each rune that is not an XML Char.
func xmlSafeRunes(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if xmlChar(r, n) {
			i += n
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString("\uFFFD")
		i += n
		last = i
	}
	b.WriteString(s[last:])
}

// xmlClean is xmlSafe's fast path: valid UTF-8 (which excludes surrogates)
// with no C0 controls other than tab, LF and CR, and no U+FFFE or U+FFFF.
func xmlClean(s string) bool {
	return badControl(s) == len(s) && validChars(s)
}

// validChars reports whether s is valid UTF-8 without U+FFFE or U+FFFF.
func validChars(s string) bool {
	return utf8.ValidString(s) && (strings.IndexByte(s, 0xEF) < 0 ||
		!strings.Contains(s, "\uFFFE") && !strings.Contains(s, "\uFFFF"))
}

// badControl returns the index of the first C0 control in s other than
// tab, LF and CR, or len(s). It tests eight bytes at a time for any byte
// below 0x20 and looks closer only at words that have one.
func badControl(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 {
			continue
		}
		if j := badControlSlow(s[i : i+8]); j < 8 {
			return i + j
		}
	}
	return i + badControlSlow(s[i:])
}

// badControlSlow is badControl one byte at a time.
func badControlSlow(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return i
		}
	}
	return len(s)
}

// xmlChar reports whether r (decoded from n bytes; n is 0 when unknown) is an
// XML 1.0 Char and not a decoding error.
func xmlChar(r rune, n int) bool {
	if r == utf8.RuneError && n == 1 {
		return false
	}
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
