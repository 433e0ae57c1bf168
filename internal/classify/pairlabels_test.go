package classify

import (
	"slices"
	"testing"
)

// pairLabel is one judged pair of training-day reports
// (testdata/classify/real/pairs_*.jsonl): whether a and b report one event
// by the labelled sets' convention ("same", "other" or "doubtful"), and
// the sample it was drawn in (BENCHMARKS.md, "Eleventh session: i11clus13",
// "Eleventh session: i11clus14", "Eleventh session: i11clus15",
// "Thirteenth session: i13story", "… i13clusplace", "… i13clusmatch",
// "Fourteenth session: i14story", "… i14sport", "… i14moment",
// "Fifteenth session: i15assign", "… i15clusprec", "… i15matchparse",
// "… i15resultstory", "… i15events", "… i15moment2", "… i15age",
// "Sixteenth session: i16ownstory", "… i16pairmodel", "… i16clusprec2",
// "… i16burst", "… review19", "… i16corpustime", "Seventeenth session:
// i17assign2", "… i17topic", "… i17clusprec3", "… i17kickoff",
// "… i17namelink", "… i17chain" and "Eighteenth session: i18clusprec4",
// "… i18event", "… i18chain2", "Nineteenth session: i19chain", "… i19recall"
// and "Twentieth session: i20aftermath", "… i20clusprec", "… i20pastcue",
// "… i20linkage", "… i20merge", "… i20prevveto").
type pairLabel struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Day    string `json:"day"`
	Sample string `json:"sample"`
	Label  string `json:"label"`
}

// pairLabelFiles are the judged pair files, in testdata/classify/real.
var pairLabelFiles = []string{"pairs_i11clus13.jsonl", "pairs_i11clus14.jsonl", "pairs_i11clus15.jsonl", "pairs_i13story.jsonl", "pairs_i13clusplace.jsonl", "pairs_i13clusmatch.jsonl",
	"pairs_i14story.jsonl", "pairs_i14sport.jsonl", "pairs_i14moment.jsonl", "pairs_i15assign.jsonl", "pairs_i15clusprec.jsonl", "pairs_i15matchparse.jsonl",
	"pairs_i15resultstory.jsonl", "pairs_i15events.jsonl", "pairs_i15moment2.jsonl", "pairs_i15age.jsonl",
	"pairs_i15parsefix.jsonl", "pairs_i15parsefix_vietlott.jsonl", "pairs_i16ownstory.jsonl", "pairs_i16pairmodel.jsonl",
	"pairs_i16clusprec2.jsonl", "pairs_i16burst.jsonl", "pairs_review19.jsonl", "pairs_i16corpustime.jsonl", "pairs_i16h2h.jsonl", "pairs_i16h2h_v2.jsonl",
	"pairs_i16teamalias.jsonl", "pairs_i16v2tune.jsonl", "pairs_i16intent.jsonl",
	"pairs_i16datescore.jsonl", "pairs_i17assign2.jsonl", "pairs_i17topic.jsonl", "pairs_i17clusprec3.jsonl", "pairs_i17namelink.jsonl", "pairs_i17kickoff.jsonl",
	"pairs_i17chain.jsonl", "pairs_i18clusprec4.jsonl", "pairs_i18event.jsonl", "pairs_i18chain2.jsonl", "pairs_i19chain.jsonl", "pairs_i19recall.jsonl", "pairs_i19moment.jsonl",
	"pairs_i20aftermath.jsonl", "pairs_i20clusprec.jsonl", "pairs_i20pastcue.jsonl", "pairs_i20linkage.jsonl",
	"pairs_i20merge.jsonl", "pairs_i20prevveto.jsonl", "pairs_i21storyprec.jsonl", "pairs_i21storyrec.jsonl", "pairs_i21matchprec.jsonl", "pairs_i21cues.jsonl",
	"pairs_i21preview.jsonl", "pairs_i22storyrec.jsonl", "pairs_i22matchprev.jsonl", "pairs_i22namefirst.jsonl", "pairs_i22sport.jsonl",
	"pairs_i23clusprec.jsonl", "pairs_i23clusprec_changed.jsonl", "pairs_i23storyrec.jsonl", "pairs_review32.jsonl",
	"pairs_i23aftermath.jsonl", "pairs_i23bulletins.jsonl"}

// pairCounts counts judged pairs and those whose similarity reaches their
// pair threshold (matchThreshold), by label.
type pairCounts struct{ n, reached map[string]int }

