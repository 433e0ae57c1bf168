package classify

import "testing"

// TestLegacy19Verdicts checks i19former's judgments
// (testdata/classify/real/legacy_i19former.jsonl, keyed by the URL of a
// training-day item; rows in the shape of legacy_i15legacy2.jsonl) as
// TestLegacy15Verdicts does its own:
//   - s1, a random item main tagged with a successor province and no
//     former one, and s2, a random item main tagged with no province:
//     Expected holds the former provinces a reader of the title and lead
//     tags, Given those main gave;
//   - fix rows, every training-day tag the branch added (the gazetteer's
//     whole-parts rule, formerLandmarks19 and gazSpellings), each judged.
//
// It needs the real news corpus (EnvRealCorpus).
func TestLegacy19Verdicts(t *testing.T) {
	checkLegacyVerdicts(t, "legacy_i19former.jsonl", "i19former")
}
