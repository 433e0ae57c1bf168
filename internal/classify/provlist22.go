package classify

import (
	"slices"
	"strings"

	"bantin/internal/vntext"
)

// maxUnitWords is the longest name, in syllables, a listed unit may have.
const maxUnitWords = 4

// unitIndex maps the key of each gazetteer phrase of an administrative word
// and a name ("xã long hưng") to its rule's number in rules, so that a name
// listed after another unit's can be read with that unit's word.
func unitIndex(rules []placeRule) map[string]int {
	idx := map[string]int{}
	for i := range rules {
		if r := &rules[i]; r.Kind == kindPlace && r.Admin > 0 && len(r.Cands) > 0 {
			idx[vntext.Key(r.Text)] = i
		}
	}
	return idx
}

// listedUnits reads the names listed after a unit named with its
// administrative word — "các xã Long Hưng, Long Định và Tân Phước",
// "phường Tây Nha Trang, Bắc Nha Trang" — as units of the same kind: each
// comma- or "và"-separated capitalised name that the gazetteer knows with
// that word becomes a mention of its own, sharing the first unit's context
// and weight. The list stops at the first name that is no such unit, that
// another rule has read (a province's name, "phường Mũi Né, Bình Thuận"),
// or that runs on into a longer name. It is read only when every unit of
// the list has a candidate in one province the first unit stands for (its
// province when it is kept; one of its candidates when it waits for the
// text to name one), and each new mention keeps only those candidates: a
// listed name adds the province's former provinces, never a province the
// first unit does not give. The first unit refused for any other reason
// (a home, a firm) refuses its list too.
func (m *provMatcher) listedUnits(toks []token, ms []mention) []mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		first := ms[i]
		if first.rule == nil || first.rule.Kind != kindPlace || first.rule.Admin == 0 || len(first.rule.Cands) == 0 ||
			first.dropped != "" && first.wardOf == nil {
			continue
		}
		items := m.unitList(toks, ms[:n], first)
		provs := firstProvinces(first)
		for _, it := range items {
			provs = slices.DeleteFunc(provs, func(p string) bool {
				return !slices.ContainsFunc(m.rules[it.rule].Cands, func(c gazCand) bool { return c.province == p })
			})
		}
		if len(items) == 0 || len(provs) == 0 {
			continue
		}
		for _, it := range items {
			ms = append(ms, listedMention(toks, first, &m.rules[it.rule], it.start, it.end, provs))
		}
	}
	return ms
}

// listItem is one name of a list: tokens [start, end) and its rule.
type listItem struct{ start, end, rule int }

// unitList returns the names listed right after first, each a unit the
// gazetteer knows with first's administrative word.
func (m *provMatcher) unitList(toks []token, ms []mention, first mention) []listItem {
	admin := strings.Join(strings.Fields(vntext.Key(first.rule.Text))[:first.rule.Admin], " ")
	var out []listItem
	for at := first.end; ; {
		s := listNext(toks, at)
		if s < 0 || !toks[s].upper && !toks[s].caps {
			return out
		}
		it, ok := m.unitAt(toks, s, admin)
		if !ok || overlapsMention(ms, it.start, it.end) {
			return out
		}
		out = append(out, it)
		at = it.end
	}
}

// listNext returns where the next name of a list starts after a name
// ending at toks[at]: after ", ", " và " or ", và " in the same field; -1
// when no list separator follows.
func listNext(toks []token, at int) int {
	if at >= len(toks) || toks[at].first {
		return -1
	}
	g := strings.TrimSpace(toks[at].gap)
	if g != "," && g != "" {
		return -1
	}
	if keyEqual(toks, at, "và") && at+1 < len(toks) && joined(toks, at, at+1) {
		return at + 1
	}
	if g == "," {
		return at
	}
	return -1
}

// unitAt returns the longest unit name starting at toks[s] that the
// gazetteer knows after the administrative word admin (a key), not
// followed by another capitalised syllable of the same name.
func (m *provMatcher) unitAt(toks []token, s int, admin string) (listItem, bool) {
	key := admin
	best := listItem{rule: -1}
	for e := s; e < len(toks) && e-s < maxUnitWords; e++ {
		if e > s && (!joined(toks, e-1, e) || !toks[e].upper && !toks[e].caps) {
			break
		}
		key += " " + keyOf(toks, e)
		if r, ok := m.units[key]; ok {
			best = listItem{start: s, end: e + 1, rule: r}
		}
	}
	if best.rule < 0 || best.end < len(toks) && joined(toks, best.end-1, best.end) && toks[best.end].upper && !toks[best.end].caps {
		return best, false
	}
	return best, true
}

// overlapsMention reports a mention of ms on any token of [s, e).
func overlapsMention(ms []mention, s, e int) bool {
	for i := range ms {
		if ms[i].start < e && s < ms[i].end {
			return true
		}
	}
	return false
}

// firstProvinces returns the provinces a list's first unit may stand for:
// its province when it is kept, else those of its candidates.
func firstProvinces(first mention) []string {
	if first.dropped == "" {
		return []string{first.province}
	}
	var ps []string
	for _, c := range first.wardOf {
		if !slices.Contains(ps, c.province) {
			ps = append(ps, c.province)
		}
	}
	return ps
}

// listedMention is the mention of a listed unit toks[s:e] read with rule
// r, in first's context, keeping r's candidates in provs: kept when first
// is and they are one province (the former province named when they
// agree on one), else waiting for the text to name one, as first does.
func listedMention(toks []token, first mention, r *placeRule, s, e int, provs []string) mention {
	mt := first
	mt.rule, mt.start, mt.end = r, s, e
	mt.text = joinText(toks, s, e)
	var cands []gazCand
	for _, c := range r.Cands {
		if slices.Contains(provs, c.province) {
			cands = append(cands, c)
		}
	}
	if first.dropped != "" {
		mt.wardOf = cands
		return mt
	}
	mt.wardOf, mt.province, mt.legacy = nil, cands[0].province, cands[0].legacy
	for _, c := range cands[1:] {
		if c.legacy != mt.legacy {
			mt.legacy = ""
		}
	}
	return mt
}

// joinText returns the words of toks[s:e] as written, one space apart.
func joinText(toks []token, s, e int) string {
	ws := make([]string, 0, e-s)
	for i := s; i < e; i++ {
		ws = append(ws, toks[i].text)
	}
	return strings.Join(ws, " ")
}