// TestPairLabels measures the pair decision on judged training-day pairs:
// for each sample, how many same-event, other and doubtful pairs reach
// their threshold. Training days may be read, so a pair rule can be tried
// here before the labelled sets see it. It needs the real news corpus
// (EnvRealCorpus) and fails on a pair whose items it lacks or an unknown
// label; it reads every pairLabelFiles file.
func TestPairLabels(t *testing.T) {
	path := realCorpus(t)
	var pairs []pairLabel
	for _, f := range pairLabelFiles {
		pairs = append(pairs, readJSONL[pairLabel](t, "../../testdata/classify/real/"+f)...)
	}
	for _, p := range pairs {
		if !slices.Contains([]string{"same", "other", "doubtful"}, p.Label) {
			t.Fatalf("pair %s %s: label %q", p.A, p.B, p.Label)
		}
	}
	signed := signPairs(t, path, pairs)
	counts := map[string]pairCounts{}
	var samples []string
	for i, p := range pairs {
		sp := &signed[i]
		pc, ok := counts[p.Sample]
		if !ok {
			pc = pairCounts{n: map[string]int{}, reached: map[string]int{}}
			counts[p.Sample] = pc
			samples = append(samples, p.Sample)
		}
		pc.n[p.Label]++
		if sp.reached() {
			pc.reached[p.Label]++
		}
	}
	for _, s := range samples {
		pc := counts[s]
		t.Logf("%s: reach their threshold: same %d of %d, other %d of %d, doubtful %d of %d", s,
			pc.reached["same"], pc.n["same"], pc.reached["other"], pc.n["other"], pc.reached["doubtful"], pc.n["doubtful"])
	}
}

// loadPairItems loads the corpus items of both sides of the pairs.
func loadPairItems(t *testing.T, path string, pairs []pairLabel) map[string]realItem {
	want := make([]realLabel, 0, 2*len(pairs))
	for _, p := range pairs {
		want = append(want, realLabel{URL: p.A}, realLabel{URL: p.B})
	}
	return loadRealItems(t, path, want)
}

// signedPair is a judged pair's two items signed as ingestion signs them,
// with their publication times and the times they were judged on
// (realItem.judgedAt), Unix nanoseconds.
type signedPair struct {
	a, b   Signature
	pa, pb int64
	ja, jb int64
}

// reached reports whether the pair's similarity reaches its threshold.
func (sp *signedPair) reached() bool {
	return similarity(&sp.a, &sp.b) >= matchThreshold(&sp.a, &sp.b, sp.pa, sp.pb)
}

// pair returns p itself: verdict types that embed a pairLabel satisfy
// signedVerdicts' constraint through it.
func (p pairLabel) pair() pairLabel { return p }

// signedVerdicts reads the judged pairs of file (testdata/classify/real)
// and signs both items of each from the real news corpus: the verdicts
// and, at the same index, their signed pairs. It skips the test when
// EnvRealCorpus is not set and fails it on a pair whose items the corpus
// lacks (signPairs).
func signedVerdicts[T interface{ pair() pairLabel }](t *testing.T, file string) ([]T, []signedPair) {
	t.Helper()
	path := realCorpus(t)
	verdicts := readJSONL[T](t, "../../testdata/classify/real/"+file)
	labels := make([]pairLabel, len(verdicts))
	for i, v := range verdicts {
		labels[i] = v.pair()
	}
	return verdicts, signPairs(t, path, labels)
}

// signPairs loads both items of each pair from the corpus at path and
// signs them, in the pairs' order; it fails when an item is missing.
func signPairs(t *testing.T, path string, pairs []pairLabel) []signedPair {
	t.Helper()
	items := loadPairItems(t, path, pairs)
	c := newTest(t)
	out := make([]signedPair, len(pairs))
	for i, p := range pairs {
		a, okA := items[p.A]
		b, okB := items[p.B]
		if !okA || !okB {
			t.Fatalf("pair %s %s: items found %v %v", p.A, p.B, okA, okB)
		}
		out[i] = signedPair{pairSig(c, a), pairSig(c, b), a.Published.UnixNano(), b.Published.UnixNano(),
			a.judgedAt().UnixNano(), b.judgedAt().UnixNano()}
	}
	return out
}

// pairSig returns the story signature ingestion gives it.
func pairSig(c *Classifier, it realItem) Signature {
	r := c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL})
	return c.Signature(it.Title, it.Summary, r)
}
