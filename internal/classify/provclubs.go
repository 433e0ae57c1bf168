package classify

// Clubs in sports stories (issue 9, real news): the marks around a
// province's name that make it a club's (see sportsTeams and teamContext),
// and those that say the match was played in the province after all: the
// club's own ground, the home side.

// womensTeam reports a women's club's first or second team or sponsor
// right after tokens [i, j): "Hà Nội I", "Thái Nguyên T&T"; not the home
// side ("trước chủ nhà Thái Nguyên T&T": the match was in its province).
func womensTeam(toks []token, i, j int) bool {
	if toks[j].gap != " " || hostBefore(toks, i) {
		return false
	}
	t := toks[j].text
	return t == "I" || t == "II" || t == "T" && j+1 < len(toks) && toks[j+1].gap == "&" && toks[j+1].text == "T"
}

// hostBefore reports "chủ nhà" right before toks[i]: the home side.
func hostBefore(toks []token, i int) bool {
	return i >= 2 && joinable(toks, i) && joinable(toks, i-1) && wordIs(toks, i-1, "nha", "nhà") && wordIs(toks, i-2, "chu", "chủ")
}

// groundBefore reports "sân" or "sân đội" right before toks[k]: "trên sân
// đội nhì bảng Ninh Bình" is that club's ground, in its province.
func groundBefore(toks []token, k int) bool {
	j := k - 1
	if j > 0 && joinable(toks, j+1) && wordIs(toks, j, "doi", "đội") {
		j--
	}
	return j >= 0 && joinable(toks, j+1) && wordIs(toks, j, "san", "sân")
}

// youthBefore reports an age group right before the place at tokens [i,
// j), or before "nữ" or "nam" before it: "U19 Đồng Tháp", "U.21 Hà Nội",
// "U.19 nữ TP.HCM" name a club's youth team; not when a
// year follows ("Festival quốc tế U14 Gia Lai 2026" is an event there).
func youthBefore(toks []token, i, j int) bool {
	if i >= 2 && joinable(toks, i) && (wordIs(toks, i-1, "nu", "nữ") || wordIs(toks, i-1, "nam", "nam")) {
		i-- // "U.19 nữ TP.HCM": the women's youth team
	}
	if i == 0 || !joinable(toks, i) || j < len(toks) && !toks[j].first && len(toks[j].text) == 4 && isDigits(toks[j].text) {
		return false
	}
	t := toks[i-1].text
	if len(t) == 3 && (t[0] == 'U' || t[0] == 'u') && isDigits(t[1:]) {
		return true
	}
	return i >= 2 && len(t) == 2 && isDigits(t) && joinable(toks, i-1) && (toks[i-2].text == "U" || toks[i-2].text == "u")
}

// sponsorBefore reports a club sponsor's name (clubSponsors) right before
// toks[i], not after "sân" (the club's ground: "trên sân Becamex TP.HCM")
// nor after "chủ nhà" (the home side, playing in its province: "đánh bại
// chủ nhà Xuân Thiện Phú Thọ").
func (m *provMatcher) sponsorBefore(toks []token, i int) bool {
	if i == 0 || !joinable(toks, i) {
		return false
	}
	for _, ks := range m.sponsors {
		at := i - len(ks)
		if at < 0 || !phraseAt(toks, at, ks) {
			continue
		}
		ground := at > 0 && joinable(toks, at) && wordIs(toks, at-1, "san", "sân")
		return !ground && !hostBefore(toks, at)
	}
	return false
}

// homeBefore reports "sân nhà" before toks[i] in its field: the team it
// follows played at home ("Ninh Bình trên sân nhà tiếp Đông Á Thanh Hóa"),
// not the one named at toks[i].
func (m *provMatcher) homeBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		for _, ks := range m.homeGround {
			if phraseAt(toks, k, ks) && k+len(ks) <= i {
				return true
			}
		}
		if toks[k].first {
			return false
		}
	}
	return false
}
