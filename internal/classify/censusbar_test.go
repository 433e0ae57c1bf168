package classify

import (
	"math"
	"testing"
)

// The stories bar's arithmetic, shared by the tests that keep a judged
// rule's finding (TestAftermathVerdicts, TestLinkageVerdicts,
// TestPastCueVerdicts, TestPrevVetoVerdicts, TestCueVerdicts).

// labelsBySample counts verdicts by sample, then by label.
func labelsBySample(verdicts []pairLabel) map[string]map[string]int {
	n := map[string]map[string]int{}
	for _, v := range verdicts {
		if n[v.Sample] == nil {
			n[v.Sample] = map[string]int{}
		}
		n[v.Sample][v.Label]++
	}
	return n
}

// censusDelta estimates a story change's Δtp and Δfp from the census
// pairs it joins (joined) and splits (split) and the verdicts of a sample
// of each (j, s: label counts, not empty): a joined pair judged doubtful
// counts against, a split one does not.
func censusDelta(joined, split int, j, s map[string]int) (dtp, dfp float64) {
	nj, ns := float64(labelTotal(j)), float64(labelTotal(s))
	dtp = float64(joined)*float64(j["same"])/nj - float64(split)*float64(s["same"])/ns
	dfp = float64(joined)*float64(j["other"]+j["doubtful"])/nj - float64(split)*float64(s["other"])/ns
	return dtp, dfp
}

// passesStoryBar reports the stories bar: Δtp ≥ 0 and (Δfp ≤ 0 or
// Δtp/(Δtp+Δfp) ≥ 0.82).
func passesStoryBar(dtp, dfp float64) bool {
	return dtp >= 0 && (dfp <= 0 || dtp/(dtp+dfp) >= 0.82)
}

// labelTotal returns the number of verdicts counted in m.
func labelTotal(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// barRow is one variant of a judged story change: its census pairs, the
// samples drawn from them ("" when the census changed no pair on that
// side), the Δtp and Δfp they give and whether they pass the bar.
type barRow struct {
	variant          string
	joined, split    int    // census pairs
	joins, splits    string // samples
	wantDtp, wantDfp float64
	lands            bool
}

// checkBarRows recomputes each row's Δtp, Δfp and bar from the verdicts
// of file (in testdata/classify/real): a sample holds every pair of its
// side up to 40.
func checkBarRows(t *testing.T, file string, rows []barRow) {
	n := labelsBySample(readJSONL[pairLabel](t, "../../testdata/classify/real/"+file))
	for _, tt := range rows {
		t.Run(tt.variant, func(t *testing.T) {
			j, s := n[tt.joins], n[tt.splits]
			if labelTotal(j) != min(tt.joined, 40) || labelTotal(s) != min(tt.split, 40) {
				t.Fatalf("samples of %d and %d verdicts for %d and %d pairs", labelTotal(j), labelTotal(s), tt.joined, tt.split)
			}
			if tt.split == 0 {
				s = map[string]int{"doubtful": 1} // no split pair: weight 0
			}
			dtp, dfp := censusDelta(tt.joined, tt.split, j, s)
			if math.Abs(dtp-tt.wantDtp) > 1 || math.Abs(dfp-tt.wantDfp) > 1 {
				t.Errorf("Δtp %.1f Δfp %.1f, want %.1f %.1f", dtp, dfp, tt.wantDtp, tt.wantDfp)
			}
			if lands := passesStoryBar(dtp, dfp); lands != tt.lands {
				t.Errorf("passes the bar %v, want %v", lands, tt.lands)
			}
		})
	}
}
