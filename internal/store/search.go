package store

import (
	"slices"
	"strings"

	"bantin/internal/vntext"
)

// searchAliases are the ways a place is written that a search should treat
// as one: a query naming any of them finds the articles that name any of
// them. Each form is written as users type it; it is folded and tokenised
// like the query and the indexed text ("TP.HCM" → tp hcm, "Hà Nội" → ha noi).
var searchAliases = [][]string{
	{"Hà Nội", "Hanoi"},
	{"Đà Nẵng", "Danang"},
	{"Hồ Chí Minh", "TP.HCM", "TPHCM", "HCMC", "HCM", "Sài Gòn", "Saigon"},
	{"Đắk Lắk", "Daklak", "Đắc Lắc"},
	{"Đắk Nông", "Đăk Nông", "Đắc Nông"},
	{"Kon Tum", "Kontum"},
	{"Huế", "Thừa Thiên Huế", "TT-Huế"},
	{"Bà Rịa - Vũng Tàu", "BR-VT", "BRVT"},
	{"Sa Pa", "Sapa"},
	{"Phan Rang - Tháp Chàm", "Phan Rang"},
	{"Buôn Ma Thuột", "Buôn Mê Thuột", "BMT"},
}

// aliasTable maps the first folded token of every alias form to the forms
// starting with it and their group. words are the form's tokens as written
// (NFC), tokens the same folded.
type aliasForm struct {
	words, tokens []string
	group         int
}

var aliasTable = func() map[string][]aliasForm {
	m := map[string][]aliasForm{}
	for g, forms := range searchAliases {
		for _, f := range forms {
			toks := vntext.Tokens(vntext.Fold(f))
			m[toks[0]] = append(m[toks[0]], aliasForm{vntext.Tokens(vntext.Normalize(f)), toks, g})
		}
	}
	return m
}()

// searchGroup is one required part of a query: any of its phrases (each a
// run of folded tokens) may match.
type searchGroup [][]string

// searchGroups folds a user query into the parts an article must match, in
// order: each token on its own, except that a run of tokens naming a place
// in searchAliases (the longest such run) becomes one part that any form of
// that place satisfies. "Thái Nguyên", "THAI NGUYEN" and NFD input give the
// same parts on both engines; "Hanoi" gives (ha noi | hanoi).
func searchGroups(q string) []searchGroup {
	toks, typed := queryTokens(q)
	var out []searchGroup
	for i := 0; i < len(toks); {
		best := aliasAt(toks, typed, i)
		if best.group < 0 {
			out = append(out, searchGroup{{toks[i]}})
			i++
			continue
		}
		var g searchGroup
		for _, f := range searchAliases[best.group] {
			g = append(g, vntext.Tokens(vntext.Fold(f)))
		}
		out = append(out, g)
		i += len(best.tokens)
	}
	return out
}

// queryTokens returns q's folded tokens and, when they pair up one to one,
// its tokens as typed (NFC), else nil.
func queryTokens(q string) (toks, typed []string) {
	toks, typed = vntext.Tokens(vntext.Fold(q)), vntext.Tokens(vntext.Normalize(q))
	if len(typed) != len(toks) {
		typed = nil
	}
	return toks, typed
}

// aliasAt returns the longest alias form starting at toks[i] whose words
// the query's typed words (nil: not known) spell alike, or one with group
// -1 when none does: a word typed with diacritics must be the form's word
// in some case and tone placement ("huế", "HUẾ"), so that "Huệ" (a name, a
// flower) is not read as Huế, while "Hue" still is.
func aliasAt(toks, typed []string, i int) aliasForm {
	best := aliasForm{group: -1}
	for _, f := range aliasTable[toks[i]] {
		if len(f.tokens) > len(best.tokens) && i+len(f.tokens) <= len(toks) && equalTokens(toks[i:i+len(f.tokens)], f.tokens) &&
			(typed == nil || spelledAlike(typed[i:i+len(f.tokens)], f.words)) {
			best = f
		}
	}
	return best
}

