package urlpolicy

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxRounds bounds "decode until stable" against adversarial nesting.
const maxRounds = 4

// decodeRefs decodes HTML character references until the text stops
// changing (at most maxRounds times), so that "&amp;#106;avascript:" is
// judged as "javascript:". Numeric references are decoded with or without
// the closing ';' as browsers do; named ones only with it, so that a query
// such as "?a=1&region=vn" keeps its "&reg".
func decodeRefs(s string) string {
	for range maxRounds {
		if strings.IndexByte(s, '&') < 0 {
			return s
		}
		d := decodeOnce(s)
		if d == s {
			return s
		}
		s = d
	}
	return s
}

func decodeOnce(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		val, n := reference(s[i:])
		if n == 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(val)
		last = i + n
		i += n - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// reference decodes the reference at the start of s ("&…") and returns its
// text and length, or n == 0 when s does not start with one.
func reference(s string) (val string, n int) {
	if len(s) > 2 && s[1] == '#' {
		return numeric(s)
	}
	j := 1
	for j < len(s) && j <= 32 && isAlnum(rune(s[j])) {
		j++
	}
	if j == 1 || j >= len(s) || s[j] != ';' {
		return "", 0
	}
	name := s[:j+1]
	if d := html.UnescapeString(name); d != name {
		return d, j + 1
	}
	return "", 0
}

// numeric decodes "&#123", "&#x7b" (optionally followed by ';'); invalid
// code points become U+FFFD as in browsers.
func numeric(s string) (string, int) {
	i, base := 2, 10
	if s[i] == 'x' || s[i] == 'X' {
		i, base = 3, 16
	}
	start := i
	for i < len(s) && i-start < 16 && (base == 10 && s[i] >= '0' && s[i] <= '9' || base == 16 && isHex(s[i])) {
		i++
	}
	if i == start {
		return "", 0
	}
	v, err := strconv.ParseUint(s[start:i], base, 32)
	if i < len(s) && s[i] == ';' {
		i++
	}
	r := rune(v)
	if err != nil || !utf8.ValidRune(r) || r == 0 {
		r = utf8.RuneError
	}
	return string(r), i
}
