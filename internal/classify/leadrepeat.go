package classify

import "strings"

// leadSkip is how many body tokens may come before the lead's repeat: a
// dateline or byline ("TPO -", "(Dân trí) -") that the feed's description
// kept and the summary lost.
const leadSkip = 6

// dropLeadRepeat removes from the body the words that repeat the lead, so
// that every sentence of an article is read once. Many feeds give only a
// description, which becomes both the summary and the body; others give a
// content that restates the description and adds a little, or a
// description cut short ("…") of the content's first paragraph. Read
// twice, such a lead's cues, place names and signature weights counted
// double, unlike an article whose feed gives the lead alone.
//
// toks holds the title's tokens, then the lead's from lead, then the
// body's from body. When the lead's tokens, compared as written, equal
// the body's starting at one of its first leadSkip tokens — all of them,
// or all but the last when the lead ends in "…" or "..." (a cut that may
// fall inside a word) — that run is removed from the body; the body's
// other words, before and after it, stay. The lead and title are
// untouched. It returns toks, shortened in place.
func dropLeadRepeat(toks []token, lead, body int, summary string) []token {
	n := body - lead
	if n == 0 || len(toks) == body {
		return toks
	}
	need := n
	if cut := strings.TrimRight(summary, " \t\n\r"); strings.HasSuffix(cut, "…") || strings.HasSuffix(cut, "...") {
		need = max(n-1, 1)
	}
	for skip := 0; skip <= leadSkip && body+skip+need <= len(toks); skip++ {
		k := commonRun(toks[lead:body], toks[body+skip:])
		if k < need {
			continue
		}
		from, old := body+skip, len(toks)
		toks = append(toks[:from], toks[from+k:]...)
		clear(toks[len(toks):old]) // keep no text alive past the length (scratch.release)
		if from < len(toks) && from == body {
			toks[from].first = true
		}
		return toks
	}
	return toks
}

// commonRun returns how many tokens a and b share from their start, compared
// as written.
func commonRun(a, b []token) int {
	k := 0
	for k < len(a) && k < len(b) && a[k].text == b[k].text {
		k++
	}
	return k
}
