package classify

import (
	"fmt"
	"os"
	"slices"
	"testing"

	"bantin/internal/model"
)

// EnvRealCorpus names the news corpus that cmd/bantin-corpus builds
// outside the repository; TestRealEval skips without it.
const EnvRealCorpus = "BANTIN_REAL_CORPUS"

// EnvEvalTopicModel names a topic model file (`bantin topics train --out`)
// that TestRealEval measures instead of the shipped model: how an
// operator's retrained model does on the labelled sets. Tests only; the
// service reads BANTIN_TOPIC_MODEL.
const EnvEvalTopicModel = "BANTIN_EVAL_TOPIC_MODEL"

// realLabel is one line of testdata/classify/real/labels.jsonl.
type realLabel struct {
	URL          string   `json:"url"`
	Day          string   `json:"day"`
	Provinces    []string `json:"provinces"`
	Topic        string   `json:"topic"`
	Alternatives []string `json:"alternatives"`
	Group        string   `json:"group"`
}

// realSets are the labelled sets of real news: dev (the first held-out
// set, whose mistakes have since been read and fixed), fresh (labelled
// later, its figures read once rules had changed), blind (labelled after
// fresh, before the classifier was run on it; its mistakes are never read)
// and fresh2 (labelled before the classifier was run on it; its first
// figures were held-out ones, its mistakes are read since), final
// (labelled blind, measured once on the classifier as issue 9's work left
// it), final2 (labelled on the blind and final days' evening hours,
// blind too), final3 (labelled on the held-out days' afternoon hours,
// blind too), final4 (on two margin days no set had used, 07:00–16:59,
// blind too), final5 (on the blind days' 07:00–08:59, blind too), final6
// (on the final days' 07:00–08:59, blind too), final7 (in the fifteenth
// session, on the blind and final days' 09:00–09:59, blind too), final8
// (in the sixteenth session, on the same days' 10:00–10:59, blind too),
// final9 (in the seventeenth session, on the same days' 11:00–11:59, blind
// too), final10 (in the eighteenth session, on the same days' 12:00–12:59
// without noon captures, blind too), final11 (in the nineteenth session,
// on the same days' 13:00–13:59, blind too), final12 (in the twentieth
// session, on the blind days' 14:00–14:59 and the final days' 16:00–16:59,
// blind too), final13 (in the twentieth session, on the blind days'
// 15:00–15:59 and the final days' 17:00–17:59, blind too), final14 (in
// the twenty-first session, on the held-out days' 11:00–11:59 and the
// final days' 18:00–18:59, blind too), final15 (in the twenty-first
// session, on the held-out days' 17:00–17:59, blind too), final16 (in
// the twenty-second session, on the held-out days' 13:00–13:59 and
// 18:00–18:59, blind too) and final17 (labelled last, in the twenty-third
// session, on the held-out days' 19:00–22:59, blind too). min is the
// size of the whole set, which TestRealLabels checks. A blind set's mistakes are never read:
// BANTIN_EVAL_DEBUG does not log them, so that no rule is tuned on them.
// See testdata/classify/real/README.md.
var realSets = []struct {
	name, file string
	min        int
	blind      bool
}{
	{"dev", "labels.jsonl", 200, false},
	{"fresh", "fresh.jsonl", 200, false},
	{"blind", "blind.jsonl", 200, true},
	{"fresh2", "fresh2.jsonl", 200, false},
	{"final", "final.jsonl", 163, true},
	{"final2", "final2.jsonl", 320, true},
	{"final3", "final3.jsonl", 240, true},
	{"final4", "final4.jsonl", 243, true},
	{"final5", "final5.jsonl", 225, true},
	{"final6", "final6.jsonl", 198, true},
	{"final7", "final7.jsonl", 186, true},
	{"final8", "final8.jsonl", 224, true},
	{"final9", "final9.jsonl", 249, true},
	{"final10", "final10.jsonl", 155, true},
	{"final11", "final11.jsonl", 266, true},
	{"final12", "final12.jsonl", 89, true},
	{"final13", "final13.jsonl", 243, true},
	{"final14", "final14.jsonl", 179, true},
	{"final15", "final15.jsonl", 178, true},
	{"final16", "final16.jsonl", 197, true},
	{"final17", "final17.jsonl", 248, true},
}

