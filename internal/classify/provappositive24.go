package classify

import "strings"

// A nickname named a firm by the words after it (issue 9, real news;
// i15prov24): "Kinh Bắc, công ty do ông … làm Chủ tịch HĐQT, lãi gấp 25
// lần …" and "cổ đông lớn tại Đô thị Kinh Bắc, doanh nghiệp của …" under a
// title naming the firm "Kinh Bắc" alone. aliasFirms refuses the nickname's
// bare mentions once a firm's full name holds it; an apposition says the
// same.

// appositiveFirms marks as a firm's name (and refuses) each kept bare
// mention (no context word: "vùng Kinh Bắc, …" is the region) of an
// ambiguous nickname (kindAlias, flagAmbiguous: Kinh Bắc, Tây Đô) followed by a comma and "công ty", "doanh nghiệp", "tập đoàn" or "ngân
// hàng"; aliasFirms then refuses its other bare mentions.
func appositiveFirms(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.context != "" || regionBefore(toks, mt.start) || mt.rule.Kind != kindAlias || mt.rule.Flags&flagAmbiguous == 0 ||
			mt.end+1 >= len(toks) || toks[mt.end].first || strings.TrimSpace(toks[mt.end].gap) != "," || !firmWordAt(toks, mt.end) {
			continue
		}
		mt.dropped, mt.firm = "a firm's name, by the words after it ("+mt.text+", "+toks[mt.end].text+" "+toks[mt.end+1].text+")", true
	}
}

// firmWordAt reports "công ty", "doanh nghiệp", "tập đoàn" or "ngân hàng"
// at toks[k], toks[k+1].
func firmWordAt(toks []token, k int) bool {
	if k+1 >= len(toks) || !joinable(toks, k+1) {
		return false
	}
	return wordIs(toks, k, "cong", "công") && wordIs(toks, k+1, "ty", "ty") ||
		wordIs(toks, k, "doanh", "doanh") && wordIs(toks, k+1, "nghiep", "nghiệp") ||
		wordIs(toks, k, "tap", "tập") && wordIs(toks, k+1, "doan", "đoàn") ||
		wordIs(toks, k, "ngan", "ngân") && wordIs(toks, k+1, "hang", "hàng")
}

// regionBefore reports a word for a region or a homeland right before
// toks[i]: "vùng", "miền", "đất", "xứ", "quê".
func regionBefore(toks []token, i int) bool {
	if i < 1 || !joinable(toks, i) {
		return false
	}
	return wordIs(toks, i-1, "vung", "vùng") || wordIs(toks, i-1, "mien", "miền") || wordIs(toks, i-1, "dat", "đất") ||
		wordIs(toks, i-1, "xu", "xứ") || wordIs(toks, i-1, "que", "quê")
}
