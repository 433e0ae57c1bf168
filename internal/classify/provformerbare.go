package classify

import (
	"slices"
	"strings"
)

// bareSkipProvinces are the provinces whose own old map shares its names
// with units formed from a dissolved province: TP.HCM's quarters and
// junctions (nút giao An Phú, cầu Phú Mỹ, nhà máy nước Tân Hiệp, cảng Đông
// Hòa in Cần Giờ) bear the names of wards formed from Bình Dương and Bà Rịa
// - Vũng Tàu, so a bare name there is the city's own place as often as not.
var bareSkipProvinces = map[string]bool{"ho-chi-minh": true}

// bareBefore are the words right before a capitalised run that make it a
// person's, a firm's, a lottery draw's or a road's name, not a place: "ông
// Xuân Hải", "đại gia Xuân Trường", "đài Bến Tre", "đường Tân An".
var bareBefore = map[string]bool{"ông": true, "bà": true, "anh": true, "chị": true, "em": true, "cô": true,
	"chú": true, "bác": true, "cháu": true, "cụ": true, "bé": true, "cậu": true, "thầy": true, "tên": true,
	"gia": true, "chí": true, "sĩ": true, "đài": true, "báo": true, "hãng": true, "ty": true, "đoàn": true,
	"clb": true, "đội": true, "hiệu": true, "nhóm": true, "người": true, "dựng": true}

// bareNotPlaces are unit names whose bare reading is something else: the
// Trường Sơn range, the Tây Sơn dynasty, the Đồng Khởi uprising.
var bareNotPlaces = map[string]bool{"trường sơn": true, "tây sơn": true, "đồng khởi": true}

// formerByBareName gives a kept mention of a province the former province
// of a unit the title or summary names bare elsewhere: "tiếp sức đồng bào
// biên giới Đăk Plô" in an item on Quảng Ngãi lies in former Kon Tum,
// "Đồn biên phòng Tuyên Bình (Tây Ninh)" in former Long An. The name must
// be a whole capitalised run of two syllables or more (after a leading
// place noun: "Trường THPT Giá Rai"), read by no mention, not right after a
// person's, a firm's, a draw's or a street's word, and every unit of that
// name in the mention's province must lie in one former province. Bodies
// are not read (their lists of addresses and names are too long to trust a
// bare name), nor are TP.HCM's mentions (bareSkipProvinces).
func formerByBareName(toks []token, ms []mention) {
	if !slices.ContainsFunc(ms, bareTarget) {
		return
	}
	for s := 0; s < len(toks) && toks[s].field != fieldBody; { // the fields come in order: no run starts in the body
		end := bareRun(toks, s)
		if end == s {
			s++
			continue
		}
		if end-s >= 2 && !bareRefused(toks, s, end) && !covered(ms, s, end, "") {
			bareLegacy(toks, ms, s, end)
		}
		s = end
	}
}

// bareRun returns the end of the capitalised run that starts at toks[s] in
// the title or summary, or s when none starts there: a run starts after a
// word that is not capitalised (or after punctuation) and its words follow
// one another with nothing but spaces between.
func bareRun(toks []token, s int) int {
	t := &toks[s]
	if t.field == fieldBody || !t.upper || t.caps {
		return s
	}
	if s > 0 && toks[s-1].field == t.field && toks[s-1].upper && strings.TrimSpace(t.gap) == "" {
		return s // inside a run that started earlier
	}
	end := s + 1
	for end < len(toks) && toks[end].field == t.field && toks[end].upper && !toks[end].caps &&
		strings.TrimSpace(toks[end].gap) == "" {
		end++
	}
	return end
}

// bareRefused reports a word right before toks[s] that makes the run a
// name of something else (bareBefore, streetWords), a dash right before it
// (the far end of a route, "cao tốc Cao Lãnh - An Hữu", or a firm's second
// name, "Thủy điện Đa Nhim - Hàm Thuận"), or a name of bareNotPlaces.
func bareRefused(toks []token, s, end int) bool {
	if end-s == 2 && bareNotPlaces[keyOf(toks, s)+" "+keyOf(toks, s+1)] {
		return true
	}
	if s == 0 || toks[s-1].field != toks[s].field {
		return false
	}
	if g := strings.TrimSpace(toks[s].gap); g != "" {
		return strings.ContainsAny(g, "-–—")
	}
	k := keyOf(toks, s-1)
	return bareBefore[k] || streetWords[k]
}

// bareLegacy sets the former province of the units named toks[s:end] (or,
// after a leading place noun, the rest of the run) on every kept mention of
// a province that holds them all in one former province.
func bareLegacy(toks []token, ms []mention, s, end int) {
	for i := range ms {
		mt := &ms[i]
		if !bareTarget(*mt) {
			continue
		}
		l := legacyOfName(toks, s, end, mt.province)
		for k := s; l == "" && end-k-1 >= 2 && placeNouns[keyOf(toks, k)]; k++ {
			l = legacyOfName(toks, k+1, end, mt.province) // "Trường THPT Giá Rai"
		}
		if l != "" {
			mt.legacy = l
		}
	}
}

// bareTarget reports a kept mention of a province's own name, with no
// former province yet, outside bareSkipProvinces.
func bareTarget(mt mention) bool {
	return mt.dropped == "" && mt.legacy == "" && mt.rule != nil && mt.rule.Kind != kindPlace &&
		!bareSkipProvinces[mt.province]
}
