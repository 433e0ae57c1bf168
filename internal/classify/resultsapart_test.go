package classify

import "testing"

// TestResultsApart: two results of different matches (different score
// lines, no team in common) are never one story; one match's reports, a
// result and a story that is no result, and two results that share a
// team or a score line are compared as before. Sentences written for the
// test.
func TestResultsApart(t *testing.T) {
	c := newTest(t)
	sig := func(title string) *Signature { s := sportsSig(c, title, ""); return &s }
	hanoi := sig("Hà Nội FC thắng Nam Định 2-1 ở vòng 10 V-League")
	hanoi2 := sig("Nam Định thua Hà Nội FC 1-2 trên sân Hàng Đẫy")
	haiphong := sig("Hải Phòng thắng Thanh Hóa 3-0 ở vòng 10 V-League")
	haiphongSame := sig("Hải Phòng thắng Thanh Hóa 2-1 ở vòng 10 V-League")
	hanoiHalf := sig("Hà Nội FC 1-0 Nam Định (hết hiệp 1)")
	training := sig("Hà Nội FC tập luyện chuẩn bị cho vòng 11 V-League")
	cases := []struct {
		name string
		a, b *Signature
		want bool
	}{
		{"two results of one round", hanoi, haiphong, true},
		{"the same, the other way", haiphong, hanoi, true},
		{"two results of different matches, one score line", hanoi, haiphongSame, false},
		{"one match's two reports", hanoi, hanoi2, false},
		{"one match at half-time and at the end", hanoi, hanoiHalf, false},
		{"a result and a story that is no result", haiphong, training, false},
	}
	for _, tc := range cases {
		if !tc.a.match.ok {
			t.Fatalf("%s: the first story reads as no result", tc.name)
		}
		if got := resultsApart(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: apart %v, want %v (teams %v / %v, scores %d / %d)", tc.name, got, tc.want,
				tc.a.match.teams, tc.b.match.teams, tc.a.match.score, tc.b.match.score)
		}
		if got := matchThreshold(tc.a, tc.b, 0, 0) == clusterNever; tc.want && !got {
			t.Errorf("%s: matchThreshold does not veto", tc.name)
		}
	}
}

// TestResultsApartVerdicts: the judged training-day pairs of i16clusprec2
// (a random sample of same-story pairs and random samples of the pairs the
// rule moved) — a pair judged other events that the rule kept apart stays
// apart, and none judged one event becomes vetoed (checkVetoVerdicts).
func TestResultsApartVerdicts(t *testing.T) {
	checkVetoVerdicts(t, "pairs_i16clusprec2.jsonl", func(_ string, a, b *Signature, _, _ int64) bool { return resultsApart(a, b) })
}
