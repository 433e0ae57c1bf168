package classify

import (
	"slices"
	"strings"
)

// Earlier legs of a tour or a chain (issue 9, real news; i18provfp): a
// lead that opens "Tiếp nối hành trình … từ vùng đất Tổ Phú Thọ và cố đô
// Huế, chuỗi sự kiện … được viết tiếp tại tỉnh Gia Lai", "Sau thành công
// của chi nhánh đầu tiên tại … Đà Nẵng, Menas Group khai trương … tại
// TP.HCM". The opening clause names where the tour or the chain has been;
// the story is where it goes now (previousStop reads "Sau X, …").

// legOpeners are the words that, opening a sentence, make the clause up to
// its first comma an earlier leg.
var legOpeners = []string{"tiếp nối", "nối tiếp", "sau thành công"}

// earlierLegs refuses, among ms (the mentions of toks, in order), a
// province whose every kept mention lies in a sentence's opening clause
// that a word of legOpeners starts and a comma ends, when another province
// has a kept mention in the title or after a place word (refuseMarked).
func (m *provMatcher) earlierLegs(toks []token, ms []mention) {
	marks := markWhere(ms, func(mt *mention) bool {
		return mt.dropped == "" && mt.field != fieldTitle && m.legClause(toks, *mt) >= 0
	})
	refuseMarked(ms, marks, func(i int) string {
		return "an earlier leg of a tour or a chain (" + ms[i].text + " in a clause opened by " + legOpeners[m.legClause(toks, ms[i])] + " …); the title or a place word puts the story in another province"
	})
}

// legClause returns the index in legOpeners of the words opening the
// sentence's opening clause mt lies in, or -1 when none does: no comma or
// sentence break between the opener and mt, and a comma after mt in the
// same sentence, at most 30 words on.
func (m *provMatcher) legClause(toks []token, mt mention) int {
	k := mt.start
	for ; k > 0 && !sentenceStart(toks, k); k-- {
		if strings.Contains(toks[k].gap, ",") {
			return -1
		}
	}
	opener := slices.IndexFunc(m.legs, func(ks wordSeq) bool { return phraseAt(toks, k, ks) })
	if opener < 0 {
		return -1
	}
	for j := mt.end; j < len(toks) && j <= mt.end+30; j++ {
		switch {
		case strings.Contains(toks[j].gap, ","):
			return opener
		case sentenceStart(toks, j): // "… ở Huế. Chuỗi …, …": the clause ended with no comma
			return -1
		}
	}
	return -1
}
