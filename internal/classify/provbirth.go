package classify

import "strings"

// A birthplace opening a profile (issue 9, real news; i22provprec): "Sinh
// ra trong gia đình nông dân ở Quảng Trị, tuổi thơ của bác sĩ Ghi Võ …
// Anh thi đỗ vào lớp chuyên toán Trường Quốc học Huế" tells where a doctor
// was born, not where the story is. As "người X" (ctxHome), the birthplace
// counts only when the story names no other place: "Tôi sinh ra và lớn lên
// tại Sài Gòn" alone keeps it.

// birthHomes makes a kept mention a person's home (ctxHome) when it lies
// in the first clause of a lead sentence that opens with "Sinh ra" (no
// comma between), and so the places listed right after it.
func birthHomes(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.field != fieldSummary || mt.effect == ctxHome || !birthClause(toks, mt.start) {
			continue
		}
		mt.effect, mt.context = ctxHome, "sinh ra"
		for j := i + 1; j < len(ms) && ms[j].dropped == "" && listed(toks, ms[j-1], ms[j].start); j++ {
			ms[j].effect, ms[j].context = ctxHome, "sinh ra"
		}
	}
}

// birthClause reports "Sinh ra" opening the sentence that holds toks[i],
// at most twelve words back, with no comma or other break between.
func birthClause(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-12; j-- {
		if strings.ContainsAny(toks[j+1].gap, ",;:()") || sentenceBreak(toks, j, j+1) {
			return false
		}
		if wordIs(toks, j-1, "sinh", "sinh") && wordIs(toks, j, "ra", "ra") && joinable(toks, j) &&
			(toks[j-1].first || sentenceBreak(toks, j-2, j-1)) {
			return true
		}
	}
	return false
}
