package classify

import (
	"strings"

	"bantin/internal/model"
)

// Team names in sports stories (issue 9, real news): a province that names
// a club, a school's team or a city's side is not where the story is.

// sportsTeams refuses, in a sports story, the places that name teams:
// one that ends a school's name ("Trường ĐH Công nghệ Đồng Nai 1-0 Trường
// ĐH Nông Lâm TP.HCM" names two university teams), and a province's own
// name next to a score, before "FC" or after a word of the match ("Hà Nội
// FC hạ Ninh Bình", "Highlight Đồng Tháp 2-0 Khánh Hòa"): clubs are named
// after their provinces. "tại Gia Lai", "tỉnh X" and places inside a
// province (Nha Trang, Mỹ Đình) still say where the match is.
// A story whose sport is only a secondary topic ("Nam Định thắng lớn ở
// Myanmar", read as world news) still has its clubs: there, only the other
// mentions of a province a club word named ("CLB Nam Định") are refused.
func (m *provMatcher) sportsTeams(toks []token, ms []mention, topics []model.TopicTag) {
	if len(topics) == 0 || topics[0].Topic != "the-thao" {
		for _, t := range topics {
			if t.Topic == "the-thao" {
				sameClub(toks, ms)
			}
		}
		return
	}
	standings := standingsTitle(toks)
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" {
			continue
		}
		if s := m.schoolBefore(toks, mt.start); s != "" && !schoolVenue(toks, mt.start) {
			mt.dropped = "a team's name in a sports story (" + s + " …)"
			continue
		}
		if (mt.rule.Kind == kindName || mt.rule.Kind == kindAlias) && (mt.effect != ctxStrong && m.teamContext(toks, mt.start, mt.end) || clubSuffix(toks, mt.end)) ||
			mt.rule.Kind == kindPlace && mt.rule.Admin == 0 && mt.effect != ctxStrong && (clubMark(toks, mt.start, mt.end) || m.sponsorAbbrev(toks, mt.start)) {
			mt.dropped, mt.team = "a club named after its province, in a sports story", true
		}
		if mt.dropped == "" && standings && standingsClub(toks, mt) {
			mt.dropped = "a club in a standings story (Bảng xếp hạng …)" // not mt.team: "chủ nhà X" elsewhere still counts
		}
		if i > 0 && mt.dropped == "" && mt.effect != ctxStrong && ms[i-1].team && listed(toks, ms[i-1], mt.start) {
			mt.dropped, mt.team = "a club listed with another ("+ms[i-1].text+")", true // "các đội Đà Nẵng và Ninh Bình"
		}
	}
	sameClub(toks, ms)
}

// sameClub refuses, in a sports story, the other plain mentions of a
// province one mention named as a club: "Ninh Bình chi lót tay … CLB Ninh
// Bình bỏ ra 2 tỷ", "Hà Nội FC hạ Ninh Bình … trên sân Ninh Bình". A
// mention with place context ("tại Hà Nội") or of a place inside the
// province (a stadium: "sân Thiên Trường") still counts, and so does the
// province of a school's team: a university is where its province is
// ("CĐV Trường ĐH Đồng Tháp" at "sân Đồng Tháp"), and so does the
// province in parentheses after a venue ("Nhà thi đấu Tây Hồ (Hà Nội)").
func sameClub(toks []token, ms []mention) {
	for i := range ms {
		if !ms[i].team {
			continue
		}
		for j := range ms {
			if o := &ms[j]; o.dropped == "" && o.effect != ctxStrong && o.rule.Kind != kindPlace &&
				o.province == ms[i].province && o.legacy == ms[i].legacy && !venueAddress(toks, o.start) {
				o.dropped = "the club the story names (" + ms[i].text + ")"
			}
		}
	}
}

// teamContext reports a score or "FC" right after tokens [i, j), a score
// right before, or a word of the match (matchWords) just before.
func (m *provMatcher) teamContext(toks []token, i, j int) bool {
	if clubMark(toks, i, j) || m.sponsorAbbrev(toks, i) || m.teamAfterName(toks, i, j) {
		return true
	}
	for _, ks := range m.stages {
		if j < len(toks) && !toks[j].first && phraseAt(toks, j, ks) {
			return true
		}
	}
	if j < len(toks) && !toks[j].first && joinable(toks, j) {
		for _, ks := range m.outcomes {
			if phraseAt(toks, j, ks) {
				return !m.anyPhrase(toks, m.homeGround)
			}
		}
	}
	if m.adverbOutcome(toks, j) && !m.anyPhrase(toks, m.homeGround) {
		return true
	}
	if m.resultBefore(toks, i) || listedWithClub(toks, i, j) {
		return true
	}
	if youthBefore(toks, i, j) || m.sponsorBefore(toks, i) {
		return !m.anyPhrase(toks, m.homeGround) || m.homeBefore(toks, i) // "SHB Đà Nẵng thắng trên sân nhà": the match was there
	}
	for _, ks := range m.matchWords {
		n := len(ks)
		if i-n < 0 || toks[i].first || !joinable(toks, i) {
			continue
		}
		ok := true
		for k := range n {
			ok = ok && keyEqual(toks, i-n+k, ks[k])
		}
		if ok && !arenaBefore(toks, i-n) {
			return !groundBefore(toks, i-n)
		}
	}
	return false
}

