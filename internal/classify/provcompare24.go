package classify

import "strings"

// A place named as the standard another is measured against (issue 9, real
// news; i15prov24): "Hội An đề xuất di dân trong di tích tương tự như thành
// phố Huế", "cơ chế đặc thù, vượt trội, tương tự Hải Phòng và Đà Nẵng",
// "Cần Thơ 'nghiên cứu' để bằng Đà Nẵng, Hải Phòng", "thị phần không bằng
// Tân Sơn Nhất". The story is about the place compared, not the standard,
// as for "so với X" and "như một X" (contextBefore).

// comparedTo refuses a kept mention written right after a comparison (see
// comparisonAt), and the places listed right after it ("tương tự Hải Phòng
// và Đà Nẵng"). The province still counts where the text names it
// otherwise.
func comparedTo(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" {
			continue
		}
		w := comparisonAt(toks, mt.start)
		if w == "" {
			w = timesAt(toks, mt.start)
		}
		if w == "" {
			continue
		}
		mt.dropped = "the standard of a comparison (" + w + " " + mt.text + ")"
		for j := i + 1; j < len(ms) && listed(toks, ms[j-1], ms[j].start); j++ {
			if ms[j].dropped == "" {
				ms[j].dropped = mt.dropped + ", listed with it"
			}
		}
	}
}

// comparisonAt returns the comparison written right before toks[i], in the
// same clause, past an administrative word ("thành phố", "TP", "tỉnh",
// "thủ đô"): "tương tự (như)", "giống như", "giống với", "ngang với" and
// "bằng" after "để", "không", "chưa" or "ngang"; "" if there is none. After
// "tương tự như" and "giống như" a place may follow "ở"/"tại" ("tương tự
// như ở TP.HCM"), while "tương tự tại Hà Nội" is a like case there, not a
// standard, and plain "như" lists examples ("các tỉnh như Điện Biên").
func comparisonAt(toks []token, i int) string {
	k := adminBefore(toks, i) - 1
	if k < 1 || !joinable(toks, k+1) {
		return ""
	}
	at := false
	if wordIs(toks, k, "o", "ở") || wordIs(toks, k, "tai", "tại") {
		at, k = true, k-1
		if k < 1 || !joinable(toks, k+1) {
			return ""
		}
	}
	if !joinable(toks, k) {
		return ""
	}
	prev, last := toks[k-1], toks[k]
	switch {
	case wordIs(toks, k, "nhu", "như"):
		if k >= 2 && wordIs(toks, k-1, "tu", "tự") && joinable(toks, k-1) && wordIs(toks, k-2, "tuong", "tương") {
			return "tương tự như"
		}
		if wordIs(toks, k-1, "giong", "giống") {
			return "giống như"
		}
	case at:
		return ""
	case wordIs(toks, k, "tu", "tự") && wordIs(toks, k-1, "tuong", "tương"):
		return "tương tự"
	case wordIs(toks, k, "voi", "với") && (wordIs(toks, k-1, "giong", "giống") || wordIs(toks, k-1, "ngang", "ngang")):
		return prev.text + " " + last.text
	case wordIs(toks, k, "bang", "bằng") && (wordIs(toks, k-1, "de", "để") || wordIs(toks, k-1, "khong", "không") ||
		wordIs(toks, k-1, "chua", "chưa") || wordIs(toks, k-1, "ngang", "ngang")):
		return prev.text + " " + last.text
	}
	return ""
}

// adminBefore returns the index of the administrative word ("thành phố",
// "TP", "tỉnh", "thủ đô") written right before toks[i], or i if there is
// none.
func adminBefore(toks []token, i int) int {
	switch k := i - 1; {
	case k < 0 || !joinable(toks, i):
		return i
	case wordIs(toks, k, "tp", "tp") || wordIs(toks, k, "tinh", "tỉnh"):
		return k
	case k >= 1 && joinable(toks, k) && (wordIs(toks, k, "pho", "phố") && wordIs(toks, k-1, "thanh", "thành") ||
		wordIs(toks, k, "do", "đô") && wordIs(toks, k-1, "thu", "thủ")):
		return k - 1
	}
	return i
}

// timesAt returns a multiple written right before toks[i], as the
// standard a size is measured against (i22provprec): "gấp 3 lần sân Mỹ
// Đình", "rộng gấp đôi sân bay Tân Sơn Nhất" ("gấp", a number and "lần",
// or "gấp đôi", then at most "sân", "sân bay" or "sân vận động"); "" if
// there is none. "Tăng gấp 3 lần tại Hà Nội" is a figure there: no
// multiple stands right before the place.
func timesAt(toks []token, i int) string {
	k := i - 1
	for _, w := range [][2]string{{"dong", "động"}, {"van", "vận"}, {"bay", "bay"}, {"san", "sân"}} {
		if k >= 0 && wordIs(toks, k, w[0], w[1]) && joinable(toks, k+1) {
			k--
		}
	}
	if k < 1 || !joinable(toks, k+1) || !joinable(toks, k) {
		return ""
	}
	if wordIs(toks, k, "doi", "đôi") && wordIs(toks, k-1, "gap", "gấp") {
		return "gấp đôi"
	}
	if k < 2 || !wordIs(toks, k, "lan", "lần") || !isDigits(strings.ReplaceAll(toks[k-1].text, ",", "")) {
		return ""
	}
	n := k - 1
	if strings.TrimSpace(toks[n].gap) == "," && n >= 2 && isDigits(toks[n-1].text) {
		n-- // "2,5" read as two numbers
	}
	if n < 1 || !joinable(toks, n) || !wordIs(toks, n-1, "gap", "gấp") {
		return ""
	}
	return "gấp … lần"
}
