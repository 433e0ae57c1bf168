package classify

import (
	"os"
	"testing"
)

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

// sportVerdict is a judged pair of pairs_i14sport.jsonl with the
// sportConflict veto the pair had when the rule landed.
type sportVerdict struct {
	pairLabel
	Vetoed bool `json:"vetoed"`
}

// TestSportVerdicts re-signs the judged training-day pairs of
// pairs_i14sport.jsonl (pairs the veto's variants split) and fails when a
// veto moves the wrong way: a pair judged other events that the rule
// vetoed at landing is no longer vetoed, or a pair judged one event that
// it did not veto now is. It needs the real news corpus (EnvRealCorpus).
func TestSportVerdicts(t *testing.T) {
	path := os.Getenv(EnvRealCorpus)
	if path == "" {
		t.Skip(EnvRealCorpus + " is not set")
	}
	pairs := readJSONL[sportVerdict](t, "../../testdata/classify/real/pairs_i14sport.jsonl")
	labels := make([]pairLabel, len(pairs))
	for i, p := range pairs {
		labels[i] = p.pairLabel
	}
	items := loadPairItems(t, path, labels)
	c := newTest(t)
	vetoed := map[string]int{}
	for _, p := range pairs {
		a, okA := items[p.A]
		b, okB := items[p.B]
		if !okA || !okB {
			t.Fatalf("pair %s %s: items found %v %v", p.A, p.B, okA, okB)
		}
		sa, sb := pairSig(c, a), pairSig(c, b)
		got := sportConflict(&sa, &sb)
		if got {
			vetoed[p.Label]++
		}
		switch {
		case p.Label == "other" && p.Vetoed && !got:
			t.Errorf("%s / %s judged other events, no longer vetoed (%+v, %+v)", p.A, p.B, sa.match.id, sb.match.id)
		case p.Label == "same" && !p.Vetoed && got:
			t.Errorf("%s / %s judged one event, now vetoed (%+v, %+v)", p.A, p.B, sa.match.id, sb.match.id)
		}
	}
	t.Logf("i14sport pairs vetoed by label: %v", vetoed)
}
