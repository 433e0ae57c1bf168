package classify

import (
	"slices"
	"testing"
)

// TestDevSplits is TestEventSplits on the dev sets (labels, fresh,
// fresh2): each set's labelled items clustered alone, as TestRealEval
// clusters them, and for each report of a group that joins no thread of
// an earlier group-mate, the rule that refused the nearest such thread
// (splitCause). BANTIN_EVENT_SPLITS=1 logs each refused report. It checks
// that the replay places every item as AssignBatch does. BENCHMARKS.md,
// "Twenty-second session: i22storyrec".
func TestDevSplits(t *testing.T) {
	path := realCorpus(t)
	c := newTest(t)
	for _, file := range []string{"labels.jsonl", "fresh.jsonl", "fresh2.jsonl"} {
		t.Run(file, func(t *testing.T) {
			labels := loadRealLabels(t, file)
			byURL := loadRealItems(t, path, labels)
			items := make([]realItem, 0, len(labels))
			ev := make([]eventLabel, 0, len(labels))
			at := make([]int, 0, len(labels))
			for i, l := range labels {
				it, ok := byURL[l.URL]
				if !ok {
					t.Fatalf("%s: not in the corpus", l.URL)
				}
				items = append(items, it)
				ev = append(ev, eventLabel{URL: l.URL, Day: l.Day, Event: file, Group: l.Group})
				at = append(at, i)
			}
			batch := signBatch(c, items)
			want := NewMemIndex().AssignBatch(batch)
			got, recs, _ := replayEvents(NewMemIndex(), batch, at, ev)
			if !slices.Equal(got, want) {
				t.Fatalf("the replay placed items unlike AssignBatch")
			}
			logSplits(t, ev, items, at, got, recs)
		})
	}
}