// clubMark reports a score or a club's suffix right after tokens [i, j)
// or a score right before: a city's club ("PVF-CAND 1-1 Quy Nhơn",
// "Quy Nhơn United"), a women's club (womensTeam: "Hà Nội I").
func clubMark(toks []token, i, j int) bool {
	if j < len(toks) && !toks[j].first && (isScore(toks, j) || clubSuffix(toks, j) || womensTeam(toks, i, j)) {
		return true
	}
	return i >= 2 && !toks[i].first && isScore(toks, i-2)
}

// clubSuffix reports a club's English suffix at toks[j], right after a
// place: "Hà Nội FC", "Quy Nhơn United", "Hanoi Buffaloes" (clubSuffixes).
func clubSuffix(toks []token, j int) bool {
	if j >= len(toks) || toks[j].first {
		return false
	}
	for _, s := range clubSuffixes {
		if strings.EqualFold(toks[j].text, s) {
			return true
		}
	}
	return false
}

// listedWithClub reports a place listed with a club's abbreviation: "LPBank
// HAGL và Hà Nội", "Hà Nội và SLNA", "PVF, Hà Nội", "PVF-CAND hay Đà Nẵng".
func listedWithClub(toks []token, i, j int) bool {
	switch {
	case i >= 2 && !toks[i].first && andOr(toks[i-1]) && joinable(toks, i) && joinable(toks, i-1) && isAbbrev(toks[i-2]):
		return true
	case i >= 1 && !toks[i].first && strings.TrimSpace(toks[i].gap) == "," && isAbbrev(toks[i-1]):
		return true
	}
	return j+1 < len(toks) && !toks[j].first && andOr(toks[j]) && joinable(toks, j) && joinable(toks, j+1) && isAbbrev(toks[j+1])
}

// andOr reports "và" or "hay" at t.
func andOr(t token) bool { return t.fold == "va" || t.fold == "hay" }

// isAbbrev reports an abbreviation of three to six capitals in a field not
// written in capitals: HAGL, SLNA, PVF.
func isAbbrev(t token) bool {
	if t.caps || len(t.text) < 3 || len(t.text) > 6 {
		return false
	}
	for _, r := range t.text {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// resultBefore reports a verb of a result one or two lower-case words
// before toks[i]: "thắng nghẹt thở Ninh Bình".
func (m *provMatcher) resultBefore(toks []token, i int) bool {
	if hostBefore(toks, i) {
		return false // "thắng chủ nhà Ninh Bình": the home side, in its province
	}
	for gap := 1; gap <= 2; gap++ {
		if i-gap < 1 || !joinable(toks, i-gap+1) || toks[i-gap].upper {
			return false
		}
		for _, ks := range m.results {
			if at := i - gap - len(ks); at >= 0 && phraseAt(toks, at, ks) && joinable(toks, i-gap) {
				return true
			}
		}
	}
	return false
}

// isScore reports "N-N" starting at toks[i] ("2-0", "3 - 2").
func isScore(toks []token, i int) bool {
	return i+1 < len(toks) && isDigits(toks[i].text) && isDigits(toks[i+1].text) &&
		strings.Contains(toks[i+1].gap, "-") && len(toks[i].text) <= 2 && len(toks[i+1].text) <= 2
}

// schoolBefore returns the school or university word that starts the name
// a place ends, at most four words before it besides "và" ("Trường ĐH
// Quản lý và Công nghệ TP.HCM"); "" when there is none.
func (m *provMatcher) schoolBefore(toks []token, i int) string {
	for j, n := i, 0; j > 0 && n <= 4 && joinable(toks, j); j-- {
		if wordIs(toks, j-1, "tai", "tại") || wordIs(toks, j-1, "o", "ở") {
			return "" // "24 đội bóng rổ THPT tại TP HCM": where the schools are
		}
		for _, ks := range m.schools {
			k := len(ks)
			if j-k < 0 {
				continue
			}
			ok := true
			for x := range k {
				ok = ok && keyEqual(toks, j-k+x, ks[x]) && (x == 0 || joinable(toks, j-k+x))
			}
			if ok {
				return spanText(toks, span{start: j - k, end: j})
			}
		}
		if toks[j-1].fold != "va" { // "Quản lý và Công nghệ": "và" joins the name
			n++
		}
	}
	return ""
}
