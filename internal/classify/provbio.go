package classify

// Biographies (issue 9, real news; i13prov20): an item titled "Tiểu sử …"
// ("Tiểu sử tân Chủ tịch Hà Nội Vũ Đại Thắng", "Tiểu sử Chủ tịch Quốc hội
// …") sums up a cadre's career on their appointment, and its lead lists
// where they served before ("từng làm Bí thư Tỉnh ủy Khánh Hòa", "làm
// lãnh đạo ở các tỉnh Hà Nam, Quảng Bình, Quảng Ninh"). The story is the
// new post, which the title names when it has a place; the lead's places
// are the career's, as formerPosts reads them beside a new post.

// biographyPosts refuses, in an item whose title opens with "Tiểu sử",
// the places of the summary whose province no kept place of the title
// names.
func biographyPosts(toks []token, ms []mention) {
	if len(toks) < 2 || toks[0].field != fieldTitle || toks[0].fold != "tieu" || !toks[0].upper ||
		!joinable(toks, 1) || !wordIs(toks, 1, "su", "sử") {
		return
	}
	titled := map[string]bool{}
	for _, mt := range ms {
		if mt.field == fieldTitle && mt.dropped == "" {
			titled[mt.province] = true
		}
	}
	for i := range ms {
		if mt := &ms[i]; mt.field == fieldSummary && mt.dropped == "" && !titled[mt.province] {
			mt.dropped = "a biography's former post (Tiểu sử …: " + mt.text + ")"
		}
	}
}
