package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// Field identifies where a token came from; title evidence weighs most.
type field uint8

const (
	fieldTitle field = iota
	fieldSummary
	fieldBody
	numFields
)

var fieldNames = [numFields]string{"title", "summary", "body"}

// token is one syllable of normalised text. text and gap point into the
// normalised field; fold points into the folded copy of the field.
type token struct {
	text  string // as written (NFC)
	fold  string // lower case, no diacritics, đ→d
	gap   string // the characters between the previous token and this one
	key   string // vntext.Key(text), computed on demand
	field field
	first bool  // first token of its field
	upper bool  // first letter upper case
	caps  bool  // the field is written in capitals: case carries no signal
	ascii bool  // the field is mostly unaccented: folded matching allowed
	lower bool  // no rune of text changes lower-cased: text is its own lower case
	id    int32 // vocab number of fold; -1 if no table has the syllable
	fs    int32 // fold offsets in the field's folded text, while tokenising
	fe    int32
}

// runeInfo is what tokenising needs to know of a rune: its folded lower-case
// form (the base letter without diacritics, 'ộ'→'o', 'Đ'→'d'; -1 for a
// combining mark) and its class.
type runeInfo struct {
	fold  rune
	class uint8
}

const (
	classWord   = 1 << iota // vntext.IsWordRune
	classUpper              // unicode.IsUpper
	classLower              // unicode.IsLower
	classPlain              // an ASCII letter or digit
	classMark               // a letter with a diacritic, or đ
	classCased              // unicode.ToLower changes the rune
	classStable             // vntext.IsPlainRune: Normalize keeps text of such runes as it is
	classBits   = iota      // the bits of a class
)

// foldTable holds runeInfo for every rune below len(foldTable), the Latin
// and Vietnamese ranges and general punctuation (U+2000–U+206F: dashes,
// quotes, the ellipsis); other runes are classified on the fly.
type foldTable [0x2070]runeInfo

// newFoldTable builds the table from vntext.Fold and vntext.IsWordRune, the
// authorities on folding and words.
func newFoldTable() *foldTable {
	var t foldTable
	for r := rune(0); r < rune(len(t)); r++ {
		t[r] = classify1(r)
	}
	return &t
}

func classify1(r rune) runeInfo {
	ri := runeInfo{fold: unicode.ToLower(r)}
	if unicode.Is(unicode.Mn, r) {
		ri.fold = -1
	} else if f := []rune(vntext.Fold(string(r))); unicode.IsLetter(r) && len(f) == 1 {
		ri.fold = f[0]
	}
	if vntext.IsWordRune(r) {
		ri.class |= classWord
	}
	if unicode.IsUpper(r) {
		ri.class |= classUpper
	}
	if unicode.IsLower(r) {
		ri.class |= classLower
	}
	if unicode.ToLower(r) != r {
		ri.class |= classCased
	}
	if vntext.IsPlainRune(r) {
		ri.class |= classStable
	}
	if r < 0x80 && ri.class&classWord != 0 {
		ri.class |= classPlain
	} else if ri.class&classWord != 0 && ri.fold != unicode.ToLower(r) || r == 'đ' || r == 'Đ' {
		ri.class |= classMark
	}
	return ri
}

func (t *foldTable) info(r rune) runeInfo {
	if r < rune(len(t)) {
		return t[r]
	}
	return classify1(r)
}

// keyOf returns the diacritic-aware matching key of toks[i], caching it.
func keyOf(toks []token, i int) string {
	if toks[i].key == "" {
		toks[i].key = vntext.Key(toks[i].text)
	}
	return toks[i].key
}

// keyEqual reports whether keyOf(toks, i) == key without computing the key
// in the common case: the token lower-cased already equals key, or it has no
// vowel cluster whose tone placement varies (oa, oe, uy), so it cannot.
func keyEqual(toks []token, i int, key string) bool {
	if toks[i].key != "" {
		return toks[i].key == key
	}
	if toks[i].lower && toks[i].text == key || !toks[i].lower && lowerEqual(toks[i].text, key) {
		return true
	}
	if !toneVaries(toks[i].fold) {
		return false
	}
	return keyOf(toks, i) == key
}

// toneVaries reports whether the folded syllable f has a vowel cluster
// whose tone placement varies: it contains "oa", "oe" or "uy".
func toneVaries(f string) bool {
	for i := 0; i+1 < len(f); i++ {
		switch f[i] {
		case 'o':
			if f[i+1] == 'a' || f[i+1] == 'e' {
				return true
			}
		case 'u':
			if f[i+1] == 'y' {
				return true
			}
		}
	}
	return false
}

// lowerEqual reports whether s lower-cased equals lower, without allocating.
func lowerEqual(s, lower string) bool {
	for _, r := range s {
		l, n := utf8.DecodeRuneInString(lower)
		if r < utf8.RuneSelf { // unicode.ToLower's ASCII case, without the call
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		if n == 0 || r != l {
			return false
		}
		lower = lower[n:]
	}
	return lower == ""
}

// joinable reports whether the gap before toks[i] lets a phrase continue
// across it: spaces, hyphens and dashes, or the period of an abbreviation
// ("TP.HCM", "Tp. Hồ Chí Minh").
func joinable(toks []token, i int) bool {
	t := &toks[i]
	return !t.first && (t.gap == " " || joinableGap(toks, i)) // " ": the common gap
}

// joinableGap is joinable for a token that is not its field's first and
// has a gap other than one space.
func joinableGap(toks []token, i int) bool {
	g := toks[i].gap
	if strings.ContainsRune(g, '.') && len(toks[i-1].text) > 3 {
		return false
	}
	for _, r := range g {
		switch r {
		case ' ', '\u00a0', '\t', '-', '–', '—', '.':
		default:
			return false
		}
	}
	return true
}

// keySet is a few names, each as its syllables' keys (vntext.Key), that a
// span of tokens is matched against without computing the tokens' keys in
// the common case (keyEqual): a check that runs on every mention.
type keySet [][]string

// newKeySet returns the set of names, given as their keys.
func newKeySet(names ...string) keySet {
	out := make(keySet, len(names))
	for i, n := range names {
		out[i] = strings.Fields(n)
	}
	return out
}

// spans reports whether toks[start:end] is one of the set's names.
func (s keySet) spans(toks []token, start, end int) bool {
	for _, name := range s {
		if len(name) != end-start {
			continue
		}
		same := true
		for k := 0; k < len(name) && same; k++ {
			same = keyEqual(toks, start+k, name[k])
		}
		if same {
			return true
		}
	}
	return false
}
