package web

import (
	"strings"
	"unicode/utf8"
)

// shorten cuts s to at most n runes, at a space when one is near the end,
// adding "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	end := 0
	for range n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
	}
	if sp := strings.LastIndexByte(s[:end], ' '); sp > end/2 {
		end = sp
	}
	return strings.TrimRight(s[:end], " ,.;:") + "…"
}
