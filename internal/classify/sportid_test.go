package classify

import "testing"

// TestSportIdentity reads the side of sports titles and leads.
func TestSportIdentity(t *testing.T) {
	c := newTest(t)
	for _, tc := range []struct {
		title, lead string
		want        sportID
	}{
		{"U23 Việt Nam thắng Jordan ở U23 châu Á", "", sportID{23, eventFootball}},
		{"Futsal nữ Việt Nam giành HC vàng SEA Games lịch sử", "", sportID{0, eventFutsal | sexWomen}},
		{"Việt Nam thua sát nút Thái Lan ở chung kết bóng chuyền nữ", "", sportID{0, eventVolleyball | sexWomen}},
		{"Hà Nội FC thua ở V-League", "", sportID{0, eventFootball}},
		{"Man Utd hạ Brentford, cách suất Champions League một trận thắng", "", sportID{}},                                                      // a goal, not the match
		{"Siêu phẩm 'xe đạp chổng ngược' của Xuân Son vào lưới Sông Lam Nghệ An", "", sportID{}},                                                // an idiom, not cycling
		{"Thủ tướng chúc mừng U.22 và futsal nữ Việt Nam giành HCV SEA Games 33", "", sportID{22, sexWomen}},                                    // two disciplines
		{"Bóng bàn Việt Nam hụt HCV", "Bóng bàn nam và nữ Việt Nam không thể gây bất ngờ ở nội dung đơn nam, đơn nữ.", sportID{0, eventRacket}}, // both sexes
		{"Trung vệ của U.21 Việt Nam có cơ hội", "U.23 Việt Nam dự giải giao hữu tại Tây An.", sportID{}},                                       // two age groups
	} {
		sig := c.Signature(tc.title, tc.lead, c.Classify(Input{Title: tc.title, Summary: tc.lead}))
		if !sig.match.sports {
			t.Errorf("%q: not read as sports", tc.title)
		}
		if sig.match.id != tc.want {
			t.Errorf("%q: side %+v, want %+v", tc.title, sig.match.id, tc.want)
		}
	}
}

// TestSportConflict checks which sides are different matches.
func TestSportConflict(t *testing.T) {
	sports := func(id sportID) *Signature { return &Signature{match: match{sports: true, id: id}} }
	for _, tc := range []struct {
		a, b sportID
		want bool
	}{
		{sportID{22, eventFootball}, sportID{23, eventFootball | sexMen}, false}, // one team, named two ways
		{sportID{17, eventFootball}, sportID{23, eventFootball}, true},
		{sportID{0, eventFutsal | sexWomen}, sportID{22, eventFootball}, true},
		{sportID{0, sexWomen}, sportID{0, eventFootball | sexWomen}, false},
		{sportID{0, eventFootball | sexWomen}, sportID{0, eventFootball | sexMen}, true},
		{sportID{0, eventVolleyball}, sportID{}, false},
	} {
		if got := sportConflict(sports(tc.a), sports(tc.b)); got != tc.want {
			t.Errorf("%+v, %+v: conflict %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	if sportConflict(&Signature{match: match{id: sportID{17, eventFootball}}}, sports(sportID{23, eventFootball})) {
		t.Error("a story not on the sports page conflicts")
	}
}

// TestSportVerdicts re-signs the judged training-day pairs of
// pairs_i14sport.jsonl (pairs the veto's variants split) and fails when
// the sportConflict veto moves the wrong way (checkVetoVerdicts).
func TestSportVerdicts(t *testing.T) {
	checkVetoVerdicts(t, "pairs_i14sport.jsonl", func(_ string, a, b *Signature, _, _ int64) bool { return sportConflict(a, b) })
}
