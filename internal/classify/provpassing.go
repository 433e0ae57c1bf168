package classify

import "strings"

// Places a story names in passing (issue 9, real news): a journey's origin,
// one figure of a nationwide count, the ends of a route. They are judged on
// the whole list of mentions, after scan has read them all.

// passing refuses the journeys' origins and the places of nationwide
// figures among ms (the mentions of toks, in order), and a place listed
// right after one of them ("trong đó Lào Cai và Huế").
func (m *provMatcher) passing(toks []token, ms []mention) {
	m.visitorHomes(toks, ms)
	m.placedHomes(toks, ms)
	addressHomes(toks, ms)
	m.groupOrigins(toks, ms)
	m.missionSeats(toks, ms)
	comparedTo(toks, ms)
	bareResidences(toks, ms)
	headlineNamesakes(toks, ms)
	appositiveFirms(toks, ms)
	m.stopsAndOrigins(toks, ms)
	m.accidentRoutes(toks, ms)
	ringJoins(toks, ms)
	vehicleRanges(toks, ms)
	countrySpan(toks, ms)
	m.journeysOn(toks, ms)
	departures(toks, ms)
	m.foreignNamesakes(toks, ms)
	m.chineseNamesakes(toks, ms)
	placedElsewhere(toks, ms)
	compoundNames(toks, ms)
	sameFirm(toks, ms)
	aliasFirms(ms)
	m.formerPosts(toks, ms)
	m.affiliations(toks, ms)
	m.votersPetition(toks, ms)
	askedSignatures(toks, ms)
	biographyPosts(toks, ms)
	m.relationEnds(toks, ms)
	if profileLead(toks) || datingTitle(toks) || wishTitle(toks) || seekingTitle(toks) {
		dropProfile(ms)
	}
}

// placedElsewhere refuses a place whose own province the text contradicts
// right after it: "đoạn Bùng - Vạn Ninh (Quảng Trị)" names a Vạn Ninh of
// Quảng Trị, not the former district of Khánh Hòa the table knows, and
// "nhà thi đấu Phú Thọ (TP.HCM)" a hall named Phú Thọ, not the province.
// The province (or, in parentheses, another place) follows in parentheses,
// also after a number that names a plant, a bridge or a commune after the
// place ("Nhà máy điện mặt trời Dầu Tiếng 5 (Tây Ninh)", "cầu Bình Phước 1
// (TP.HCM)"); or, after a place of the gazetteer, right after it, after a
// comma with "tỉnh"/"TP" or after "ở"/"tại" ("cửa biển Thuận An ở TP.Huế").
func placedElsewhere(toks []token, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		mt, nx := &ms[i], ms[i+1]
		if mt.dropped != "" || mt.province == "" || nx.dropped != "" || nx.province == "" ||
			nx.province == mt.province || nx.field != mt.field {
			continue
		}
		paren := (nx.start == mt.end || nx.start == mt.end+1 && ordinalAt(toks, mt.end)) &&
			strings.TrimSpace(toks[nx.start].gap) == "(" // "Thuận An (Huế)", "Dầu Tiếng 5 (Tây Ninh)"
		if nx.rule.Kind == kindPlace && !paren {
			continue
		}
		adjacent := mt.rule.Kind == kindPlace && nx.start == mt.end && joinable(toks, nx.start) && toks[nx.start].gap == " " // "Đền Hùng Bình Dương"
		comma := mt.rule.Kind == kindPlace && nx.effect == ctxStrong && mt.end < nx.start && nx.start-mt.end <= 2 &&
			!strings.ContainsAny(toks[nx.start].gap, ",;") && (strings.TrimSpace(toks[mt.end].gap) == "," ||
			toks[mt.end].gap == " " && (wordIs(toks, mt.end, "o", "ở") || wordIs(toks, mt.end, "tai", "tại")))
		paren = paren || adjacent
		if !paren && !comma {
			continue
		}
		mt.dropped = "a place of that name in another province (" + mt.text + ", " + nx.text + ")"
		for j := range ms { // "nhà thi đấu Phú Thọ" in the title too
			if o := &ms[j]; o.dropped == "" && o.rule == mt.rule && o.effect != ctxStrong {
				o.dropped = mt.dropped
			}
		}
	}
}

// ordinalAt reports a number of one or two digits, or a Roman numeral up
// to III, at toks[i], joined to the word before: "Dầu Tiếng 5", "Yên Lạc
// II" name a plant, a park or a zone after the place.
func ordinalAt(toks []token, i int) bool {
	if i >= len(toks) || toks[i].gap != " " {
		return false
	}
	switch t := toks[i].text; t {
	case "I", "II", "III":
		return true
	default:
		return len(t) <= 2 && isDigits(t)
	}
}

