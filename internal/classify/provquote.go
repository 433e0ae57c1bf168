package classify

import "strings"

// Quotations and superlatives around a place (issue 9, recall on real
// news): the words that would otherwise read a place as part of a title or
// a firm's name.

// quotedStatement reports that the quotation holding the place at sp is
// someone's words, not a work's title: it follows a colon ("Trung tướng
// X: 'Tôi đến với An Giang bằng sự trân trọng'"), or it opens the title and
// runs to its end ("'Xe buýt TP HCM nên hoạt động đến 23h30'", the way
// papers headline an interview or a reader's view). The place in it is
// the story's.
func quotedStatement(toks []token, sp span) bool {
	open := -1
	for j := sp.start; j >= 0; j-- {
		if opensQuote(toks[j]) {
			open = j
			break
		}
		if toks[j].first {
			return false
		}
	}
	if open < 0 {
		return false
	}
	end := open + 1 // the quotation's end: its closing mark or its field's end
	for end < len(toks) && !toks[end].first && !closesQuote(toks[end]) {
		end++
	}
	if end-open < minStatement { // "'Neymar xứ Thanh'": a nickname
		return false
	}
	if strings.Contains(toks[open].gap, ":") {
		return true
	}
	return toks[open].first && toks[open].field == fieldTitle && (end == len(toks) || toks[end].first)
}

// minStatement is how many words a quotation holds at least to be read as
// someone's words.
const minStatement = 5

// superlativeBefore reports "nhất" right before toks[i], after an
// adjective: "tòa nhà đẹp nhất Cà Mau", "công ty vàng bạc lớn nhất Hà
// Tĩnh" say where the thing is, the most of its kind there; the place is
// no part of a name or a title. "hạng nhất Bắc Ninh" (a league's club) and
// "thứ nhất" are ranks, not superlatives.
func superlativeBefore(toks []token, i int) bool {
	if i < 2 || !joinable(toks, i) || toks[i-1].first || toks[i-1].fold != "nhat" || !keyEqual(toks, i-1, "nhất") {
		return false
	}
	switch toks[i-2].fold {
	case "hang", "thu", "so":
		return false
	}
	return joinable(toks, i-1)
}
