package classify

import "testing"

// vetoVerdict is a judged pair of a veto rule's pair file
// (pairs_i14sport.jsonl, pairs_i15clusprec.jsonl) with the veto the rule
// gave the pair when it landed.
type vetoVerdict struct {
	pairLabel
	Vetoed bool `json:"vetoed"`
}

// vetoFunc is a veto rule as a verdict file judged it: whether the pair
// of sample, signed a and b and published at pa and pb, is kept apart.
type vetoFunc func(sample string, a, b *Signature, pa, pb int64) bool

// checkVetoVerdicts re-signs the judged training-day pairs of file (in
// testdata/classify/real) and fails when veto moves the wrong way: a pair
// judged other events that the rule vetoed at landing is no longer
// vetoed, or a pair judged one event that it did not veto now is. It logs
// the vetoed pairs by label. The pairs are dated as they were when judged
// (realItem.judgedAt): the test guards the rule's recorded decisions, and
// a corpus whose times were corrected since (news_v2.jsonl) would move
// some of them without any change to the rule (BENCHMARKS.md, "Sixteenth
// session: i16corpustime"). It needs the real news corpus (EnvRealCorpus).
func checkVetoVerdicts(t *testing.T, file string, veto vetoFunc) {
	t.Helper()
	pairs, signed := signedVerdicts[vetoVerdict](t, file)
	vetoed := map[string]int{}
	for i, p := range pairs {
		sp := &signed[i]
		got := veto(p.Sample, &sp.a, &sp.b, sp.ja, sp.jb)
		if got {
			vetoed[p.Label]++
		}
		switch {
		case p.Label == "other" && p.Vetoed && !got:
			t.Errorf("%s / %s (%s) judged other events, no longer vetoed (%+v, %+v)", p.A, p.B, p.Sample, sp.a.match.id, sp.b.match.id)
		case p.Label == "same" && !p.Vetoed && got:
			t.Errorf("%s / %s (%s) judged one event, now vetoed (%+v, %+v)", p.A, p.B, p.Sample, sp.a.match.id, sp.b.match.id)
		}
	}
	t.Logf("%s pairs vetoed by label: %v", file, vetoed)
}