// accidentRoutes refuses the ends of a route an accident happened on
// ("tai nạn trên cao tốc Nội Bài - Lào Cai"): it happened somewhere along
// the road, not in the provinces its name joins.
func (m *provMatcher) accidentRoutes(toks []token, ms []mention) {
	accident := -1
	for i := range ms {
		if ms[i].effect != ctxRoute || ms[i].dropped != "" {
			continue
		}
		if accident < 0 {
			accident = b2i(m.anyPhrase(toks, m.accidents) && !oneProvinceRoute(ms))
		}
		if accident == 0 {
			return
		}
		ms[i].dropped = "a route an accident happened on (" + ms[i].context + " " + ms[i].text + ")"
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

// sameSentence reports that toks[i:j] hold no sentence break and at most n
// tokens.
func sameSentence(toks []token, i, j, n int) bool {
	if j-i > n {
		return false
	}
	for k := i + 1; k <= j && k < len(toks); k++ {
		if g := toks[k].gap; toks[k].first || strings.ContainsAny(g, ";:!?") || strings.Contains(g, ".") && strings.ContainsAny(g, " \u00a0") {
			return false
		}
	}
	return true
}

// phraseEndsAt reports one of phrases ending at toks[j].
func (m *provMatcher) phraseEndsAt(toks []token, j int, phrases []wordSeq) bool {
	for _, ks := range phrases {
		if at := j - len(ks) + 1; at >= 0 && phraseAt(toks, at, ks) {
			return true
		}
	}
	return false
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

// anyPhrase reports whether one of phrases occurs in toks.
func (m *provMatcher) anyPhrase(toks []token, phrases []wordSeq) bool {
	for i := range toks {
		for _, ks := range phrases {
			if (len(ks) == 0 || toks[i].fold == ks[0].fold) && phraseAt(toks, i, ks) { // the first word's fold, inline
				return true
			}
		}
	}
	return false
}

// phraseAt reports the words of ph at toks[i:], within one field; a comma
// may stand between them only where the phrase has one. Folded forms are
// compared first, so that most tokens need no key.
func phraseAt(toks []token, i int, ph wordSeq) bool {
	if i+len(ph) > len(toks) {
		return false
	}
	for k, w := range ph {
		if k > 0 && toks[i+k].first || toks[i+k].fold != w.fold || !keyEqual(toks, i+k, w.key) {
			return false
		}
		if k+1 < len(ph) && !w.comma && !joinable(toks, i+k+1) {
			return false
		}
	}
	return true
}

// listed reports a mention at toks[i] right after prev, with only a comma
// or "và" between them.
func listed(toks []token, prev mention, i int) bool {
	switch {
	case prev.field != toks[i].field:
		return false
	case i == prev.end:
		return strings.TrimSpace(toks[i].gap) == ","
	case i == prev.end+1:
		return toks[prev.end].fold == "va" && !strings.ContainsAny(toks[i].gap+toks[prev.end].gap, ".;:")
	}
	return false
}

// routeLeg reports a mention at toks[i] that continues the route prev
// names: "cao tốc Nội Bài - Lào Cai".
func routeLeg(toks []token, prev mention, i int) bool {
	return prev.effect == ctxRoute && i == prev.end && prev.field == toks[i].field &&
		strings.ContainsAny(toks[i].gap, "-–")
}

// dropRoutes refuses the places that only name a route's ends in the
// summary or body when the story names another place: "đổ bê tông cao tốc
// ở An Giang … cao tốc Châu Đốc - Cần Thơ - Sóc Trăng" is An Giang's story.
// A route alone ("tai nạn trên cao tốc Đà Nẵng - Quảng Ngãi") or in the
// title ("Khánh thành cao tốc Khánh Hòa - Buôn Ma Thuột") keeps its ends.
func dropRoutes(ms []mention, named map[string]bool) {
	for i := range ms {
		if ms[i].effect == ctxRoute && ms[i].field != fieldTitle && ms[i].dropped == "" && len(named) > 0 && !named[ms[i].province] {
			ms[i].dropped = "a route's name; the story names another place"
		}
	}
}

// wordIs reports toks[i] is the word of key (folded: fold), comparing the
// folded forms first so that most tokens need no key.
func wordIs(toks []token, i int, fold, key string) bool {
	return toks[i].fold == fold && keyEqual(toks, i, key)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

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
			for j := i + 1; j < len(ms) && ms[j].start == ms[j-1].end+1 && toks[ms[j-1].end].fold == "va" &&
				listed(toks, ms[j-1], ms[j].start); j++ {
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
