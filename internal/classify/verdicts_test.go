package classify

import (
	"os"
	"testing"
)

// judgedTags reads a verdicts file of testdata/classify/real (URL-keyed
// judgments of training-day items), finds each judged item in the real
// news corpus and classifies it once: it returns the verdicts and, by URL,
// the provinces (current and former) the classifier gives the item now. It
// skips without the corpus (EnvRealCorpus) and fails on an item the corpus
// lacks.
func judgedTags[T any](t *testing.T, file string, urlOf func(T) string) ([]T, map[string][]string) {
	t.Helper()
	path := os.Getenv(EnvRealCorpus)
	if path == "" {
		t.Skip(EnvRealCorpus + " is not set")
	}
	verdicts := readJSONL[T](t, "../../testdata/classify/real/"+file)
	want := make([]realLabel, 0, len(verdicts))
	for _, v := range verdicts {
		want = append(want, realLabel{URL: urlOf(v)})
	}
	items := loadRealItems(t, path, want)
	c := newTest(t)
	got := make(map[string][]string, len(items))
	for _, v := range verdicts {
		u := urlOf(v)
		it, ok := items[u]
		if !ok {
			t.Fatalf("%s: judged item not in the corpus", u)
		}
		if _, done := got[u]; !done {
			got[u] = predicted(c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}))
		}
	}
	return verdicts, got
}
