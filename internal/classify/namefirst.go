package classify

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// nameFirstTXT lists the common words that, capitalised as a sentence's
// first word, glue onto the name after them ("Bão Kalmaegi", "Theo
// Reuters", "Cựu HLV Park"), and the pairs of such a word and a name that
// are one name ("Thống Nhất", "Cao Bằng", "Đàm Vĩnh Hưng"): a vocabulary
// drawn from the training days by TestNameFirstList, which rebuilds it.
//
//go:embed namefirst.txt
var nameFirstTXT string

// nameFirst is namefirst.txt, keyed as a sentence writes its first word
// (first letter capitalised: "Bão") and by the next word's fold ({"Thống",
// "nhat"}: "Cao BẰNG" is "Cao Bằng").
type nameFirst struct {
	common map[string]bool
	keep   map[[2]string]bool
}

// newNameFirst parses namefirst.txt; it fails on a malformed line.
func newNameFirst() (*nameFirst, error) {
	nf := &nameFirst{common: map[string]bool{}, keep: map[[2]string]bool{}}
	for n, line := range strings.Split(nameFirstTXT, "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "= "):
			f := strings.Fields(line[2:])
			if len(f) != 2 {
				return nil, fmt.Errorf("namefirst.txt line %d: want \"= word next\"", n+1)
			}
			nf.keep[[2]string{titleCased(f[0]), vntext.Fold(f[1])}] = true
		case strings.ContainsAny(line, " \t"):
			return nil, fmt.Errorf("namefirst.txt line %d: want one word", n+1)
		default:
			nf.common[titleCased(line)] = true
		}
	}
	return nf, nil
}

// titleCased returns s with its first letter upper case.
func titleCased(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// gluedFirst reports whether the name run toks[i:j] opens with a common
// word glued onto the name by the capital of a sentence's first word: the
// run opens a sentence, has two syllables or more, its first is a common
// word outside a place name, the pair of its first two is no name of its
// own, and the rest of the run is a name. The field must carry accents
// ("Bao" may be "Bão" or "Báo").
func (nf *nameFirst) gluedFirst(toks []token, i, j int, place []bool) bool {
	if nf == nil || j-i < 2 || toks[i].ascii || !nf.common[toks[i].text] || place != nil && place[i] {
		return false
	}
	if !sentenceStart(toks, i) || nf.keep[[2]string{toks[i].text, toks[i+1].fold}] {
		return false
	}
	_, _, ok := nameKey(toks, i+1)
	return ok
}
