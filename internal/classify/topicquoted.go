package classify

import (
	"strings"
	"unicode/utf8"
)

// quotedFigures are one-word cues that headlines put in quotes when they
// mean them as a figure: a 'bão' of lawsuits, price rises or dislikes, a
// 'cháy' of tickets or tables (sold out). Quoted alone, such a word adds
// nothing to its topic; unquoted, or inside a longer quotation, it still
// counts (BENCHMARKS.md, "Eleventh session: i11topic5").
var quotedFigures = []string{"bão", "cháy"}

const (
	openQuotes  = "'‘\"“"
	closeQuotes = "'’\"”"
)

// quotedAlone reports whether the span [i, j) of toks is a quotation of
// its own: the gap before it ends with an opening quote and the gap after
// it, in the same field, starts with a closing one.
func quotedAlone(toks []token, i, j int) bool {
	if j >= len(toks) || toks[j].field != toks[i].field || toks[j].first {
		return false
	}
	before, after := toks[i].gap, toks[j].gap
	if before == "" || after == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(openQuotes, last) && strings.ContainsRune(closeQuotes, first)
}
