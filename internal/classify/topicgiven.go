package classify

import (
	"slices"
	"strings"

	"bantin/internal/vntext"
)

// A one-word country that is also a given name (givenCountries: Nga, Mỹ,
// Pháp, Đức) ends many Vietnamese personal names: "bà Hàng Thị Thu Nga",
// "á hậu Hoàng Thanh Nga", "cựu Cục trưởng Trần Việt Nga", "Phó Thủ tướng Hồ
// Đức Phớc" gave the world topic a cue, and a title naming such a person,
// a secondary or even the primary Thế giới (BENCHMARKS.md, "Eighteenth
// session: i18names"). personName reads the capitalised words written
// right before the country word (a plain space between each, no hyphen:
// "Việt - Nga" pairs two countries) back to what opens a name.

// nameSpan is how many capitalised words before the country word are read:
// a surname, a middle name and a given name ("Hàng Thị Thu Nga" reaches
// "Thị" first).
const nameSpan = 3

// nameMiddles are middle names that only persons carry (keys).
var nameMiddles = []string{"thị", "văn"}

// personName reports whether the country word at toks[i] ends a personal
// name: right after a lower-case honorific (personBefore), or after one to
// nameSpan capitalised words of which one is a middle name of nameMiddles
// or the first a surname (surnameSet) that no capitalised word continues
// from before ("Thái Bình Dương Mỹ" is the Pacific), or, opening a sentence,
// an honorific ("Anh Pháp bất lực nhìn…", "Chị Thu Nga"); a lower-case
// honorific before the capitalised words counts as personBefore reads it
// ("chị Thu Nga").
func personName(toks []token, i int, surnames map[string]bool) bool {
	if personBefore(toks, i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-nameSpan; j-- {
		if !joinable(toks, j+1) || toks[j+1].gap != " " {
			return false
		}
		if !nameToken(&toks[j]) {
			return j < i-1 && personBefore(toks, j+1)
		}
		k := keyOf(toks, j)
		switch {
		case slices.Contains(nameMiddles, k):
			return true
		case sentenceStart(toks, j) && slices.Contains(personHonorifics, k):
			return true
		case surnames[k] && (j == 0 || !joinable(toks, j) || !nameToken(&toks[j-1]) || honorificOpening(toks, j-1)):
			return true
		}
	}
	return false
}

// honorificOpening reports a capitalised honorific opening a sentence at
// toks[j] ("Ông Hồ Đức Phớc…").
func honorificOpening(toks []token, j int) bool {
	return sentenceStart(toks, j) && slices.Contains(personHonorifics, strings.ToLower(toks[j].text))
}

// surnameSet returns the keys of the province matcher's surnames.
func surnameSet() map[string]bool {
	out := make(map[string]bool, len(surnames))
	for _, s := range surnames {
		out[vntext.Key(s.Name)] = true
	}
	return out
}
