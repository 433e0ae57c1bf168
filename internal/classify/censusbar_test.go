package classify

import (
	"math"
	"testing"
)

// The stories bar's arithmetic, shared by the tests that keep a judged
// rule's finding (TestAftermathVerdicts, TestLinkageVerdicts,
// TestPastCueVerdicts, TestPrevVetoVerdicts, TestCueVerdicts,
// TestRareJoinVerdicts, TestWrittenLowerVerdicts, TestNotBeatVerdicts).

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
// of each (j, s: label counts): a joined pair judged doubtful counts
// against, a split one does not. A side with no census pair weighs
// nothing, its sample empty or not (no 0/0: a NaN would pass every
// tolerance check of checkBarRows).
func censusDelta(joined, split int, j, s map[string]int) (dtp, dfp float64) {
	share := func(pairs int, m map[string]int, labels ...string) float64 {
		n := labelTotal(m)
		if pairs == 0 || n == 0 {
			return 0
		}
		k := 0
		for _, l := range labels {
			k += m[l]
		}
		return float64(pairs) * float64(k) / float64(n)
	}
	dtp = share(joined, j, "same") - share(split, s, "same")
	dfp = share(joined, j, "other", "doubtful") - share(split, s, "other")
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
			// 40 drawn, or every pair judged
			if n := labelTotal(j); n != min(tt.joined, 40) && n != tt.joined || labelTotal(s) != min(tt.split, 40) && labelTotal(s) != tt.split {
				t.Fatalf("samples of %d and %d verdicts for %d and %d pairs", labelTotal(j), labelTotal(s), tt.joined, tt.split)
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

// censusDelta weighs a side by its census pairs: a side with none (its
// sample empty) adds nothing, and nothing is NaN.
func TestCensusDelta(t *testing.T) {
	j := map[string]int{"same": 30, "other": 6, "doubtful": 4}
	s := map[string]int{"same": 10, "other": 30}
	for _, tt := range []struct {
		name          string
		joined, split int
		j, s          map[string]int
		dtp, dfp      float64
	}{
		{"both sides", 80, 40, j, s, 60 - 10, 20 - 30},
		{"no split pair", 80, 0, j, nil, 60, 20},
		{"no joined pair", 0, 40, nil, s, -10, -30},
		{"neither", 0, 0, nil, nil, 0, 0},
	} {
		dtp, dfp := censusDelta(tt.joined, tt.split, tt.j, tt.s)
		if math.Abs(dtp-tt.dtp) > 1e-9 || math.Abs(dfp-tt.dfp) > 1e-9 {
			t.Errorf("%s: Δtp %v Δfp %v, want %v %v", tt.name, dtp, dfp, tt.dtp, tt.dfp)
		}
	}
}
