package classify

import "strings"

// stopsAndOrigins drops, among the mentions no earlier rule dropped, an
// earlier stop of a tour ("Sau hai chặng tại Hà Nội và TP.HCM, …", with
// the places listed with it, even after a place word); and, among the
// mentions no rule dropped or made strong, a journey's origin ("từ Hà Nội
// vào …") and, in a lead that counts nationwide, one figure of the count
// ("trong đó Hà Nội …", with the places listed with it).
func (m *provMatcher) stopsAndOrigins(toks []token, ms []mention) {
	national := -1 // unknown until a "trong đó" asks
	for i := range ms {
		mt := &ms[i]
		if mt.dropped == "" && previousStop(toks, mt.start) { // "Sau hai chặng tại Hà Nội và TP.HCM, …"
			mt.dropped = "an earlier stop (Sau … " + mt.text + ", …)"
			for j, last := i+1, stopsListed(toks, ms, i); j <= last; j++ {
				ms[j].dropped = mt.dropped + ", listed with it"
			}
		}
		if mt.dropped != "" || mt.effect == ctxStrong {
			continue
		}
		switch {
		case i+1 < len(ms) && m.journeyFrom(toks, *mt, ms[i+1]):
			mt.dropped = "a journey's origin (từ " + mt.text + " " + toks[mt.end].text + " …)"
		case mt.field != fieldTitle && m.afterAmong(toks, mt.start):
			if national < 0 {
				national = b2i(m.anyPhrase(toks, m.nationwide))
			}
			if national == 1 {
				mt.dropped = "one figure of a nationwide count (trong đó " + mt.text + ")"
				for j := i + 1; j < len(ms) && listed(toks, ms[j-1], ms[j].start); j++ {
					ms[j].dropped = mt.dropped + ", listed with it"
				}
			}
		}
	}
}

// journeyFrom reports "từ X về Y" or, after a verb of travel, "từ X đến
// Y", where a is X and b is Y; not when a verb of carrying comes first
// ("đưa trái tim từ Cần Thơ về TP HCM": the heart's donor was in Cần Thơ),
// nor a road ("đoạn cao tốc từ Hà Tĩnh đến Quảng Trị") unless one is on
// the way ("trên đường từ TP HCM về Vĩnh Long").
//
// After a verb of travel, Y may also come later in a sentence of the lead
// or body: "đi từ Hà Nội đến điểm trường Tà Ghênh (xã Phình Hồ, tỉnh Lào
// Cai)". Not in a title, whose few words leave the verb's object unread
// ("chuyển chuyến bay quốc tế từ Tân Sơn Nhất về sân bay Long Thành").
func (m *provMatcher) journeyFrom(toks []token, a, b mention) bool {
	far := b.start > a.end+1
	if a.start < 1 || b.field != a.field || !wordIs(toks, a.start-1, "tu", "từ") ||
		!joinable(toks, a.start) || !joinable(toks, a.end) || b.start < a.end+1 ||
		!far && !joinable(toks, b.start) || far && (a.field == fieldTitle || !sameSentence(toks, a.end, b.start, 10)) {
		return false
	}
	travel, cargo := false, false
	for j := a.start - 2; j >= 0 && j >= a.start-7 && joinable(toks, j+1); j-- {
		if m.phraseEndsAt(toks, j, m.roads) {
			if j == 0 || !m.phraseEndsAt(toks, j-1, m.ways) {
				return false // "đường mới từ Long An về Đồng Tháp": a road joins both
			}
			travel = true // "trên đường từ …", "chặng đường dài từ …": on the way
		}
		travel = travel || m.phraseEndsAt(toks, j, m.journeys)
		cargo = cargo || m.phraseEndsAt(toks, j, m.cargo)
	}
	for _, w := range [...]string{"về", "ra", "vào", "sang", "lên"} {
		if keyEqual(toks, a.end, w) {
			return !cargo && (!far || travel)
		}
	}
	return (keyEqual(toks, a.end, "đến") || keyEqual(toks, a.end, "tới")) && travel && !cargo
}

// afterAmong reports "trong đó" or "trong số đó" at most two words before
// toks[i] in its sentence: "Trong đó Hà Tĩnh có tỉ lệ …".
func (m *provMatcher) afterAmong(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if wordIs(toks, j, "do", "đó") && (wordIs(toks, j-1, "trong", "trong") ||
			j >= 2 && wordIs(toks, j-1, "so", "số") && wordIs(toks, j-2, "trong", "trong")) {
			return true
		}
		if toks[j+1].first || strings.ContainsAny(toks[j+1].gap, ".;:") {
			return false
		}
	}
	return false
}

// stopsListed returns the index of the last mention listed with ms[i], an
// earlier stop: the mentions joined to it by "và" ("Sau Hà Nội và TP.HCM,
// …"), or by commas when the list ends in "và" and a comma ("Sau Cát Bà,
// Hạ Long và Phú Quốc, Sun Group …", i18provfp). A comma alone ends the
// list: "Sau Đà Nẵng, TP.HCM ra mắt …" names the story's place after it.
func stopsListed(toks []token, ms []mention, i int) int {
	last, and := i, i
	for j := i + 1; j < len(ms) && listed(toks, ms[j-1], ms[j].start); j++ {
		last = j
		if ms[j].start == ms[j-1].end+1 { // joined by "và"
			and = j
		}
	}
	if and == last && last > i && ms[last].end < len(toks) && strings.Contains(toks[ms[last].end].gap, ",") {
		return last
	}
	for j := i + 1; j <= last; j++ { // only "và" right after the stop
		if ms[j].start != ms[j-1].end+1 {
			return j - 1
		}
	}
	return last
}
