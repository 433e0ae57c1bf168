package classify

import (
	"os"
	"testing"
)

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
func TestMatchParseVerdicts(t *testing.T) {
	path := os.Getenv(EnvRealCorpus)
	if path == "" {
		t.Skip(EnvRealCorpus + " is not set")
	}
	pairs := readJSONL[matchVerdict](t, "../../testdata/classify/real/pairs_i15matchparse.jsonl")
	labels := make([]pairLabel, len(pairs))
	for i, p := range pairs {
		labels[i] = p.pairLabel
	}
	items := loadPairItems(t, path, labels)
	c := newTest(t)
	checked := 0
	for _, p := range pairs {
		a, okA := items[p.A]
		b, okB := items[p.B]
		if !okA || !okB {
			t.Fatalf("pair %s %s: items found %v %v", p.A, p.B, okA, okB)
		}
		sa, sb := pairSig(c, a), pairSig(c, b)
		got := similarity(&sa, &sb) >= matchThreshold(&sa, &sb, a.Published.UnixNano(), b.Published.UnixNano())
		switch {
		case p.Label == "same" && p.Reached && !got:
			t.Errorf("%s / %s judged one event, no longer reaches its threshold (%+v / %+v)", p.A, p.B, sa.match, sb.match)
		case p.Label == "other" && !p.Reached && got:
			t.Errorf("%s / %s judged other stories, now reaches its threshold (%+v / %+v)", p.A, p.B, sa.match, sb.match)
		}
		if p.Label == "same" && p.Reached || p.Label == "other" && !p.Reached {
			checked++
		}
	}
	t.Logf("i15matchparse: %d of %d judged pairs checked", checked, len(pairs))
}
