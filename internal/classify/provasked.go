package classify

import "strings"

// A reader's question signed at the end (issue 9, real news; i13prov20):
// the health and advice columns print a reader's question as the lead and
// sign it in parentheses right after the question mark — "… có tái phát
// không? (Lâm Đồng)", "… có giúp phòng cảm, cúm không? (Mai Thảo, Hà Nội,
// 35 tuổi)", "… diễn tiến nặng nhanh? (Huế Anh, TP HCM)". Whatever the
// signature holds is the reader's name and home, not the story's place;
// signature and signatureName catch the usual orders, not an age after
// the place, a province alone, or a name that starts with a place's.

// askedSignatures refuses, among ms, the places inside a parenthesis that
// opens right after a question mark and closes the summary.
func askedSignatures(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped == "" && mt.field == fieldSummary && askedSignatureAt(toks, mt.start, mt.end) {
			mt.dropped = "a reader's signature after their question (…? (" + mt.text + " …))"
		}
	}
}

// askedSignatureAt reports tokens [start, end) inside a parenthesis of at
// most ten words that a question mark stands right before, "? (", and
// that nothing but the closing parenthesis follows in the field.
func askedSignatureAt(toks []token, start, end int) bool {
	open := -1
	for j := start; j >= 0 && j > start-10; j-- {
		g := toks[j].gap
		if strings.Contains(g, ")") || j < start && toks[j+1].first {
			return false
		}
		if strings.Contains(g, "(") {
			open = j
			break
		}
	}
	if open < 1 || toks[open].first {
		return false
	}
	if before, _, _ := strings.Cut(toks[open].gap, "("); !strings.Contains(before, "?") {
		return false
	}
	for k := end; k < len(toks) && !toks[k].first; k++ {
		if k-open > 10 || strings.ContainsAny(toks[k].gap, "()") {
			return false // the parenthesis goes on, or text follows it
		}
	}
	return true
}
