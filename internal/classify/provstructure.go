package classify

import "strings"

// The far ends of the route a structure lies on (issue 9, real news;
// i20provfp): "Đèo Bảo Lộc, trên tuyến huyết mạch nối TP HCM lên Đà
// Lạt, được sửa chữa…", "Cầu 110 trên quốc lộ 14 nối Đắk Lắk - Gia Lai
// xây dở…", "tổ hợp … phục vụ du khách trên tuyến quốc lộ 27C nối Nha
// Trang và Đà Lạt". By the journeys convention (testdata/classify/real
// README, "Routes and journeys": a structure on a route), the pass, the
// bridge or the fuel stop gets its own province; the ends of the route it
// lies on get no tag. A bridge or a tunnel that itself joins two places
// ("cầu Nhơn Trạch nối TP HCM - Đồng Nai") is a border structure, whose
// sides count, and a route that is the story has no structure before it.
// A pass that itself joins two places ("đèo Khánh Lê nối Nha Trang - Đà
// Lạt", "hầm Đèo Ngang nối Hà Tĩnh và Quảng Trị") and a route whose
// section the text names are read too (provpass23.go): their ends are
// refused only when the title or a place word names one province, so a
// border pass whose side the text does not name keeps both sides.

var (
	// structureWords name a structure on a road or a rail line.
	structureWords = []wordSeq{phraseKeys("đèo"), phraseKeys("cầu"), phraseKeys("hầm"), phraseKeys("nút giao"),
		phraseKeys("trạm dừng"), phraseKeys("trạm thu phí"), phraseKeys("cây xăng"), phraseKeys("cửa hàng xăng dầu"),
		phraseKeys("tổ hợp"), phraseKeys("ga"), phraseKeys("nhà ga")}
	// routeWords name the route a structure lies "trên".
	routeWords = []wordSeq{phraseKeys("tuyến"), phraseKeys("quốc lộ"), phraseKeys("QL"), phraseKeys("cao tốc"),
		phraseKeys("tỉnh lộ"), phraseKeys("đường"), phraseKeys("đường sắt")}
	// linkWords join a route's ends: "nối X lên Y", "nối X với Y".
	linkWords = map[string]bool{"voi": true, "va": true, "len": true, "xuong": true, "den": true, "toi": true, "vao": true,
		"ra": true, "sang": true, "di": true}
)

const maxStructureGap = 16 // words from the structure's word to the route's "nối"

// structureEnds refuses, among ms (the mentions of toks, in order), the
// bare mentions that are the ends of a route a structure lies on (routeLink,
// in the lead), of a pass (passLink) or of a route whose section the text
// names (routeSection), when another province has a kept mention in the
// title or after a place word and the end's province no other kept mention
// (refuseMarked); and such an end's former province when another mention
// keeps its province and none its former one (structureLegacies).
func structureEnds(toks []token, ms []mention) {
	var marks map[int]bool // nil (no allocation) for nearly every article
	for i := 0; i < len(ms); i++ {
		mt := ms[i]
		if mt.dropped != "" || mt.start < 2 || !afterLink(toks, mt.start) {
			continue
		}
		last := i // this end and the ends joined to it
		for last+1 < len(ms) && linkedEnd(toks, ms[last], ms[last+1]) {
			last++
		}
		if mt.field == fieldSummary && mt.start >= 4 && routeLink(toks, mt.start) || passLink(toks, mt.start) ||
			routeSection(toks, mt.start, ms[last].end) {
			if marks == nil {
				marks = map[int]bool{}
			}
			for j := i; j <= last; j++ {
				if ms[j].dropped == "" && ms[j].effect == 0 {
					marks[j] = true
				}
			}
		}
		i = last
	}
	refuseMarked(ms, marks, func(i int) string {
		return "an end of the route a structure lies on (" + ms[i].text + "); the title or a place word puts the structure in another province"
	})
	structureLegacies(ms, marks, func(i int) string {
		return "an end of the route a structure lies on (" + ms[i].text + "); another mention names its province, none its former one"
	})
}

// routeLink reports "nối" (or "kết nối", then "với" may follow) right
// before toks[s], after a route word (routeWords) that "trên" opens, after a
// structure's word (structureWords), all in one sentence and within
// maxStructureGap words: "Đèo Bảo Lộc, trên tuyến huyết mạch nối TP HCM".
func routeLink(toks []token, s int) bool {
	k := s - 1
	if wordIs(toks, k, "voi", "với") && joinable(toks, k) {
		k--
	}
	if k < 3 || !wordIs(toks, k, "noi", "nối") || !joinable(toks, k+1) {
		return false
	}
	route, on := false, false
	for j, n := k-1, 0; j >= 0 && n < maxStructureGap && !sentenceBreak(toks, j, j+1); j, n = j-1, n+1 {
		switch {
		case !route && (listEndAt(toks, j, routeWords) >= 0 || routeNumber(toks[j])):
			route = true
		case route && !on && wordIs(toks, j, "tren", "trên"):
			on = true
		case on && listEndAt(toks, j, structureWords) >= 0:
			return true
		}
	}
	return false
}

// linkedEnd reports a mention next that continues the link prev is an end
// of: joined by a dash ("Đắk Lắk - Gia Lai") or by one word of linkWords
// ("TP HCM lên Đà Lạt", "Nha Trang và Đà Lạt").
func linkedEnd(toks []token, prev, next mention) bool {
	switch {
	case next.field != prev.field:
		return false
	case next.start == prev.end:
		return strings.ContainsAny(toks[next.start].gap, "-–")
	case next.start == prev.end+1:
		return linkWords[toks[prev.end].fold] && joinable(toks, prev.end) && joinable(toks, next.start)
	}
	return false
}
