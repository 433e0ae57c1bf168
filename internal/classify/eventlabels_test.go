package classify

import (
	"slices"
	"testing"
	"time"

	"bantin/internal/corpusdays"
)

// eventLabel is one line of testdata/classify/real/events_*.jsonl: a
// training-day item of one big event (every item of the days around it
// whose title names it: for a match, the opponent), read by title and
// lead: its moment in a sports event ("pre" before the match, "post" its
// result and aftermath; "other" another story, and every item of an event
// that is no match) and its story group within the event ("post" for
// every report of a match's result and its aftermath; a name for the
// reports of one other story, such as a match's line-up or a shooting and
// its follow-ups; "" for an item that is a story of its own).
// BENCHMARKS.md, "Fifteenth session: i15assign", "… i15resultstory" and
// "… i15events".
type eventLabel struct {
	URL    string `json:"url"`
	Day    string `json:"day"`
	Event  string `json:"event"`
	Group  string `json:"group"`
	Moment string `json:"moment"`
}

// eventLabelFiles are the labelled event files, in testdata/classify/real.
var eventLabelFiles = []string{"events_i15assign.jsonl", "events_i15resultstory.jsonl", "events_i15events.jsonl"}

// readEventLabels returns the labels of every event file
// (eventLabelFiles), in file order.
func readEventLabels(t *testing.T) []eventLabel {
	t.Helper()
	var labels []eventLabel
	for _, f := range eventLabelFiles {
		labels = append(labels, readJSONL[eventLabel](t, "../../testdata/classify/real/"+f)...)
	}
	return labels
}

// TestEventLabels measures the story assignment on whole training-day
// events, where a sample of changed pairs cannot: clustered as the
// service would (clusterEvents), how many pairs of one
// event's result reports are together (recall), how many pairs are
// together that are not one story (precision), and how many of those join
// a pre-match item to a result report. It needs the real news corpus
// (EnvRealCorpus) and fails on an item it lacks, an unknown moment or a
// "post" group whose item is not a post-match report.
func TestEventLabels(t *testing.T) {
	path := realCorpus(t)
	labels := readEventLabels(t)
	for _, l := range labels {
		if !slices.Contains([]string{"pre", "post", "other"}, l.Moment) || (l.Group == "post") != (l.Moment == "post") {
			t.Fatalf("%s: moment %q, group %q", l.URL, l.Moment, l.Group)
		}
	}
	clusters := clusterEvents(t, path, labels)
	var events []string
	for _, l := range labels {
		if !slices.Contains(events, l.Event) {
			events = append(events, l.Event)
		}
	}
	var all tagCounts
	for _, ev := range events {
		var cl []int64
		var groups []string
		var moments []string
		for i, l := range labels {
			if l.Event == ev {
				cl, moments = append(cl, clusters[i]), append(moments, l.Moment)
				groups = append(groups, groupKey(l))
			}
		}
		pc := pairwise(cl, groups)
		all.tp, all.fp, all.fn = all.tp+pc.tp, all.fp+pc.fp, all.fn+pc.fn
		p, r := pc.pr()
		t.Logf("%s (%d items): pairwise precision %.3f recall %.3f (tp %d fp %d fn %d), %d pairs join a pre-match item to a result report",
			ev, len(cl), p, r, pc.tp, pc.fp, pc.fn, mixedMoments(cl, moments))
	}
	p, r := all.pr()
	t.Logf("events pooled: pairwise precision %.3f recall %.3f (tp %d fp %d fn %d)", p, r, all.tp, all.fp, all.fn)
}

// groupKey is the label's story group, "" for a story of its own.
func groupKey(l eventLabel) string {
	if l.Group == "" {
		return ""
	}
	return l.Event + "/" + l.Group
}

// mixedMoments counts the pairs clustered together of which one is a
// pre-match item and the other a post-match report.
func mixedMoments(cluster []int64, moments []string) int {
	n := 0
	for i := range cluster {
		for j := i + 1; j < len(cluster); j++ {
			if cluster[i] == cluster[j] && moments[i] != moments[j] && moments[i] != "other" && moments[j] != "other" {
				n++
			}
		}
	}
	return n
}

// eventContext reports whether an item of corpus day day (realItem.Day)
// may be an event's context: it is a training day. An event's window
// reaches ClusterWindow back from its first item, which may cross a
// held-out day and its margins (the White House event's first item,
// 2026-04-25, looks back to 2026-04-22).
func eventContext(day string) bool { return corpusdays.Split(day) == "train" }

