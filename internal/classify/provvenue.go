package classify

// schoolVenue reports a place mention at toks[i] that ends a school's name
// written as a match's venue: "trên sân Trường ĐH Nha Trang", "tại sân ĐH
// Cần Thơ", "tới sân vận động Trường ĐH Nha Trang", "khán đài SVĐ Trường
// ĐH Nha Trang" (i21provrec: the ground's full word and its abbreviation
// name it as "sân" does). The team of that name is refused elsewhere in a
// sports story; its ground says where the match is played, so the mention
// stays. It reports false when no ground word (groundEndsAt) opens the name
// within eight words, or the run of words from it to the mention is broken
// by punctuation.
func schoolVenue(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-8 && joinable(toks, j+1); j-- {
		if !joinable(toks, j) || !groundEndsAt(toks, j-1) {
			continue
		}
		if keyEqual(toks, j, "trường") || keyEqual(toks, j, "đh") || keyEqual(toks, j, "đại") || keyEqual(toks, j, "cđ") {
			return true
		}
	}
	return false
}

// groundEndsAt reports a word for a sports ground ending at toks[k]: "sân",
// "SVĐ", or "sân vận động" written whole.
func groundEndsAt(toks []token, k int) bool {
	if wordIs(toks, k, "san", "sân") || toks[k].text == "SVĐ" {
		return true
	}
	return k >= 2 && wordIs(toks, k, "dong", "động") && joinable(toks, k) && wordIs(toks, k-1, "van", "vận") &&
		joinable(toks, k-1) && wordIs(toks, k-2, "san", "sân")
}
