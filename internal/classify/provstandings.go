package classify

// Standings stories (issue 9, real news; the labels' convention: a club's
// name does not place a story). A sports story whose title opens with
// "Bảng xếp hạng" or "BXH" ("Bảng xếp hạng V-League mới nhất: Hà Nội
// chiếm lĩnh tốp 3, …") reports a table: the provinces it names plainly
// are clubs. A venue still counts ("trên sân Ninh Bình", "chủ nhà Ninh
// Bình", "tại Hải Phòng"), as does a place inside a province (a stadium).

// standingsTitle reports a title that opens with "Bảng xếp hạng" or
// "BXH".
func standingsTitle(toks []token) bool {
	if len(toks) == 0 || toks[0].field != fieldTitle {
		return false
	}
	if toks[0].text == "BXH" {
		return true
	}
	return len(toks) >= 3 && wordIs(toks, 0, "bang", "bảng") && joinable(toks, 1) && wordIs(toks, 1, "xep", "xếp") &&
		joinable(toks, 2) && wordIs(toks, 2, "hang", "hạng") && toks[2].field == fieldTitle
}

// standingsClub reports a mention a standings story names as a club: a
// province's own name with no place context, not a venue ("sân X", "chủ
// nhà X").
func standingsClub(toks []token, mt *mention) bool {
	if mt.rule.Kind != kindName && mt.rule.Kind != kindAlias || mt.effect == ctxStrong {
		return false
	}
	return !groundBefore(toks, mt.start) && !hostBefore(toks, mt.start)
}
