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
	birthHomes(toks, ms)
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
	m.goodsOrigins(toks, ms)
	streetLists(toks, ms)
	m.earlierLegs(toks, ms)
	directions(toks, ms)
	m.flowEnds(toks, ms)
	m.titleEnds(toks, ms)
	namedPlaces(toks, ms)
	boundFor(toks, ms)
	structureEnds(toks, ms)
	cupNames(toks, ms)
	comparedGroup(toks, ms)
	participantHomes(toks, ms)
	linkEnds(toks, ms)
	lotteryWinners(toks, ms)
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
// title ("Khánh thành cao tốc Khánh Hòa - Buôn Ma Thuột") keeps its ends. A
// route named as a landmark (routeLandmarkOut: "cao tốc Pháp Vân - Cầu
// Giẽ") is read as its ends are.
func dropRoutes(ms []mention, named map[string]bool) {
	for i := range ms {
		if ms[i].field != fieldTitle && ms[i].dropped == "" && len(named) > 0 &&
			(ms[i].effect == ctxRoute && !named[ms[i].province] || routeLandmarkOut(ms[i], named)) {
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
