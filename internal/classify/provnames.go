package classify

import "bantin/internal/vntext"

// Places inside the names of firms, clubs and works: "Công ty Thái Bình
// Shoes", "CLB Công an Hà Nội", "phim Biệt động Sài Gòn".

// orgBefore returns the firm, bank or club word that starts the name a
// place ends, at most four words before it: "CLB Công an Hà Nội", "Công
// ty Thái Bình Shoes", "CLB VTV Bình Điền Long An"; "" when there is none
// or a word of place context (tại, ở, tỉnh) comes first.
// A firm's full name may be longer when it goes on capitalised: "Công
// ty TNHH MTV Hóa chất Đức Giang - Đắk Nông" (up to maxFirmName words).
func (m *provMatcher) orgBefore(toks []token, i int) string {
	for j, n := i, 0; j > 0 && n <= maxFirmName && joinable(toks, j); j, n = j-1, n+1 {
		ci, k := m.contextAt(toks, j)
		if ci >= 0 && contextBefore[ci].Effect == ctxNamed && isOrgWord(contextBefore[ci].Words) &&
			(n <= 4 || toks[j].upper && !isClubWord(contextBefore[ci].Words)) {
			return spanText(toks, span{start: j - k, end: j})
		}
		if ci >= 0 && contextBefore[ci].Effect == ctxStrong {
			return ""
		}
	}
	return ""
}

// maxFirmName is how many words a firm's name may run before a place.
const maxFirmName = 7

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
	case "công ty", "tổng công ty", "tập đoàn", "CTCP", "CLB", "câu lạc bộ", "đội bóng", "ngân hàng":
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
		for _, ks := range m.works {
			if at := k - len(ks) + 1; at >= 0 && phraseAt(toks, at, ks) && joinable(toks, k+1) {
				return spanText(toks, span{start: at, end: j})
			}
		}
	}
	return ""
}