// TestRealEval measures the classifier and the clustering on the labelled
// days of real news (labels in testdata/classify/real, text in the corpus
// named by BANTIN_REAL_CORPUS) and logs province, former-province, topic
// and cluster figures, one subtest per set. It fails only on a broken
// setup: the targets of issue 9 are reported in BENCHMARKS.md, not enforced
// here, because the text is not part of the repository.
// BANTIN_EVAL_DEBUG=1 logs mistakes, except the blind sets' (blind, final,
// final2 … final17).
func TestRealEval(t *testing.T) {
	path := os.Getenv(EnvRealCorpus)
	if path == "" {
		t.Skip(EnvRealCorpus + " is not set: build the corpus with `go run ./cmd/bantin-corpus news -git DIR -o FILE` (BENCHMARKS.md, Real news)")
	}
	c := evalClassifier(t)
	var pooled evalTotals
	sets := 0
	for _, set := range realSets {
		t.Run(set.name, func(t *testing.T) {
			if tot := realEval(t, c, path, set.file, set.blind); set.blind {
				pooled.add(tot)
				sets++
			}
		})
	}
	p, r := pooled.cur.pr()
	cp, cr := pooled.pairs.pr()
	t.Logf("held-out pooled (%d blind sets, %d items): provinces precision %.3f recall %.3f (tp %d fp %d fn %d); primary topic %.3f; cluster pairs precision %.3f recall %.3f (tp %d fp %d fn %d)",
		sets, pooled.items, p, r, pooled.cur.tp, pooled.cur.fp, pooled.cur.fn, ratio(pooled.topicOK, pooled.items),
		cp, cr, pooled.pairs.tp, pooled.pairs.fp, pooled.pairs.fn)
}

