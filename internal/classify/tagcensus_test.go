package classify

import (
	"os"
	"strings"
	"testing"
)

// EnvTagCensus names the file TestTagCensus writes.
const EnvTagCensus = "BANTIN_TAG_CENSUS"

// TestTagCensus writes the tags (tagLine) of every training-day item,
// classified as the evaluation reads it (title, lead, link, feed), one
// tab-separated line per item in corpus order, to the file EnvTagCensus
// names: two such files, before and after a tag change, show the items
// it changes. It skips unless EnvRealCorpus and EnvTagCensus are both set.
func TestTagCensus(t *testing.T) {
	trainCensus(t, EnvTagCensus, func(c *Classifier, it realItem) string {
		return it.URL + "\t" + tagLine(c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}))
	})
}

// trainCensus writes line(c, it) for every training-day item of the real
// corpus, in corpus order, one a line, leaving out empty ones, to the file
// env names. It skips unless EnvRealCorpus and env are both set.
func trainCensus(t *testing.T, env string, line func(c *Classifier, it realItem) string) {
	path, out := os.Getenv(EnvRealCorpus), os.Getenv(env)
	if path == "" || out == "" {
		t.Skip(EnvRealCorpus + " and " + env + " are not both set")
	}
	c := newTest(t)
	var b strings.Builder
	for _, it := range readJSONL[realItem](t, path) {
		if !eventContext(it.Day) {
			continue
		}
		if l := line(c, it); l != "" {
			b.WriteString(l + "\n")
		}
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// EnvTagReasons names the file TestTagReasonCensus writes.
const EnvTagReasons = "BANTIN_TAG_REASONS"

// TestTagReasonCensus writes every province tag of every training-day item,
// classified as TestTagCensus does, one tab-separated line per tag: the
// URL, the slug (a current province, or the former one a tag names), its
// kind ("current" or "former") and the reason the classifier gives — the
// population a seeded sample of tags is drawn from and judged. It skips
// unless EnvRealCorpus and EnvTagReasons are both set.
func TestTagReasonCensus(t *testing.T) {
	trainCensus(t, EnvTagReasons, func(c *Classifier, it realItem) string {
		var lines []string
		for _, p := range c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}).Provinces {
			lines = append(lines, it.URL+"\t"+p.Province+"\tcurrent\t"+p.Reason)
			if p.Legacy != "" {
				lines = append(lines, it.URL+"\t"+p.Legacy+"\tformer\t"+p.Reason)
			}
		}
		return strings.Join(lines, "\n")
	})
}
