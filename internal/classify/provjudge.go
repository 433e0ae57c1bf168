package classify

import "strings"

// Mention weights by field and kind: the title says most about where a
// story happens, a gazetteer place slightly less than the unit's name.
var (
	fieldWeight = [numFields]float64{fieldTitle: 0.9, fieldSummary: 0.75, fieldBody: 0.55}
	kindWeight  = [...]float64{kindName: 1, kindAlias: 0.9, kindPlace: 0.85, kindNegative: 0}
)

const (
	strongWeight = 0.9  // "tỉnh X", "X (cũ)", a dateline
	weakWeight   = 0.25 // "điểm cầu X"
	weakCap      = 0.3  // a province named only weakly stays weak
	wardFactor   = 0.7  // "phường X": a ward inside the unit
)

// judge applies the context rules of reference §2 to one phrase match:
// the first rule of drop that holds leaves the mention out (saying why),
// else the first of place weighs it.
func (m *provMatcher) judge(toks []token, sp span, r *placeRule) mention {
	mt := mention{rule: r, field: toks[sp.start].field, province: r.province,
		legacy: r.legacy, text: spanText(toks, sp)}
	mt.weight = fieldWeight[mt.field] * kindWeight[r.Kind]
	j := judging{toks: toks, sp: sp, r: r, caps: toks[sp.start].caps}
	var n int
	j.ci, n = m.contextAt(toks, sp.start)
	if j.ci >= 0 {
		mt.effect, mt.context = contextBefore[j.ci].Effect, spanText(toks, span{start: sp.start - n, end: sp.start})
	}
	if mt.effect == ctxTitle && r.Flags&flagAmbiguous == 0 {
		mt.effect, mt.context = 0, "" // "bác sĩ Dung Quất": a professional of the place
	}
	if mt.effect == ctxPassing && r.Kind == kindPlace && contextBefore[j.ci].Words == "gần" {
		mt.effect, mt.context = 0, "" // "gần cầu Ba Son": a landmark places what happened near it
	}
	if mt.effect == ctxHome && n == 1 && (toks[sp.start-1].first || !joinable(toks, sp.start-1)) {
		mt.effect, mt.context = 0, "" // "Người TP HCM dâng lễ": the city's people, the subject
	}
	if mt.effect == ctxNamed && (cityStreets(toks, sp.start-n, r) || r.Admin > 0 && isStreetWord(mt.context)) {
		mt.effect = 0 // "trên phố Hà Nội": the city's streets; "đường xã Chư Păh": a commune's road
	}
	j.legacyMarked = m.legacyAt(toks, sp.end)
	j.org = m.orgBefore(toks, sp.start)
	j.dateline = isDateline(toks, sp)
	if !m.drop(j, &mt) {
		m.place(j, &mt)
	}
	return mt
}

// ward resolves "phường X"/"xã X": a ward of that name, not the former
// province as a whole. A name several units share is left to aggregate,
// which keeps it only in the source's home province. A ward named after a
// gazetteer place (phường Dĩ An, xã Cái Bè) is that place: it keeps the
// former province the place lay in, unless wardHomes lists the name.
func (m *provMatcher) ward(toks []token, sp span, mt *mention) {
	k := joinKeys(keysOf(toks, sp))
	mt.weight *= wardFactor
	homes, ok := m.wards[k]
	if ok || mt.rule.Kind != kindPlace && !wardless(k) {
		mt.legacy = ""
	}
	if !ok {
		return
	}
	if len(homes) == 1 {
		mt.province = homes[0]
		return
	}
	mt.province, mt.wardOf = "", nil
	for _, h := range homes {
		mt.wardOf = append(mt.wardOf, gazCand{province: h})
	}
	mt.dropped = "a ward name shared by several provinces"
}

// contextAt returns the index in contextBefore of the longest context words
// ending just before toks[i], and their token count; -1 if none. Only the
// contexts ending in toks[i-1]'s word are tried (ctxLast).
func (m *provMatcher) contextAt(toks []token, i int) (int, int) {
	best, bestN := -1, 0
	if i == 0 || !joinable(toks, i) {
		return best, bestN
	}
	for _, ci := range m.ctxLast.at(toks, i-1) {
		if n := len(m.contexts[ci]); n > bestN && i-n >= 0 && phraseAt(toks, i-n, m.contexts[ci]) {
			best, bestN = ci, n
		}
	}
	return best, bestN
}

// surnameBefore reports a surname just before toks[i]: capitalised in
// mixed-case text; in ALL-CAPS text only the common surnames count.
func (m *provMatcher) surnameBefore(toks []token, i int, caps bool) bool {
	if i == 0 || !joinable(toks, i) || strings.ContainsAny(toks[i].gap, "-–—.") {
		return false
	}
	if !toks[i-1].upper {
		return false
	}
	inCaps, ok := m.surnames[keyOf(toks, i-1)]
	if !ok || i >= 2 && joinable(toks, i-1) && wordIs(toks, i-2, "thanh", "thánh") {
		return false // "Thánh Giuse Sài Gòn": a seminary named after the saint
	}
	if caps {
		return inCaps
	}
	return toks[i-1].upper
}

