package classify

import (
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
)

// The rows of i15legacy2's judgments
// (testdata/classify/real/legacy_i15legacy2.jsonl), keyed by the URL of a
// training-day item, are legacyVerdicts (provlegacy_test.go; Removed
// unused). Two kinds of rows share the file:
//   - r1, a random item main tagged with a successor province and no
//     former one, and r2, a random item main tagged with a former
//     province: Expected holds the former provinces a reader of the title
//     and lead would tag (none for most of r1), Given those main gave; "R"
//     they agree, "W" they do not, "D" the conventions leave it open;
//   - fix rows, every training-day tag a rule of this branch added
//     (Province: a former province, or the successor a landmark brings
//     with it): "R" a reader would tag it, "W" would not.

// TestLegacy15Verdicts re-classifies the judged items and fails when a
// tag a fix added and judged right is lost, when a sampled item main got
// right ("R") no longer carries exactly the former provinces its reader
// tags, or when a row is malformed. It logs the tally of verdicts by
// sample and how many of the samples' "W" items are now right. It needs
// the real news corpus (EnvRealCorpus).
func TestLegacy15Verdicts(t *testing.T) {
	checkLegacyVerdicts(t, "legacy_i15legacy2.jsonl", "i15legacy2")
}

// checkLegacyVerdicts is TestLegacy15Verdicts' check of one verdict file
// of that shape, name labelling its log line; i17legacy3's file
// (TestLegacy17Verdicts) shares it.
func checkLegacyVerdicts(t *testing.T, file, name string) {
	verdicts, tags := judgedTags(t, file, func(v legacyVerdict) string { return v.URL })
	cat := model.NewCatalog()
	tally := map[string]map[string]int{}
	fixed := 0
	for _, v := range verdicts {
		fix := strings.HasPrefix(v.Sample, "fix")
		if !slices.Contains([]string{"R", "W", "D"}, v.Verdict) || fix == (v.Province == "") {
			t.Fatalf("verdict %s (%q, sample %q, province %q)", v.URL, v.Verdict, v.Sample, v.Province)
		}
		if tally[v.Sample] == nil {
			tally[v.Sample] = map[string]int{}
		}
		tally[v.Sample][v.Verdict]++
		got := tags[v.URL]
		if fix {
			if v.Verdict == "R" && !slices.Contains(got, v.Province) {
				t.Errorf("%s: former province %s judged right, now missing (got %v)", v.URL, v.Province, got)
			}
			continue
		}
		if v.Verdict == "D" {
			continue
		}
		var former []string
		for _, p := range got {
			if q, ok := cat.Province(p); ok && q.Legacy() {
				former = append(former, p)
			}
		}
		slices.Sort(former)
		want := slices.Sorted(slices.Values(v.Expected))
		switch {
		case v.Verdict == "W" && slices.Equal(former, want):
			fixed++
		case v.Verdict == "R" && !slices.Equal(former, want):
			t.Errorf("%s: former provinces %v, a reader tags %v (got %v)", v.URL, former, want, got)
		}
	}
	t.Logf("%s verdicts by sample: %v; sampled W items now right: %d", name, tally, fixed)
}
