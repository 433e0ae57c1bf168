package classify

import (
	"strings"

	"bantin/internal/vntext"
)

// Places inside the names of firms, clubs and works: "Công ty Thái Bình
// Shoes", "CLB Công an Hà Nội", "phim Biệt động Sài Gòn".

// orgBefore returns the firm, bank or club word that starts the name a
// place ends, at most four words before it: "CLB Công an Hà Nội", "Công
// ty Thái Bình Shoes", "CLB VTV Bình Điền Long An"; "" when there is none
// or a word of place context (tại, ở, tỉnh) comes first, or a superlative
// ("nhất") or a branch ("chi nhánh") stands right before the place.
// A firm's full name may be longer when it goes on capitalised: "Công
// ty TNHH MTV Hóa chất Đức Giang - Đắk Nông" (up to maxFirmName words),
// and longer still when it opens with its legal form and its abbreviation
// follows: "Công ty Cổ phần Dịch vụ Hàng không Sân bay Tân Sơn Nhất
// (SASCO)" (up to maxFormalName words).
func (m *provMatcher) orgBefore(toks []token, i int) string {
	if superlativeBefore(toks, i) || branchBefore(toks, i) || m.policeBefore(toks, i) { // "Công ty đông công nhân nhất Đồng Nai", "BIDV chi nhánh Sơn La"
		return ""
	}
	for j, n := i, 0; j > 0 && n <= maxFormalName && joinable(toks, j); j, n = j-1, n+1 {
		ci, k := m.contextAt(toks, j)
		if ci >= 0 && contextBefore[ci].Effect == ctxNamed && isOrgWord(contextBefore[ci].Words) &&
			(n <= 4 || toks[j].upper && !isClubWord(contextBefore[ci].Words) && (n <= maxFirmName || legalForm(toks, j) && abbrevAfter(toks, i))) {
			return spanText(toks, span{start: j - k, end: j})
		}
		if ci >= 0 && contextBefore[ci].Effect == ctxStrong {
			return ""
		}
	}
	return ""
}

// branchBefore reports "chi nhánh" right before toks[i]: a firm's or a
// bank's branch named after the place it works in ("Ngân hàng BIDV chi
// nhánh Thanh Hóa") is there.
func branchBefore(toks []token, i int) bool {
	return i >= 2 && joinable(toks, i) && joinable(toks, i-1) && wordIs(toks, i-1, "nhanh", "nhánh") && wordIs(toks, i-2, "chi", "chi")
}

// policeBefore reports "Công an" or "UBND" right before toks[i], not
// itself the end of a club's or a firm's name ("CLB Công an Hà Nội", "câu
// lạc bộ Công An Hà Nội"): the province's police, after a firm's name that
// ends before it ("nhân viên Công ty CityZoo vừa bị Công an TP.HCM bắt").
func (m *provMatcher) policeBefore(toks []token, i int) bool {
	if i < 1 || !joinable(toks, i) || !publicBody(toks, i-1) {
		return false
	}
	at := i - 2 // the first word of the body
	if toks[i-1].text == "UBND" {
		at = i - 1
	}
	if at < 1 || !joinable(toks, at) {
		return true
	}
	if ci, _ := m.contextAt(toks, at); ci >= 0 && isOrgWord(contextBefore[ci].Words) {
		return false
	}
	return !toks[at-1].upper
}

// maxFirmName is how many words a firm's name may run before a place;
// maxFormalName, when the name opens with its legal form (legalForm).
const (
	maxFirmName   = 7
	maxFormalName = 10
)

// abbrevAfter reports a parenthesis opening with an abbreviation after
// the place that ends at or after toks[i]: "… Tân Sơn Nhất (SASCO)".
func abbrevAfter(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+4 && !toks[j].first; j++ {
		if strings.Contains(toks[j].gap, "(") {
			return isAbbrev(toks[j])
		}
	}
	return false
}

