package classify

import "strings"

// Streets listed by name (issue 9, real news; i18provfp): "6 tuyến phố
// trung tâm Hà Nội gồm Huế, Hàng Bài, Trần Hưng Đạo …", "nhiều tuyến phố
// ở Hà Nội như Hoàng Diệu, Bắc Sơn", "các tuyến đường chính của Cần Giờ
// như Rừng Rác, Duyên Hải". Cities name streets after provinces and
// districts; a name in such a list is a street, whatever else the text
// names. (A street named singly, "phố Huế", "đường Hải Phòng", is read
// as a street by the context words already.)

// streetLists refuses, among ms (the mentions of toks, in order), a kept
// mention with no context word that stands in a list of names opened by
// "như", "gồm" or "là" which follows, at most six words before it in one
// sentence, "phố" or "đường" (not "đường bay", "đường sắt" …: routes).
// Every token from the opener to the mention must be a capitalised word,
// with only commas and "và" between the names.
func streetLists(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.effect != 0 || mt.start < 2 {
			continue
		}
		if opener := listOpener(toks, mt.start); opener >= 0 && streetBefore(toks, opener) {
			mt.dropped = "a street in a list of streets (" + toks[opener].text + " … " + mt.text + ")"
		}
	}
}

// listOpener returns the index of "như", "gồm" or "là" that opens the list
// of capitalised names holding toks[i], or -1.
func listOpener(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-24; k-- {
		t := toks[k]
		if strings.ContainsAny(toks[k+1].gap, ".;:!?()") || toks[k+1].first {
			return -1
		}
		switch {
		case t.fold == "nhu" && keyEqual(toks, k, "như"), t.fold == "gom" && keyEqual(toks, k, "gồm"), t.fold == "la" && keyEqual(toks, k, "là"):
			if toks[k+1].upper && !strings.ContainsAny(toks[k+1].gap, ",") {
				return k
			}
			return -1
		case t.upper || t.fold == "va" && strings.TrimSpace(toks[k+1].gap) == "":
			continue
		default:
			return -1
		}
	}
	return -1
}

// streetBefore reports "phố" or "đường" (not a route: "đường bay",
// "đường sắt", "đường dây", "đường ống", "đường thủy") at most six words
// before toks[k], in one sentence of its field.
func streetBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if toks[j+1].first || strings.ContainsAny(toks[j+1].gap, ".;:!?") {
			return false
		}
		switch {
		case toks[j].fold == "pho" && keyEqual(toks, j, "phố"):
			return j == 0 || toks[j-1].fold != "thanh" // "thành phố như Hà Nội": cities

		case toks[j].fold == "duong" && keyEqual(toks, j, "đường"):
			return j+1 >= len(toks) || !routeKind[toks[j+1].fold]
		}
	}
	return false
}

// routeKind are the folded words after "đường" that make it a route or a
// line, not a street.
var routeKind = map[string]bool{"bay": true, "sat": true, "day": true, "ong": true, "thuy": true, "bien": true, "bo": true, "cao": true}
