package classify

// A club's result told with a manner adverb between its name and the verb
// (issue 9, real news; i14prov22): "Sau khi Đà Nẵng xuất sắc đánh bại
// Becamex TP.HCM", "Nam Định chật vật đánh bại đội Thanh Hóa". See
// teamContext, which reads the verb right after the name (resultAfter).

// resultAdverbs are the manner adverbs read between a club and its result.
// Not "đã", "vừa": "Hoàng Anh Gia Lai đã thắng" stands beside "Festival …
// U14 Gia Lai 2026", an event in the province, and "đã hòa mình" is no
// result.
var resultAdverbs = phraseList("xuất sắc", "bất ngờ", "nhọc nhằn", "chật vật", "dễ dàng", "thuyết phục")

// phraseList returns the phrases' word sequences (phraseKeys).
func phraseList(phrases ...string) []wordSeq {
	out := make([]wordSeq, 0, len(phrases))
	for _, p := range phrases {
		out = append(out, phraseKeys(p))
	}
	return out
}

// adverbOutcome reports, at toks[j] right after a place, one of
// resultAdverbs followed by an outcome (resultAfter) in the same clause.
func (m *provMatcher) adverbOutcome(toks []token, j int) bool {
	if j >= len(toks) || toks[j].first || !joinable(toks, j) {
		return false
	}
	for _, adv := range resultAdverbs {
		k := j + len(adv)
		if k >= len(toks) || !phraseAt(toks, j, adv) || !joinable(toks, k) {
			continue
		}
		for _, ks := range m.outcomes {
			if phraseAt(toks, k, ks) {
				return true
			}
		}
	}
	return false
}
