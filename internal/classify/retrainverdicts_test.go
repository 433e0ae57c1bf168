package classify

import (
	"testing"

	"bantin/internal/model"
)

// retrainVerdict is one line of testdata/classify/real/retrain_i13retrain.jsonl:
// a training-day article of a general feed whose primary topic a model
// retrained by `bantin topics train` changed, judged from its title and
// lead (no text stored). Sample "full" retrained on the whole store,
// "split" on the second half of the training days over a model of the
// first half; both are random.Random(13).sample of 40 changes.
type retrainVerdict struct {
	URL     string `json:"url"`
	Day     string `json:"day"`
	Sample  string `json:"sample"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Verdict string `json:"verdict"` // better, worse or same
}

// TestRetrainVerdicts keeps the judged samples of BENCHMARKS.md
// (i13retrain) well-formed and their totals as reported. A retrained model
// is the operator's choice, not a landed change: its changes are far from
// the 90 % right that a landed rule needs.
func TestRetrainVerdicts(t *testing.T) {
	cat := model.NewCatalog()
	counts := map[string]map[string]int{}
	seen := map[string]bool{}
	for _, v := range readJSONL[retrainVerdict](t, "../../testdata/classify/real/retrain_i13retrain.jsonl") {
		if v.URL == "" || v.Day == "" || v.Before == v.After || seen[v.Sample+v.URL] {
			t.Errorf("bad or repeated line %+v", v)
		}
		seen[v.Sample+v.URL] = true
		for _, s := range []string{v.Before, v.After} {
			if _, ok := cat.Topic(s); s != "" && !ok {
				t.Errorf("%s: unknown topic %q", v.URL, s)
			}
		}
		if counts[v.Sample] == nil {
			counts[v.Sample] = map[string]int{}
		}
		counts[v.Sample][v.Verdict]++
	}
	want := map[string]map[string]int{
		"full":  {"better": 17, "worse": 9, "same": 14},
		"split": {"better": 13, "worse": 10, "same": 17},
	}
	for sample, w := range want {
		for verdict, n := range w {
			if counts[sample][verdict] != n {
				t.Errorf("%s %s: %d, want %d", sample, verdict, counts[sample][verdict], n)
			}
		}
		if len(counts[sample]) != len(w) {
			t.Errorf("%s: verdicts %v", sample, counts[sample])
		}
	}
}
