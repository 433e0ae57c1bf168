package classify

import "testing"

// matchVerdict is one line of pairs_i15matchparse.jsonl: a judged pair
// that the reading of scores (matchscore.go) joined or split on the
// training days, whether its own threshold changed (direct, else a ripple
// of the assignment) and whether its similarity reached its threshold
// when the rule landed (derived facts).
type matchVerdict struct {
	pairLabel
	Direct  bool `json:"direct"`
	Reached bool `json:"reached"`
}

// TestMatchParseVerdicts fails when a judged pair the rule decided right
// is decided otherwise: one event ("same") whose similarity reached its
// threshold no longer does, or two stories ("other") that stayed below
// it now reach it. It needs the real news corpus (EnvRealCorpus).
func TestMatchParseVerdicts(t *testing.T) { checkMatchVerdicts(t, "pairs_i15matchparse.jsonl") }

// checkMatchVerdicts runs TestMatchParseVerdicts' check on the judged pairs
// of file (testdata/classify/real, matchVerdict lines).
func checkMatchVerdicts(t *testing.T, file string) {
	pairs, signed := signedVerdicts[matchVerdict](t, file)
	checked := 0
	for i, p := range pairs {
		sp := &signed[i]
		got := sp.reached()
		switch {
		case p.Label == "same" && p.Reached && !got:
			t.Errorf("%s / %s judged one event, no longer reaches its threshold (%+v / %+v)", p.A, p.B, sp.a.match, sp.b.match)
		case p.Label == "other" && !p.Reached && got:
			t.Errorf("%s / %s judged other stories, now reaches its threshold (%+v / %+v)", p.A, p.B, sp.a.match, sp.b.match)
		}
		if p.Label == "same" && p.Reached || p.Label == "other" && !p.Reached {
			checked++
		}
	}
	t.Logf("%s: %d of %d judged pairs checked", file, checked, len(pairs))
}
