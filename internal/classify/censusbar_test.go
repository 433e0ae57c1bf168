package classify

// The stories bar's arithmetic, shared by the tests that keep a judged
// rule's finding (TestAftermathVerdicts, TestLinkageVerdicts,
// TestPastCueVerdicts, TestPrevVetoVerdicts).

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
