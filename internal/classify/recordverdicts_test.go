package classify

import (
	"slices"
	"strings"
	"testing"
)

// The verdict files of the eleventh and twelfth sessions' helpers that no
// rule test read (clause_i11prov17, recall_i12prov19, secondary_i12topic8):
// the tests below keep what they judged right from being lost silently.

// TestRecordedTagVerdicts re-classifies the judged training-day items of
// clause_i11prov17 (a random sample of tags from a clause's place) and
// recall_i12prov19 (every landmark tag i12prov19 added) and fails when a
// tag judged right is no longer given; it logs how many tags judged wrong
// are still given (the samples' residual precision). It needs the real
// news corpus (EnvRealCorpus).
func TestRecordedTagVerdicts(t *testing.T) {
	for _, file := range []string{"clause_i11prov17.jsonl", "recall_i12prov19.jsonl"} {
		verdicts, tags := judgedTags(t, file, func(v eveningVerdict) string { return v.URL })
		var right, lost, wrongKept, wrong int
		for _, v := range verdicts {
			has := slices.Contains(tags[v.URL], v.Province)
			switch v.Verdict {
			case "R":
				right++
				if !has {
					lost++
					t.Errorf("%s: %s: %s judged right, now missing (got %v)", file, v.URL, v.Province, tags[v.URL])
				}
			case "W":
				wrong++
				if has {
					wrongKept++
				}
			case "D":
			default:
				t.Fatalf("%s: %s: verdict %q", file, v.URL, v.Verdict)
			}
		}
		t.Logf("%s: %d judged right, %d lost; %d of %d judged wrong still given", file, right, lost, wrongKept, wrong)
	}
}

// topicVerdict is a row of secondary_i12topic8.jsonl: the topics before and
// after a rule ("*" marks the primary), whether the change was right, and
// the rule, "(landed…)" when it is on main.
type topicVerdict struct {
	URL     string `json:"url"`
	Before  string `json:"before"`
	After   string `json:"after"`
	Verdict string `json:"verdict"`
	Rule    string `json:"rule"`
}

// TestRecordedTopicVerdicts re-classifies the items whose change by a landed
// rule (the phap-luat cues "bị bắt với|vì cáo buộc") was judged right and
// fails when the law topic's presence no longer agrees with the judged
// "after": the arrest stories keep their law tag, the stray ones stay off.
// A news digest is left out: since i13topic9 (topicdigest.go) a digest's
// secondary topic that only its lead speaks for is dropped, a later judged
// convention. It needs the real news corpus (EnvRealCorpus).
func TestRecordedTopicVerdicts(t *testing.T) {
	path := realCorpus(t)
	var landed []topicVerdict
	var want []realLabel
	for _, v := range readJSONL[topicVerdict](t, "../../testdata/classify/real/secondary_i12topic8.jsonl") {
		if strings.Contains(v.Rule, "(landed") && v.Verdict == "right" {
			landed = append(landed, v)
			want = append(want, realLabel{URL: v.URL})
		}
	}
	if len(landed) == 0 {
		t.Fatal("no landed verdicts read")
	}
	items := loadRealItems(t, path, want)
	c := newTest(t)
	checked := 0
	for _, v := range landed {
		it, ok := items[v.URL]
		if !ok {
			t.Fatalf("%s: judged item not in the corpus", v.URL)
		}
		if isDigest(it.Title) {
			continue
		}
		checked++
		var got []string
		for _, tt := range c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}).Topics {
			got = append(got, tt.Topic)
		}
		wantLaw := slices.Contains(strings.Fields(strings.ReplaceAll(v.After, "*", "")), "phap-luat")
		if slices.Contains(got, "phap-luat") != wantLaw {
			t.Errorf("%s: judged %q right, now %v", v.URL, v.After, got)
		}
	}
	t.Logf("secondary_i12topic8: %d of %d landed changes checked (digests left out)", checked, len(landed))
}