// nameBefore walks back over up to two capitalised given names to a surname
// or an honorific: "Nguyễn Thị Hồng Huế", "Chị Hồng Huế", "chị Thu Hà Nam".
func (m *provMatcher) nameBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if ci, _ := m.contextAt(toks, j+1); ci >= 0 && (contextBefore[ci].Effect == ctxPerson || contextBefore[ci].Effect == ctxTitle) {
			return true
		}
		if !joinable(toks, j+1) || !toks[j].upper {
			return false
		}
		if m.surnameBefore(toks, j+1, false) {
			return true
		}
	}
	return false
}

// legacyAt reports "(cũ)" or "cũ" right after a place ending before toks[i].
func (m *provMatcher) legacyAt(toks []token, i int) bool {
	for _, ks := range m.after {
		if i+len(ks) > len(toks) || toks[i].first || strings.ContainsAny(toks[i].gap, ",;.") {
			continue
		}
		ok := true
		for k := range ks {
			ok = ok && keyEqual(toks, i+k, ks[k])
		}
		if ok && !belongedTo(toks, i+len(ks)) {
			return true
		}
	}
	return false
}

// belongedTo reports "thuộc" or "là" at toks[i], going on from "trước đây"
// after a place: "P.An Khánh (trước đây thuộc P.An Phú)" says what the
// place belonged to before, not that it is a former one.
func belongedTo(toks []token, i int) bool {
	return i < len(toks) && !toks[i].first && (toks[i].fold == "thuoc" || toks[i].fold == "la")
}

// wireAfter reports a wire agency in parentheses right after a place:
// "Hà Nội (TTXVN) –".
func (m *provMatcher) wireAfter(toks []token, i int) bool {
	if i >= len(toks) || toks[i].first || !strings.Contains(toks[i].gap, "(") {
		return false
	}
	for _, w := range wireAgencies {
		if strings.EqualFold(toks[i].text, strings.TrimSuffix(w, "+")) {
			return true
		}
	}
	return false
}

// afterDirection reports a place whose first syllable is a direction
// (Bắc, Nam, Đông, Tây) right after a direction word: "phía Bắc Ninh Bình"
// is not Bắc Ninh.
func (m *provMatcher) afterDirection(toks []token, i int) bool {
	if i == 0 || !joinable(toks, i) {
		return false
	}
	switch toks[i].fold {
	case "bac", "nam", "dong", "tay":
	default:
		return false
	}
	for _, w := range directionBefore {
		if keyEqual(toks, i-1, w) {
			return true
		}
	}
	return false
}

// listedAfter reports that a mention starting at toks[i] continues a list
// after prev ("đài Bến Tre, Bạc Liêu", "Công ty X và Y", "đến từ X, Y và
// Z", a direction's ends "hướng X - Y"): only a comma, "và" or (after a
// direction) a dash between them, so prev's refusal applies to it
// too. unit says the mention names a unit (a province's name, or a ward
// with its administrative word), not a bare place.
func listedAfter(toks []token, prev mention, i int, unit bool) bool {
	if prev.dropped == "" || prev.end == 0 || prev.field != toks[i].field {
		return false
	}
	if prev.effect != ctxSource && prev.effect != ctxNamed && prev.effect != ctxPassing {
		return false
	}
	switch {
	case i == prev.end && prev.effect == ctxPassing && strings.HasSuffix(prev.context, "hướng") && strings.ContainsAny(toks[i].gap, "-–"):
		return true // "chạy hướng Đắk Lắk - Đà Nẵng": the direction's other end
	case i == prev.end:
		// "đường Núi Thành, phường Tân Bình", "đường X, Hà Nội": the
		// street's ward or city ("đường Hoàng Sa, Trường Sa" lists streets).
		return strings.TrimSpace(toks[i].gap) == "," && !(prev.effect == ctxNamed && isStreetWord(prev.context) && unit)
	case i == prev.end+1:
		return toks[prev.end].fold == "va" && !strings.ContainsAny(toks[i].gap+toks[prev.end].gap, ".;:")
	}
	return false
}

// isDateline reports a place opening the body as "(Thái Nguyên) –" or
// "THÁI NGUYÊN –".
func isDateline(toks []token, sp span) bool {
	t := toks[sp.start]
	if t.field != fieldBody || !t.first || sp.end >= len(toks) {
		return false
	}
	g := toks[sp.end].gap
	return strings.ContainsAny(g, "–—-") || strings.Contains(t.gap, "(") && strings.Contains(g, ")")
}

func spanText(toks []token, sp span) string {
	if sp.start >= sp.end {
		return ""
	}
	if sp.end-sp.start == 1 {
		return toks[sp.start].text
	}
	size := len(toks[sp.start].text)
	for i := sp.start + 1; i < sp.end; i++ {
		size += len(toks[i].gap) + len(toks[i].text)
	}
	var b strings.Builder
	b.Grow(size) // one allocation
	for i := sp.start; i < sp.end; i++ {
		if i > sp.start {
			b.WriteString(toks[i].gap)
		}
		b.WriteString(toks[i].text)
	}
	return b.String()
}

func keysOf(toks []token, sp span) []string {
	out := make([]string, 0, sp.end-sp.start)
	for i := sp.start; i < sp.end; i++ {
		out = append(out, keyOf(toks, i))
	}
	return out
}

// isStreetWord reports a context word that names a street: a place listed
// after the street's name, past a comma, is where the street is.
func isStreetWord(w string) bool {
	switch strings.ToLower(w) {
	case "đường", "phố", "ngõ", "hẻm", "đại lộ", "xa lộ":
		return true
	}
	return false
}
