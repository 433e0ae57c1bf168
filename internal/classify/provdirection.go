package classify

import "strings"

// A direction of traffic (issue 9, real news; i18provfp): "giao thông
// hướng TP HCM đi Nha Trang ùn tắc" on an expressway in Lâm Đồng, "xe tải
// từ hướng TP.HCM không được đi vào đường Bùi Hữu Nghĩa" in Đồng Nai,
// "cao tốc … (đoạn qua tỉnh Đồng Nai, hướng về TP.HCM)". The places name
// which way the traffic goes, not where the story happens; when the title
// or a place word puts the story in another province, they are refused.
// Alone they stay ("hạn chế phương tiện hướng về Hà Nội" for a parade in
// Hà Nội).

// directionWords may stand between "hướng" and the place (folded form,
// written form): "hướng về X", "hướng từ X", "hướng đi X".
var directionWords = [][2]string{{"ve", "về"}, {"tu", "từ"}, {"di", "đi"}, {"ra", "ra"}, {"vao", "vào"}, {"len", "lên"}, {"xuong", "xuống"}}

// directions refuses, among ms (the mentions of toks, in order), a
// province whose every kept mention is a direction of traffic: bare,
// right after "hướng" (with at most one word of directionWords between),
// or the direction's other end right after such a mention and "đi", "về",
// "ra", "vào" or a dash ("hướng TP HCM đi Nha Trang"); see refuseMarked.
func directions(toks []token, ms []mention) {
	var marks map[int]bool // nil (no allocation) for nearly every article
	for i := 0; i < len(ms); i++ {
		mt := ms[i]
		if mt.dropped != "" || mt.effect != 0 || !trafficBefore(toks, mt.start) {
			continue
		}
		if marks == nil {
			marks = map[int]bool{}
		}
		marks[i] = true
		if i+1 < len(ms) && ms[i+1].dropped == "" && ms[i+1].effect == 0 && otherEnd(toks, mt.end, ms[i+1].start) {
			marks[i+1] = true
			i++
		}
	}
	refuseMarked(ms, marks, func(i int) string {
		return "a direction of traffic (hướng … " + ms[i].text + "); the title or a place word puts the story in another province"
	})
}

// trafficBefore reports "hướng" right before toks[i], or two words
// before it with a word of directionWords between; all in one clause.
func trafficBefore(toks []token, i int) bool {
	k := i - 1
	if k < 0 || !joinable(toks, i) {
		return false
	}
	for _, w := range directionWords {
		if wordIs(toks, k, w[0], w[1]) {
			k--
			break
		}
	}
	return k >= 0 && k < i && joinable(toks, k+1) && wordIs(toks, k, "huong", "hướng")
}

// otherEnd reports that toks[k:j] joins a direction's two ends: "đi",
// "về", "ra", "vào" (one word) or a dash right before toks[j].
func otherEnd(toks []token, k, j int) bool {
	switch {
	case j == k:
		return strings.TrimSpace(toks[j].gap) == "-" || strings.TrimSpace(toks[j].gap) == "–"
	case j == k+1 && joinable(toks, k) && joinable(toks, j):
		for _, w := range directionWords[2:] { // đi, ra, vào, lên, xuống
			if wordIs(toks, k, w[0], w[1]) {
				return true
			}
		}
		return wordIs(toks, k, "ve", "về")
	}
	return false
}
