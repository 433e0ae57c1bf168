package classify

import (
	"testing"
	"time"
)

// TestRefusesVetoed: a story refuses a newcomer that conflicts with one of
// its members in the window (a preview with a result, two title dates),
// and only then; a newcomer that can conflict with nothing is never
// refused.
func TestRefusesVetoed(t *testing.T) {
	t0 := time.Date(2026, 8, 4, 12, 0, 0, 0, time.UTC)
	sig := func(f func(s *Signature)) Signature {
		s := NewSignature("Việt Nam thắng Indonesia 3-0 ở ASEAN Cup", "Đội tuyển Việt Nam thắng Indonesia trên sân Pakansari.")
		f(&s)
		return s
	}
	result := sig(func(s *Signature) { s.match.sports, s.match.ok = true, true })
	preview := sig(func(s *Signature) { s.match.sports, s.match.ok, s.match.preview = true, false, true })
	aftermath := sig(func(s *Signature) { s.match.sports, s.match.ok = true, false })
	plain := sig(func(s *Signature) { s.match = match{} })
	dated := func(d uint16) Signature { return sig(func(s *Signature) { s.match, s.day = match{}, d }) }
	cases := []struct {
		name    string
		members []Signature // published an hour apart from t0 on
		early   bool        // the first member was published four days before t0
		sig     Signature   // published at t0 + 6 h
		want    bool
	}{
		{"a preview and a story holding a result", []Signature{result, aftermath}, false, preview, true},
		{"a preview and a story of aftermath only", []Signature{aftermath, aftermath}, false, preview, false},
		{"the result out of the window", []Signature{result, aftermath}, true, preview, false},
		{"a result and a story holding a preview", []Signature{aftermath, preview}, false, result, true},
		{"an undated report that is no sports story", []Signature{result, preview}, false, plain, false},
		{"two title dates", []Signature{dated(4<<5 | 8), plain}, false, dated(5<<5 | 8), true},
		{"one title date", []Signature{dated(4<<5 | 8), plain}, false, dated(4<<5 | 8), false},
	}
	for _, tc := range cases {
		x := NewMemIndex()
		for i, s := range tc.members {
			p := t0.Add(time.Duration(i) * time.Hour)
			if i == 0 && tc.early {
				p = t0.Add(-96 * time.Hour)
			}
			cid := int64(0)
			if i > 0 {
				cid = 1
			}
			x.Add(Member{ArticleID: int64(i + 1), ClusterID: cid, Key: string(rune('a' + i)), Sig: s, Published: p})
		}
		pub := t0.Add(6 * time.Hour)
		lo, hi := pub.Add(-ClusterWindow).UnixNano(), pub.Add(ClusterWindow).UnixNano()
		if got := x.refusesVetoed(&tc.sig, 1, lo, hi); got != tc.want {
			t.Errorf("%s: refused %v, want %v", tc.name, got, tc.want)
		}
	}
}
