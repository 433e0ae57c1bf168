package mailer

import (
	"strings"
	"unicode/utf8"
)

// maxWord is the longest RFC 2047 encoded word encodeHeader writes: short
// enough that the first fits on the "Subject: " line, so the header is
// never folded right after its name (an empty first line, which some
// parsers read as a leading space).
const maxWord = 60

// encodeHeader returns s as it goes into an unstructured header: as is when
// it is printable ASCII, else as UTF-8 "Q" encoded words of at most maxWord
// characters, split between runes and separated by spaces (which decoders
// drop between adjacent encoded words, RFC 2047 §6.2).
func encodeHeader(s string) string {
	if isPrintableASCII(s) {
		return s
	}
	const open, end = "=?UTF-8?q?", "?="
	var b strings.Builder
	n := 0 // length of the current word's encoded text
	b.WriteString(open)
	for _, r := range s {
		var buf [utf8.UTFMax]byte
		enc := qEncode(buf[:utf8.EncodeRune(buf[:], r)])
		if n > 0 && len(open)+n+len(enc)+len(end) > maxWord {
			b.WriteString(end + " " + open)
			n = 0
		}
		b.WriteString(enc)
		n += len(enc)
	}
	b.WriteString(end)
	return b.String()
}

// qEncode returns the bytes of one rune in RFC 2047 "Q" form: letters and
// digits as they are, space as "_", anything else as =XX.
func qEncode(p []byte) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for _, c := range p {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("!*+-/", c) >= 0:
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('_')
		default:
			b.WriteByte('=')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isPrintableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
