package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maybeSpace marks the bytes that may start a white space character
// (unicode.IsSpace): the ASCII ones, and 0xC2, 0xE1, 0xE2 and 0xE3, the
// first bytes of U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
// U+202F, U+205F and U+3000. None of them is a continuation byte.
var maybeSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true}

// wordByte marks the ASCII bytes that are neither white space nor ' '.
var wordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !maybeSpace[c]
	}
	return t
}()

// runeAt reads the character starting at s[i] (not ASCII) as ranging over s
// reads it: its length, 0 when s[i] starts no valid UTF-8 sequence (ranging
// reads U+FFFD, one byte), and whether it is white space.
func runeAt(s string, i int) (n int, space bool) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return 0, false
	}
	return n, unicode.IsSpace(r)
}

// isPlainRune reports a valid two- or three-byte character at s[i] that is
// not white space and whose first byte is not 0xC2, 0xE0, 0xE2, 0xE3 or
// 0xED (those go through runeAt): most of Vietnamese, read cheaply.
func isPlainRune(s string, i int) bool {
	c := s[i]
	switch {
	case c >= 0xC3 && c <= 0xDF:
		return i+1 < len(s) && isCont(s[i+1])
	case c == 0xE1 && i+1 < len(s) && s[i+1] == 0x9A, c == 0xE2, c == 0xE3, c == 0xED:
		return false
	case c >= 0xE1 && c <= 0xEF:
		return i+2 < len(s) && isCont(s[i+1]) && isCont(s[i+2])
	}
	return false
}

// plainLen is the length of the character isPlainRune found, from its
// first byte.
func plainLen(c byte) int {
	if c < 0xE0 {
		return 2
	}
	return 3
}

func isCont(c byte) bool { return c&0xC0 == 0x80 }

// collapseSpace trims s and turns every run of white space into one space.
// When s needs no change (single spaces between words, none leading, at
// most one trailing) it is returned as is, whatever its bytes; otherwise a
// byte that is not UTF-8 becomes U+FFFD, as ranging over s reads it.
func collapseSpace(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !maybeSpace[c] {
			prevSpace = false
			continue
		}
		space := c < utf8.RuneSelf
		if !space {
			_, space = runeAt(s, i)
		}
		if space && (prevSpace || c != ' ') {
			return collapseSlow(s)
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return s[:len(s)-1]
	}
	return s
}

// collapseSlow is collapseSpace rewriting s: runs of text in which every
// white space is a single ' ' between two other characters are copied as
// they are, one space between two runs.
func collapseSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space since the last run written
	run := 0       // start of the run not yet written
	flush := func(end int, extra string) {
		if extra == "" && end > run && s[end-1] == ' ' { // a run ends with no space
			end--
		}
		if run < end || extra != "" {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[run:end])
			b.WriteString(extra)
		}
	}
	for i := 0; i < len(s); {
		if i = runEnd(s, i, run); i == len(s) {
			break
		}
		n, sp := separatorAt(s, i, run)
		if n == 0 { // not UTF-8: ranging reads U+FFFD
			flush(i, "\uFFFD")
			i++
			run = i
			continue
		}
		if sp {
			flush(i, "")
			space = true
			run = i + n
		}
		i += n
	}
	flush(len(s), "")
	return b.String()
}

// runEnd returns where the run of text at s[i:] (started at run) ends:
// the first byte that may be white space other than a single ' ' inside
// the run, or len(s).
func runEnd(s string, i, run int) int {
	for i < len(s) {
		if c := s[i]; wordByte[c] || c == ' ' && i > run && s[i-1] != ' ' {
			i++
		} else if c >= 0xC3 && isPlainRune(s, i) {
			i += plainLen(c)
		} else {
			break
		}
	}
	return i
}

// separatorAt reads the character at s[i], where runEnd stopped: its
// length (0 for a byte that is not UTF-8) and whether it separates runs
// (white space, but not one ' ' inside the run started at run).
func separatorAt(s string, i, run int) (n int, sp bool) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return 1, maybeSpace[c] && !(c == ' ' && i > run && s[i-1] != ' ')
	case isPlainRune(s, i):
		return plainLen(c), false
	}
	return runeAt(s, i)
}
