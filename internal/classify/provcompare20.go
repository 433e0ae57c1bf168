package classify

import "strings"

// Places given as examples of a group another place is measured against
// (issue 9, real news; i20provfp): "đề nghị TP.Cần Thơ … để phát triển
// bằng các thành phố trực thuộc T.Ư khác như Đà Nẵng, Hải Phòng", "Hà Nội
// … vượt qua các địa phương biển vốn luôn hút khách như Đà Nẵng, Nha Trang
// hay Phú Quốc". comparedTo (provcompare24.go) reads a standard written
// right after the comparison; here a group stands between, and its
// examples follow "như". The story is about the place compared, not the
// standard's examples; the province still counts where the text names it
// otherwise.

const maxGroupWords = 14 // words from the comparison to the group's "như"

// comparedGroup refuses a kept mention right after "như" (past an
// administrative word) whose clause holds, at most maxGroupWords words
// before, a comparison (groupComparison), and the places listed after it
// with a comma, "và", "hay" or "hoặc".
func comparedGroup(toks []token, ms []mention) {
	for i := 0; i < len(ms); i++ {
		mt := &ms[i]
		if mt.dropped != "" {
			continue
		}
		k := adminBefore(toks, mt.start) - 1
		if k < 2 || !joinable(toks, k+1) || !wordIs(toks, k, "nhu", "như") {
			continue
		}
		w := groupComparison(toks, k)
		if w == "" {
			continue
		}
		mt.dropped = "an example of the group a place is compared with (" + w + " … như " + mt.text + ")"
		for j := i + 1; j < len(ms) && exampleListed(toks, ms[j-1], ms[j]); j++ {
			if ms[j].dropped == "" {
				ms[j].dropped = mt.dropped + ", listed with it"
			}
			i = j
		}
	}
}

// groupComparison returns the comparison in the clause before toks[k] (the
// group's "như"), at most maxGroupWords words back: "vượt qua", "so với",
// "sánh với", "sánh ngang", or "bằng" with "để", "không", "chưa", "ngang"
// or "kém" at most three words before it; "" if there is none. Not "hơn":
// "hiệu quả hơn ở đô thị … như TP.HCM" names where it is.
func groupComparison(toks []token, k int) string {
	for j, n := k-1, 0; j >= 1 && n < maxGroupWords && joinable(toks, j+1) && !strings.Contains(toks[j+1].gap, ","); j, n = j-1, n+1 {
		prev := j - 1
		switch {
		case wordIs(toks, j, "qua", "qua") && wordIs(toks, prev, "vuot", "vượt"),
			wordIs(toks, j, "voi", "với") && (wordIs(toks, prev, "so", "so") || wordIs(toks, prev, "sanh", "sánh")),
			wordIs(toks, j, "ngang", "ngang") && wordIs(toks, prev, "sanh", "sánh"):
			if joinable(toks, j) {
				return toks[prev].text + " " + toks[j].text
			}
		case wordIs(toks, j, "bang", "bằng") && measureBefore(toks, j):
			return toks[j].text
		}
	}
	return ""
}

// measureBefore reports "để", "không", "chưa", "ngang" or "kém" at most
// three words before toks[j], in one clause: "để phát triển bằng".
func measureBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3 && joinable(toks, k+1); k-- {
		if wordIs(toks, k, "de", "để") || wordIs(toks, k, "khong", "không") || wordIs(toks, k, "chua", "chưa") ||
			wordIs(toks, k, "ngang", "ngang") || wordIs(toks, k, "kem", "kém") {
			return true
		}
	}
	return false
}

// exampleListed reports next listed right after prev: after a comma, or
// after "và", "hay" or "hoặc".
func exampleListed(toks []token, prev, next mention) bool {
	switch {
	case next.field != prev.field:
		return false
	case next.start == prev.end:
		return strings.TrimSpace(toks[next.start].gap) == ","
	case next.start == prev.end+1:
		f := toks[prev.end].fold
		return (f == "va" || f == "hay" || f == "hoac") && joinable(toks, prev.end) && joinable(toks, next.start)
	}
	return false
}
