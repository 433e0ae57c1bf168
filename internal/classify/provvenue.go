package classify

// schoolVenue reports a place mention at toks[i] that ends a school's name
// written as a match's venue: "trên sân Trường ĐH Nha Trang", "tại sân ĐH
// Cần Thơ". The team of that name is refused elsewhere in a sports story;
// its ground says where the match is played, so the mention stays. It
// reports false when no "sân" opens the name within eight words, or the
// run of words from "sân" to the mention is broken by punctuation.
func schoolVenue(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-8 && joinable(toks, j+1); j-- {
		if !wordIs(toks, j-1, "san", "sân") || !joinable(toks, j) {
			continue
		}
		if keyEqual(toks, j, "trường") || keyEqual(toks, j, "đh") || keyEqual(toks, j, "đại") || keyEqual(toks, j, "cđ") {
			return true
		}
	}
	return false
}
