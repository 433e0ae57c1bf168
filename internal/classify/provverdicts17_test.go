package classify

import "testing"

// TestProv17Verdicts re-classifies the training-day items i17provmodel
// judged (prov_i17provmodel.jsonl: 54 lead-only tags of unjudged items that
// a learned province model scored lowest; the model did not land) and fails
// when a tag judged right is lost. It needs the real news corpus
// (EnvRealCorpus).
func TestProv17Verdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i17provmodel.jsonl", "i17provmodel")
}
