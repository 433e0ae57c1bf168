package classify

import "strings"

// Passes that "nối" two places (issue 9, real news; i23provprec): "Đèo
// D'Ran nối Đà Lạt - Phan Rang: vì sao ngổn ngang sau sạt lở", "Xe tải
// cháy … trên đèo Khánh Lê … đi trên đèo nối Nha Trang với Đà Lạt", "sạt
// lở trên đèo Sông Pha nối Khánh Hòa - Lâm Đồng … thuộc địa phận xã Lâm
// Sơn (tỉnh Khánh Hòa)". By the journeys convention (testdata/classify/real
// README, "Routes and journeys" and the border rule before it) the pass
// gets its own province, or the side the text names for a pass on a
// border; the places the pass "nối" are the ends of the road it lies on.
// passLink marks them as routeLink marks a route's ends; structureEnds
// refuses them only when the title or a place word puts the story in
// another province, so a border pass whose side the text does not name
// keeps both sides.

const maxPassName = 4 // capitalised words of a pass's name ("Khánh Lê", "D'Ran")

// passLink reports "nối" (then "với" may follow) right before toks[s] with
// "đèo" and at most maxPassName capitalised words of its name right
// before the "nối": "đèo Khánh Lê nối Nha Trang", "đèo nối Nha Trang với".
func passLink(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && wordIs(toks, k, "voi", "với") && joinable(toks, k) {
		k--
	}
	if k < 1 || !wordIs(toks, k, "noi", "nối") || !joinable(toks, k) || !joinable(toks, k+1) {
		return false
	}
	for j := k - 1; j >= 0 && k-1-j <= maxPassName; j-- {
		if wordIs(toks, j, "deo", "đèo") {
			return true
		}
		apostrophe := strings.ContainsAny(toks[j].gap, "'’") // "D'ran"
		if !toks[j].upper && !apostrophe || toks[j].first || strings.ContainsAny(toks[j+1].gap, ",;:()") {
			return false
		}
	}
	return false
}

// routeNumber reports a road's number written with its word, "QL28" or
// "QL.20": a route word (routeWords) of its own.
func routeNumber(t token) bool {
	f := strings.TrimPrefix(t.fold, "ql")
	f = strings.TrimPrefix(f, ".")
	return len(f) < len(t.fold) && f != "" && f[0] >= '0' && f[0] <= '9'
}

// structureLegacies drops, among ms, a marked end (marks) that
// refuseMarked kept because an unmarked kept mention names its province,
// when the end names a former province no unmarked kept mention names
// (a pass on the border of two former provinces that names neither side
// keeps both: its ends are all marked): "Đèo Gia
// Bắc trên QL28, nối Phan Thiết - Di Linh (Lâm Đồng)" keeps Lâm Đồng and
// loses Phan Thiết's former Bình Thuận, a far end of the road.
func structureLegacies(ms []mention, marks map[int]bool, why func(i int) string) {
	if len(marks) == 0 {
		return
	}
	other := map[string]bool{} // provinces an unmarked kept mention names
	kept := map[string]bool{}  // former provinces an unmarked kept mention names
	for i := range ms {
		if ms[i].dropped == "" && !marks[i] {
			other[ms[i].province] = true
			kept[ms[i].legacy] = true
		}
	}
	for i := range ms {
		if marks[i] && ms[i].dropped == "" && ms[i].legacy != "" && other[ms[i].province] && !kept[ms[i].legacy] {
			ms[i].dropped = why(i)
		}
	}
}

// afterLink reports "nối" (then "với" may follow) right before toks[s]:
// the cheap test every link of structureEnds starts with.
func afterLink(toks []token, s int) bool {
	k := s - 1
	if wordIs(toks, k, "voi", "với") {
		k--
	}
	return k >= 0 && wordIs(toks, k, "noi", "nối")
}

const maxSectionRoute = 6 // words from a route's word to its "nối"

// routeSection reports a route's ends, the first at toks[s] after "nối"
// and the last ending before toks[e], followed by the section of the route
// the story happens on: "quốc lộ 27 nối Khánh Hòa và Lâm Đồng đoạn qua đèo
// Sông Pha", "Đường nối Đà Lạt - Nha Trang đi qua đèo Khánh Lê", "quốc lộ
// 27C (nối Đà Lạt - Nha Trang) đoạn thuộc tỉnh Lâm Đồng". A route's word
// (routeWords, "QL28") opens the route within maxSectionRoute words before
// the "nối", in one sentence.
func routeSection(toks []token, s, e int) bool {
	if e+1 >= len(toks) || sentenceBreak(toks, e-1, e) || !sectionWords(toks, e) {
		return false
	}
	k := s - 1
	if wordIs(toks, k, "voi", "với") {
		k--
	}
	for j, n := k-1, 0; j >= 0 && n < maxSectionRoute && !sentenceBreak(toks, j, j+1); j, n = j-1, n+1 {
		if listEndAt(toks, j, routeWords) >= 0 || routeNumber(toks[j]) {
			return true
		}
	}
	return false
}

// sectionWords reports the words that name a route's section at toks[e]:
// "đoạn qua", "đoạn thuộc", "đoạn đi qua", "đi qua đèo", "qua đèo".
func sectionWords(toks []token, e int) bool {
	next := func(i int, fold, key string) bool {
		return i < len(toks) && wordIs(toks, i, fold, key) && joinable(toks, i)
	}
	switch {
	case wordIs(toks, e, "doan", "đoạn"):
		return next(e+1, "qua", "qua") || next(e+1, "thuoc", "thuộc") || next(e+1, "di", "đi") && next(e+2, "qua", "qua")
	case wordIs(toks, e, "di", "đi"):
		return next(e+1, "qua", "qua") && next(e+2, "deo", "đèo")
	case wordIs(toks, e, "qua", "qua"):
		return next(e+1, "deo", "đèo")
	}
	return false
}

// passes23 are passes within one province that the news names with the
// places the pass "nối" (i23provprec): the pass gives its province, so
// passLink's ends in another province can be refused. D'Ran is on QL20 in
// the former Đơn Dương district, Gia Bắc on QL28 in the former Di Linh
// district, both of Lâm Đồng (vi.wikipedia.org, as known; no internet to
// re-check).
var passes23 = []placeEntry{
	{"đèo D'Ran", "lam-dong", kindPlace, 0},
	{"đèo Gia Bắc", "lam-dong", kindPlace, 0},
}
