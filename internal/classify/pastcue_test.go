package classify

import (
	"math"
	"testing"
)

// TestPastCueVerdicts reads the judged pairs of the past-cue rule, not
// landed alone (v5 landed with the match-day preview exemption:
// TestPrevVetoVerdicts) (testdata/classify/real/pairs_i20pastcue.jsonl:
// i20pastcue, BENCHMARKS.md): per variant, the census's joined and split
// same-story pairs and the samples drawn from them, and the bar recomputed
// from the verdicts — Δtp and Δtp/(Δtp+Δfp) with doubtful pairs counted
// against, as the figures the findings report. No variant reaches 0.82.
func TestPastCueVerdicts(t *testing.T) {
	verdicts := readJSONL[pairLabel](t, "../../testdata/classify/real/pairs_i20pastcue.jsonl")
	n := labelsBySample(verdicts)
	tests := []struct {
		variant        string
		joined, split  int      // census pairs
		joins, splits  []string // samples
		wantDtp, ratio float64  // Δtp and Δtp/(Δtp+Δfp), doubtful against
	}{
		{"v1", 939, 390, []string{"i20-pastcue-v1-joined-20301"}, []string{"i20-pastcue-v1-split-20302"}, 430, 0.769},
		{"v2", 550, 184, []string{"i20-pastcue-v2-joined-20311"}, []string{"i20-pastcue-v2-split-20312"}, 270, 0.737},
		{"v4", 259, 29, []string{"i20-pastcue-v4-joined-20321"}, []string{"i20-pastcue-v4-split-20322"}, 174, 0.755},
		{"v5", 246, 29, []string{"i20-pastcue-v5-joined-20331", "i20-pastcue-v5-joined-20333"}, []string{"i20-pastcue-v5-split-20332"}, 176, 0.811},
	}
	for _, tt := range tests {
		t.Run(tt.variant, func(t *testing.T) {
			j, s := pooled(n, tt.joins), pooled(n, tt.splits)
			if labelTotal(j) == 0 || labelTotal(s) == 0 {
				t.Fatalf("no verdicts: joined %v split %v", j, s)
			}
			dtp, dfp := censusDelta(tt.joined, tt.split, j, s)
			ratio := dtp / (dtp + dfp)
			if math.Abs(dtp-tt.wantDtp) > 1 || math.Abs(ratio-tt.ratio) > 0.001 {
				t.Errorf("Δtp %.1f ratio %.3f, want %.0f %.3f", dtp, ratio, tt.wantDtp, tt.ratio)
			}
			if ratio >= 0.82 {
				t.Errorf("ratio %.3f reaches the bar: the findings say it does not", ratio)
			}
		})
	}
}

// pooled adds the label counts of samples.
func pooled(n map[string]map[string]int, samples []string) map[string]int {
	out := map[string]int{}
	for _, s := range samples {
		for l, c := range n[s] {
			out[l] += c
		}
	}
	return out
}
