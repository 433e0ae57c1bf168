package classify

// Routes named by their ends (issue 9, real news): "cao tốc Nội Bài - Lào
// Cai", "cao tốc từ TP.HCM đến Khánh Hòa". Their ends count only when
// nothing else is named, and not for an incident on the road unless both
// lie in one province (see accidentRoutes and dropRoutes).

// routeContext returns the route word that makes the place starting at
// toks[i] a route's end, given the mention before it (nil if none): the
// second end of "cao tốc Nội Bài - Lào Cai", or X and Y of "cao tốc từ X
// đến Y". It returns "" when there is none.
func (m *provMatcher) routeContext(toks []token, i int, prev *mention) string {
	if i == 0 || toks[i].first {
		return ""
	}
	if prev != nil && routeLeg(toks, *prev, i) {
		return prev.context
	}
	if prev != nil && prev.effect == ctxRoute && prev.field == toks[i].field && i == prev.end+1 && joinable(toks, i) &&
		(wordIs(toks, i-1, "den", "đến") || wordIs(toks, i-1, "toi", "tới")) {
		return prev.context // "từ TP.HCM đến Khánh Hòa": Khánh Hòa
	}
	if i >= 2 && joinable(toks, i) && wordIs(toks, i-1, "tu", "từ") {
		if ci, n := m.contextAt(toks, i-1); ci >= 0 && contextBefore[ci].Effect == ctxRoute {
			return spanText(toks, span{start: i - 1 - n, end: i - 1})
		}
	}
	return ""
}

// oneProvinceRoute reports route ends naming two places or more that all
// lie in one province ("cao tốc Nha Trang - Cam Lâm"): an incident on the
// road happened there.
func oneProvinceRoute(ms []mention) bool {
	var first *placeRule
	two, p := false, ""
	for i := range ms {
		if ms[i].effect != ctxRoute || ms[i].dropped != "" {
			continue
		}
		if first != nil && ms[i].province != p {
			return false
		}
		if first == nil {
			first, p = ms[i].rule, ms[i].province
		}
		two = two || ms[i].rule != first
	}
	return two
}