// evalClassifier returns the shared test classifier, or one with the
// model file EnvEvalTopicModel names.
func evalClassifier(t *testing.T) *Classifier {
	path := os.Getenv(EnvEvalTopicModel)
	if path == "" {
		return newTest(t)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ReadTopicModel(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	c, err := NewWithModel(model.NewCatalog(), m)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("topic model: %s (%d features)", path, m.Features())
	return c
}

// evalTotals are one set's counts, or several sets' summed.
type evalTotals struct {
	items, topicOK int
	cur, leg       tagCounts
	pairs          tagCounts // same-event pairs: clustered together (tp), wrongly (fp), apart (fn)
}

func (e *evalTotals) add(o evalTotals) {
	e.items += o.items
	e.topicOK += o.topicOK
	for _, x := range [][2]*tagCounts{{&e.cur, &o.cur}, {&e.leg, &o.leg}, {&e.pairs, &o.pairs}} {
		x[0].tp += x[1].tp
		x[0].fp += x[1].fp
		x[0].fn += x[1].fn
	}
}

// realEval measures one labelled set and returns its counts; it logs no
// mistake of a blind one.
func realEval(t *testing.T, c *Classifier, path, file string, blind bool) evalTotals {
	labels := loadRealLabels(t, file)
	items := loadRealItems(t, path, labels)
	if len(items) != len(labels) {
		t.Fatalf("%d labelled items, %d found in %s", len(labels), len(items), path)
	}
	cat := model.NewCatalog()
	debug := os.Getenv("BANTIN_EVAL_DEBUG") == "1" && !blind
	var cur, leg tagCounts
	topicOK, none := 0, 0
	batch := make([]Member, 0, len(labels))
	groups := make([]string, 0, len(labels))
	for i, l := range labels {
		it := items[l.URL]
		in := Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}
		r := c.Classify(in)
		gc, gl := splitLegacy(cat, predicted(r))
		wc, wl := splitLegacy(cat, l.Provinces)
		cur.add(gc, wc)
		leg.add(gl, wl)
		if debug && (!slices.Equal(gc, sorted(wc)) || !slices.Equal(gl, sorted(wl))) {
			t.Logf("PROV %s got %v want %v | %s || %s", l.Day, predicted(r), l.Provinces, it.Title, it.Summary)
		}
		switch {
		case len(r.Topics) == 0:
			none++
		case r.Topics[0].Topic == l.Topic || slices.Contains(l.Alternatives, r.Topics[0].Topic):
			topicOK++
		}
		if debug && (len(r.Topics) == 0 || r.Topics[0].Topic != l.Topic && !slices.Contains(l.Alternatives, r.Topics[0].Topic)) {
			t.Logf("TOPIC want %s %v got %v | %s", l.Topic, l.Alternatives, topicSlugs(r), it.Title)
		}
		batch = append(batch, Member{ArticleID: int64(i + 1), Key: it.URL, Published: it.Published,
			Sig: c.Signature(it.Title, it.Summary, r)})
		groups = append(groups, l.Group)
	}
	clusters := segments(NewMemIndex().AssignBatch(batch)) // what readers see
	if debug {
		logClusterMistakes(t, clusters, groups, labels, items)
		same, reached, other := pairReach(batch, groups)
		t.Logf("  pairs within ClusterWindow: %d of %d same-event pairs reach their pair threshold, %d other pairs do",
			reached, same, other)
	}
	pairs := pairwise(clusters, groups)
	cp, cr := pairs.pr()
	p, rc := cur.pr()
	lp, lr := leg.pr()
	t.Logf("real news, %s: %d items", file, len(labels))
	t.Logf("  provinces: precision %.3f recall %.3f (tp %d fp %d fn %d)", p, rc, cur.tp, cur.fp, cur.fn)
	t.Logf("  former provinces: precision %.3f recall %.3f (tp %d fp %d fn %d)", lp, lr, leg.tp, leg.fp, leg.fn)
	t.Logf("  primary topic right (or an acceptable alternative): %.3f (%d/%d), no topic %d",
		ratio(topicOK, len(labels)), topicOK, len(labels), none)
	t.Logf("  clusters: pairwise precision %.3f recall %.3f (pairs tp %d fp %d fn %d)", cp, cr, pairs.tp, pairs.fp, pairs.fn)
	return evalTotals{items: len(labels), topicOK: topicOK, cur: cur, leg: leg, pairs: pairs}
}

// logClusterMistakes logs the items of each predicted cluster that mixes
// labelled groups and of each labelled group that is split.
func logClusterMistakes(t *testing.T, clusters []int64, groups []string, labels []realLabel, items map[string]realItem) {
	byCluster := map[int64][]int{}
	for i, c := range clusters {
		byCluster[c] = append(byCluster[c], i)
	}
	seen := map[string]bool{}
	for i, g := range groups {
		mixed := false
		for _, j := range byCluster[clusters[i]] {
			mixed = mixed || groups[j] != g || g == ""
		}
		if len(byCluster[clusters[i]]) > 1 && mixed && !seen[fmt.Sprint("c", clusters[i])] {
			seen[fmt.Sprint("c", clusters[i])] = true
			for _, j := range byCluster[clusters[i]] {
				t.Logf("CLUSTER-FP %d group=%q | %s", clusters[i], groups[j], items[labels[j].URL].Title)
			}
		}
		if g != "" && !seen[g] {
			seen[g] = true
			var cs []int64
			for j := range groups {
				if groups[j] == g {
					cs = append(cs, clusters[j])
				}
			}
			if len(slices.Compact(sortedInts(cs))) > 1 {
				for j := range groups {
					if groups[j] == g {
						t.Logf("CLUSTER-FN %s cluster=%d | %s", g, clusters[j], items[labels[j].URL].Title)
					}
				}
			}
		}
	}
}

func sortedInts(s []int64) []int64 { s = slices.Clone(s); slices.Sort(s); return s }

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

func topicSlugs(r Result) []string {
	var out []string
	for _, t := range r.Topics {
		out = append(out, t.Topic)
	}
	return out
}

func loadRealLabels(t *testing.T, file string) []realLabel {
	return readJSONL[realLabel](t, "../../testdata/classify/real/"+file)
}

// loadRealItems reads the corpus lines whose URL is labelled.
func loadRealItems(t *testing.T, path string, labels []realLabel) map[string]realItem {
	want := map[string]bool{}
	for _, l := range labels {
		want[l.URL] = true
	}
	out := map[string]realItem{}
	for _, it := range readJSONL[realItem](t, path) {
		if want[it.URL] {
			out[it.URL] = it
		}
	}
	return out
}
