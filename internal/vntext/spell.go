package vntext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Marked reports whether word (or any text) carries a diacritic (a tone, a
// vowel mark or đ): whether Fold changes more than its case.
func Marked(word string) bool {
	return Fold(word) != strings.ToLower(Normalize(word))
}

// Spellings returns the ways one word typed with its diacritics is written
// in text, so that text can be searched for that word and not for the
// words it folds together with ("bão" storm, not "báo" or "bảo"): in lower
// case, capitalised and in upper case, each with the tone mark on every
// vowel of the word (both placements in use, "hòa" and "hoà", are among
// them), NFC, without repeats. A word without a tone, or with more than
// one (not a Vietnamese syllable), gives its three cases; an empty word
// gives none.
func Spellings(word string) []string {
	word = strings.ToLower(Normalize(word))
	if word == "" {
		return nil
	}
	var forms []string
	for _, f := range tonePlacements(word) {
		upper := strings.ToUpper(f)
		r, n := utf8.DecodeRuneInString(f)
		title := string(unicode.ToUpper(r)) + f[n:]
		for _, s := range []string{f, title, upper} {
			if !slices.Contains(forms, s) {
				forms = append(forms, s)
			}
		}
	}
	return forms
}

// tonePlacements returns word (lower case) with its tone mark moved onto
// each of its vowels in turn, NFC; word itself when it has no tone or
// more than one (splitTone keeps only the last).
func tonePlacements(word string) []string {
	d := norm.NFD.String(word)
	letters, tone := splitTone(d)
	out := []string{norm.NFC.String(word)}
	if tone == 0 || strings.IndexFunc(d, isTone) != strings.LastIndexFunc(d, isTone) {
		return out
	}
	for i := range letters {
		if !isVowel(letters[i].base) {
			continue
		}
		if s := norm.NFC.String(joinTone(letters, tone, i)); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