// spelledAlike reports whether each of typed is written without a
// diacritic or is one of the spellings (vntext.Spellings) of the word of
// words at its place.
func spelledAlike(typed, words []string) bool {
	for j, w := range typed {
		if vntext.Marked(w) && !slices.Contains(vntext.Spellings(words[j]), w) {
			return false
		}
	}
	return true
}

// typedWords returns, for each word of q typed with a diacritic, the
// spellings (vntext.Spellings) of which an article's title or summary must
// hold one: a search for "bão" (storm) finds "Siêu bão", "BÃO SỐ 3" and not
// "thông báo" or "bảo đảm", while "bao" still finds all of them. Words of a
// place in searchAliases are left to the alias group ("Hà Nội" finds
// "Hanoi"), and so is every word when q's words and its folded words do
// not pair up.
func typedWords(q string) [][]string {
	toks, typed := queryTokens(q)
	if typed == nil {
		return nil
	}
	var out [][]string
	for i := 0; i < len(toks); {
		if a := aliasAt(toks, typed, i); a.group >= 0 {
			i += len(a.tokens)
			continue
		}
		if vntext.Marked(typed[i]) {
			out = append(out, vntext.Spellings(typed[i]))
		}
		i++
	}
	return out
}

// nonWord is a bracket expression, the same in a SQLite GLOB and a
// PostgreSQL regular expression, matching one character that cannot be part
// of a Latin-script word as vntext.Tokens reads one: not a digit, an ASCII
// or Latin-1/Extended letter, a combining mark or a precomposed Vietnamese
// letter. Ranges are code points on both engines (UTF-8 text).
const nonWord = "[^0-9A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]"

// spellingCond is the condition, for engine, that column x.title or
// x.summary holds one of spellings as a whole word (a character of nonWord
// or the text's edge on each side: "ăn" is not found in "khăn" or
// "hăng"), with its arguments. A LIKE for the substring comes first: the
// word test (a GLOB or a regular expression on the text padded with a
// space each side, so that its edges are nonWord too) costs about ten
// times more and is read only where the substring is. The spellings are
// word runes, never a LIKE, GLOB or regular expression operator.
func spellingCond(engine Engine, spellings []string) (string, []any) {
	op, word := "~", func(sp string) string { return nonWord + sp + nonWord }
	if engine == SQLite {
		op, word = "GLOB", func(sp string) string { return "*" + nonWord + sp + nonWord + "*" }
	}
	conds := make([]string, 0, 2*len(spellings))
	args := make([]any, 0, 4*len(spellings))
	for _, col := range []string{"x.title", "x.summary"} {
		for _, sp := range spellings {
			conds = append(conds, "("+col+" LIKE ? AND (' ' || "+col+" || ' ') "+op+" ?)")
			args = append(args, "%"+sp+"%", word(sp))
		}
	}
	return "(" + strings.Join(conds, " OR ") + ")", args
}

func equalTokens(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ftsQuery writes groups as an FTS5 query: each phrase quoted (user input
// cannot use query syntax), alternatives ORed, groups ANDed.
func ftsQuery(groups []searchGroup) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		alts := make([]string, len(g))
		for j, ph := range g {
			alts[j] = `"` + strings.ReplaceAll(strings.Join(ph, " "), `"`, `""`) + `"`
		}
		parts[i] = alts[0]
		if len(alts) > 1 {
			parts[i] = "(" + strings.Join(alts, " OR ") + ")"
		}
	}
	return strings.Join(parts, " AND ")
}

// tsQuery writes groups as a PostgreSQL to_tsquery text: each token quoted
// as a lexeme, a phrase's tokens joined by <->, alternatives by |, groups
// by &.
func tsQuery(groups []searchGroup) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		alts := make([]string, len(g))
		for j, ph := range g {
			lex := make([]string, len(ph))
			for k, t := range ph {
				lex[k] = "'" + strings.ReplaceAll(strings.ReplaceAll(t, `\`, `\\`), "'", "''") + "'"
			}
			alts[j] = strings.Join(lex, " <-> ")
		}
		parts[i] = "(" + strings.Join(alts, " | ") + ")"
	}
	return strings.Join(parts, " & ")
}
