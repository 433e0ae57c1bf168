package classify

// Goods and dishes named after the place they come from (issue 9, real
// news; i18provfp): "lạp xưởng Sóc Trăng … đổ về TP HCM", "phở bò Hà Nội"
// on a menu in TP.HCM, "tượng … chế tác bằng đá Nghệ An" sent abroad. The
// name says where such goods are made, or once were; when the title or a
// place word puts the story in another province, the place in the name is
// not a place of the story. Alone, such a name stays (a story of "nước mắm
// Phú Quốc" and nothing else is Phú Quốc's).

// goodsWords are the goods and dishes whose name, right before a bare
// place, makes the place their origin: specialities, dishes, farm produce
// and crafts. Words that also head a place ("làng", "chợ", "vùng"),
// a business ("quán", "nhà hàng") or another sense ("chè" is tea and a
// sweet soup, still a product; "đá" is also ice or a kick) are left out.
var goodsWords = []string{
	"nước mắm", "mắm", "lạp xưởng", "nem chua", "chả cá", "giò chả", "bánh pía", "bánh tráng", "bánh đa",
	"bánh", "phở", "phở bò", "phở gà", "bún", "bún bò", "bún cua", "bún chả", "bún cá", "hủ tiếu", "mì", "cao lầu",
	"cốm", "kẹo dừa", "bưởi", "vải thiều", "nhãn lồng", "xoài", "sầu riêng", "thanh long", "chè", "trà",
	"rượu", "gạo", "muối", "mật ong", "yến sào", "tỏi", "hành tím", "gốm", "lụa", "thổ cẩm", "cơm tấm",
}

// goodsBefore reports a name of goods (goodsWords) ending right before
// toks[i] and written in lower case: "Công ty Yến sào Khánh Hòa", a firm,
// is not goods.
// The first phrase in goodsWords' order decides ("nước mắm" before "mắm").
func (m *provMatcher) goodsBefore(toks []token, i int) bool {
	at := m.goodsLast.endingAt(toks, i-1, m.goods)
	return at >= 0 && !toks[at].upper
}

// goodsOrigins refuses, among ms (the mentions of toks, in order), a
// province whose every kept mention is bare and right after a name of
// goods (goodsWords) — "nước mắm Phú Quốc" — when another province has a
// kept mention in the title or after a place word (refuseMarked).
func (m *provMatcher) goodsOrigins(toks []token, ms []mention) {
	marks := markWhere(ms, func(mt *mention) bool {
		return mt.dropped == "" && mt.effect == 0 && mt.start >= 1 && joinable(toks, mt.start) && m.goodsBefore(toks, mt.start)
	})
	refuseMarked(ms, marks, func(i int) string {
		return "goods named after their origin (" + toks[ms[i].start-1].text + " " + ms[i].text + "); the title or a place word puts the story in another province"
	})
}
