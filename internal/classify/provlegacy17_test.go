package classify

import "testing"

// TestLegacy17Verdicts checks i17legacy3's judgments
// (testdata/classify/real/legacy_i17legacy3.jsonl, keyed by the URL of a
// training-day item; rows in the shape of legacy_i15legacy2.jsonl) as
// TestLegacy15Verdicts does its own:
//   - p1, a random item main tagged with a former province, and q, an item
//     a probe found naming a gazetteer unit, a former district or a
//     landmark of a former province without its former tag: Expected holds
//     the former provinces a reader of the title and lead tags, Given those
//     main gave, Class (q) what the name turned out to be;
//   - fix rows, every training-day tag the landmarks of i17legacy3
//     (formerLandmarks) added, each judged.
//
// It needs the real news corpus (EnvRealCorpus).
func TestLegacy17Verdicts(t *testing.T) {
	checkLegacyVerdicts(t, "legacy_i17legacy3.jsonl", "i17legacy3")
}