// legalForm reports a firm's legal form at toks[j]: "Cổ phần", "CP",
// "TNHH", "CTCP".
func legalForm(toks []token, j int) bool {
	switch toks[j].fold {
	case "cp", "tnhh", "ctcp":
		return toks[j].text == strings.ToUpper(toks[j].text)
	case "co":
		return keyEqual(toks, j, "cổ") && j+1 < len(toks) && joinable(toks, j+1) && wordIs(toks, j+1, "phan", "phần")
	}
	return false
}

// isClubWord reports the words that open a club's name.
func isClubWord(w string) bool {
	switch vntext.Key(w) {
	case "clb", "câu lạc bộ", "đội bóng":
		return true
	}
	return false
}

func isOrgWord(w string) bool {
	switch w {
	case "công ty", "tổng công ty", "tập đoàn", "liên doanh", "CTCP", "CLB", "câu lạc bộ", "đội bóng", "ngân hàng":
		return true
	}
	return false
}

// workBefore returns the word that opens the title of a work a place is
// part of, written without quotes: "phim như Biệt động Sài Gòn", "bộ
// phim Hà Nội mùa đông năm 46"; "" when there is none. The title starts
// capitalised right after the word (or after "như"), at most four words
// before the place, with no place context (tại, ở) between.
func (m *provMatcher) workBefore(toks []token, i int) string {
	for j, n := i, 0; j > 0 && n <= 4 && joinable(toks, j); j, n = j-1, n+1 {
		if ci, _ := m.contextAt(toks, j); ci >= 0 && contextBefore[ci].Effect == ctxStrong {
			return ""
		}
		if !toks[j].upper {
			continue
		}
		k := j - 1
		if k > 0 && wordIs(toks, k, "nhu", "như") && joinable(toks, k) {
			k--
		}
		if at := m.worksLast.endingAt(toks, k, m.works); at >= 0 && joinable(toks, k+1) {
			return spanText(toks, span{start: at, end: j})
		}
	}
	return ""
}

// sameFirm refuses the plain mentions of a firm's name that the text
// names in full elsewhere: "Đức Long Gia Lai đề xuất …" in a title whose
// lead says "Tập đoàn Đức Long Gia Lai", "PISICO Bình Định" after "Tổng
// công ty PISICO Bình Định". A mention is the firm's when the words before
// it are those before the place in the full name: two capitalised words,
// or one abbreviation. A place with context ("tại Gia Lai") still counts.
func sameFirm(toks []token, ms []mention) {
	for i := range ms {
		f := &ms[i]
		n := firmWords(toks, f.start)
		if !f.firm || n == 0 {
			continue
		}
		for j := range ms {
			o := &ms[j]
			if o.dropped != "" || o.effect == ctxStrong || o.rule != f.rule || o.start < n {
				continue
			}
			same := true
			for k := 1; k <= n && same; k++ {
				same = joinable(toks, o.start-k+1) && keyOf(toks, o.start-k) == keyOf(toks, f.start-k)
			}
			if same {
				o.dropped = "the firm the story names (" + spanText(toks, span{start: f.start - n, end: f.end}) + ")"
			}
		}
	}
}

// publicAbbrevs abbreviate public bodies and zones, not firms.
var publicAbbrevs = map[string]bool{"KKT": true, "UBND": true, "HĐND": true, "CLB": true, "CSGT": true, "CAND": true, "BQL": true}

// firmWords returns how many words before toks[i] name a firm with the
// place: 2 when both are capitalised ("Đức Long"), 1 for an abbreviation
// ("PISICO") that is no unit's or public body's ("KCN Nhơn Trạch", "UBND
// TP.HCM"), else 0.
func firmWords(toks []token, i int) int {
	switch {
	case i >= 2 && toks[i-1].upper && toks[i-2].upper && joinable(toks, i-1):
		return 2
	case i >= 1 && isAbbrev(toks[i-1]) && !addressWord(toks, i-1) && !publicAbbrevs[toks[i-1].text]:
		return 1
	}
	return 0
}
