package classify

import (
	"slices"
	"testing"
)

// judgedItems reads a verdicts file of testdata/classify/real (URL-keyed
// judgments of training-day items, urlOf giving each row's URL) and finds
// each judged item in the real news corpus: it returns the verdicts and the
// items by URL. It skips without the corpus (EnvRealCorpus) and fails on an
// item the corpus lacks.
func judgedItems[T any](t *testing.T, file string, urlOf func(T) string) ([]T, map[string]realItem) {
	t.Helper()
	path := realCorpus(t)
	verdicts := readJSONL[T](t, "../../testdata/classify/real/"+file)
	want := make([]realLabel, 0, len(verdicts))
	for _, v := range verdicts {
		want = append(want, realLabel{URL: urlOf(v)})
	}
	items := loadRealItems(t, path, want)
	for _, v := range verdicts {
		if _, ok := items[urlOf(v)]; !ok {
			t.Fatalf("%s: %s: judged item not in the corpus", file, urlOf(v))
		}
	}
	return verdicts, items
}

// judgedTags is judgedItems with each judged item classified once: it
// returns the verdicts and, by URL, the provinces (current and former) the
// classifier gives the item now.
func judgedTags[T any](t *testing.T, file string, urlOf func(T) string) ([]T, map[string][]string) {
	t.Helper()
	verdicts, items := judgedItems(t, file, urlOf)
	c := newTest(t)
	got := make(map[string][]string, len(items))
	for u, it := range items {
		got[u] = predicted(c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}))
	}
	return verdicts, got
}

// checkTagVerdicts re-classifies the judged training-day items of file (in
// the shape of eveningVerdict: seeded samples of tags, Change "", and the
// tags a rule removed, Change "removed", each judged W) and fails when a
// sampled tag judged right is lost or a removed tag comes back; a verdict
// other than R, W or D, or a removed tag not judged W, is fatal. It logs
// the tally of verdicts by sample under name. It needs the real news
// corpus (EnvRealCorpus).
func checkTagVerdicts(t *testing.T, file, name string) {
	t.Helper()
	verdicts, tags := judgedTags(t, file, func(v eveningVerdict) string { return v.URL })
	tally := map[string]map[string]int{}
	for _, v := range verdicts {
		if !slices.Contains([]string{"R", "W", "D"}, v.Verdict) || v.Change != "" && (v.Change != "removed" || v.Verdict != "W") {
			t.Fatalf("%s: verdict %s %s (%q, change %q)", file, v.URL, v.Province, v.Verdict, v.Change)
		}
		if tally[v.Sample] == nil {
			tally[v.Sample] = map[string]int{}
		}
		tally[v.Sample][v.Verdict]++
		switch has := slices.Contains(tags[v.URL], v.Province); {
		case v.Change == "" && v.Verdict == "R" && !has:
			t.Errorf("%s: %s judged right, now missing (got %v)", v.URL, v.Province, tags[v.URL])
		case v.Change == "removed" && has:
			t.Errorf("%s: %s judged wrong and removed, back again (got %v)", v.URL, v.Province, tags[v.URL])
		}
	}
	t.Logf("%s verdicts by sample: %v", name, tally)
}