// clusterEvents classifies the labelled items and, as the context the
// index holds when they arrive, every corpus item published on a training
// day (eventContext) from ClusterWindow before an event's first labelled
// item to its last, clusters them in one AssignBatch and returns the
// labelled items' segments, in order.
func clusterEvents(t *testing.T, path string, labels []eventLabel) []int64 {
	pos := map[string]int{}
	for i, l := range labels {
		pos[l.URL] = i
	}
	corpus := readJSONL[realItem](t, path)
	inSpan := eventWindows(corpus, labels, pos)
	var items []realItem
	at := make([]int, len(labels))
	for i := range at {
		at[i] = -1
	}
	for _, it := range corpus {
		i, labelled := pos[it.URL]
		if !labelled && !inSpan(it) {
			continue
		}
		if labelled {
			at[i] = len(items)
		}
		items = append(items, it)
	}
	placed := segments(NewMemIndex().AssignBatch(signBatch(newTest(t), items)))
	out := make([]int64, len(labels))
	for i, k := range at {
		if k < 0 {
			t.Fatalf("%s is not in %s", labels[i].URL, path)
		}
		out[i] = placed[k]
	}
	return out
}

// signBatch classifies and signs items as ingestion does and returns them
// as one batch's members, in order: ArticleID is the position plus one,
// Key the URL.
func signBatch(c *Classifier, items []realItem) []Member {
	batch := make([]Member, len(items))
	for i, it := range items {
		batch[i] = Member{ArticleID: int64(i + 1), Key: it.URL, Published: it.Published, Sig: pairSig(c, it)}
	}
	return batch
}

// eventWindows returns whether a corpus item is an event's context: of a
// training day (eventContext) and published from ClusterWindow before an
// event's first labelled item (pos: a label's index by URL) to its last.
func eventWindows(corpus []realItem, labels []eventLabel, pos map[string]int) func(it realItem) bool {
	type span struct{ from, to time.Time }
	spans := map[string]span{}
	for _, it := range corpus {
		if i, ok := pos[it.URL]; ok {
			s, seen := spans[labels[i].Event]
			if !seen || it.Published.Add(-ClusterWindow).Before(s.from) {
				s.from = it.Published.Add(-ClusterWindow)
			}
			if !seen || it.Published.After(s.to) {
				s.to = it.Published
			}
			spans[labels[i].Event] = s
		}
	}
	return func(it realItem) bool {
		if !eventContext(it.Day) {
			return false
		}
		for _, s := range spans {
			if !it.Published.Before(s.from) && !it.Published.After(s.to) {
				return true
			}
		}
		return false
	}
}

// TestEventContext: an event's context holds training-day items only, by
// the corpus day: the held-out 2026-04-22 and its margins are left out,
// 2026-04-25 is in, and so is an item of day 2026-04-25 published (by its
// corrected time) on 2026-04-26.
func TestEventContext(t *testing.T) {
	for _, tc := range []struct {
		day  string
		want bool
	}{
		{"2026-04-22", false},
		{"2026-04-24", false},
		{"2026-04-25", true},
		{"2026-08-02", true},
		{"", false},
	} {
		if got := eventContext(tc.day); got != tc.want {
			t.Errorf("%q: context %v, want %v", tc.day, got, tc.want)
		}
	}
	vn := time.FixedZone("ICT", 7*3600)
	corpus := []realItem{{URL: "a", Day: "2026-04-25", Published: time.Date(2026, 4, 26, 9, 0, 0, 0, vn)}}
	labels := []eventLabel{{URL: "a", Event: "e"}}
	in := eventWindows(corpus, labels, map[string]int{"a": 0})
	for _, tc := range []struct {
		it   realItem
		want bool
	}{
		{realItem{Day: "2026-04-25", Published: time.Date(2026, 4, 26, 2, 0, 0, 0, vn)}, true},
		{realItem{Day: "2026-04-24", Published: time.Date(2026, 4, 25, 2, 0, 0, 0, vn)}, false},
		{realItem{Day: "2026-04-26", Published: time.Date(2026, 4, 26, 10, 0, 0, 0, vn)}, false},
	} {
		if got := in(tc.it); got != tc.want {
			t.Errorf("%s published %v: in the window %v, want %v", tc.it.Day, tc.it.Published, got, tc.want)
		}
	}
}
