package classify

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// evalArticle is one line of testdata/classify/eval.jsonl.
type evalArticle struct {
	ID        string    `json:"id"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	Body      string    `json:"body"`
	URL       string    `json:"url"`
	SourceURL string    `json:"source_url"`
	Published time.Time `json:"published"`
	Topics    []string  `json:"topics"`
	Provinces []string  `json:"provinces"`
	Group     string    `json:"group"`
	Tags      []string  `json:"tags"`
}

func loadEval(t testing.TB) []evalArticle {
	t.Helper()
	f, err := os.Open("../../testdata/classify/eval.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []evalArticle
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a evalArticle
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func (a evalArticle) input() Input {
	return Input{Title: a.Title, Summary: a.Summary, Body: a.Body, URL: a.URL,
		SourceURL: a.SourceURL, SourceName: a.Source}
}

// predicted returns the current and legacy slugs of the tags.
func predicted(r Result) []string {
	var out []string
	for _, p := range r.Provinces {
		out = append(out, p.Province)
		if p.Legacy != "" {
			out = append(out, p.Legacy)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestEval measures the classifier and the clustering on the labelled set
// and fails below the thresholds of issue 3. BANTIN_EVAL_DEBUG=1 logs every
// mistake.
func TestEval(t *testing.T) {
	c, err := New(model.NewCatalog())
	if err != nil {
		t.Fatal(err)
	}
	arts := loadEval(t)
	debug := os.Getenv("BANTIN_EVAL_DEBUG") != ""
	tp, fp, fn, topicOK := scoreTags(t, c, arts, debug)
	prec, rec := ratio(tp, tp+fp), ratio(tp, tp+fn)
	acc := ratio(topicOK, len(arts))
	cp, cr := evalClusters(t, c, arts, debug)
	t.Logf("eval set: %d articles", len(arts))
	t.Logf("provinces: precision %.3f recall %.3f (tp %d fp %d fn %d)", prec, rec, tp, fp, fn)
	t.Logf("primary topic accuracy %.3f (%d/%d)", acc, topicOK, len(arts))
	t.Logf("clusters: pairwise precision %.3f recall %.3f", cp, cr)
	check := func(name string, v, min float64) {
		if v < min {
			t.Errorf("%s %.3f below %.2f", name, v, min)
		}
	}
	check("province precision", prec, 0.95)
	check("province recall", rec, 0.90)
	check("primary topic accuracy", acc, 0.85)
	check("cluster precision", cp, 0.95)
	check("cluster recall", cr, 0.80)
}

// scoreTags counts province true/false positives and false negatives over
// (article, slug) pairs, current and legacy slugs alike, and the articles
// whose primary topic is right.
func scoreTags(t *testing.T, c *Classifier, arts []evalArticle, debug bool) (tp, fp, fn, topicOK int) {
	for _, a := range arts {
		r := c.Classify(a.input())
		got := predicted(r)
		for _, p := range got {
			if slices.Contains(a.Provinces, p) {
				tp++
			} else {
				fp++
				if debug {
					t.Logf("%s FP %s %v | %s", a.ID, p, r.Provinces, a.Title)
				}
			}
		}
		for _, p := range a.Provinces {
			if !slices.Contains(got, p) {
				fn++
				if debug {
					t.Logf("%s FN %s | %s", a.ID, p, a.Title)
				}
			}
		}
		if len(r.Topics) > 0 && r.Topics[0].Topic == a.Topics[0] {
			topicOK++
		} else if debug {
			t.Logf("%s TOPIC want %s got %v | %s", a.ID, a.Topics[0], r.Topics, a.Title)
		}
	}
	return tp, fp, fn, topicOK
}

// evalClusters assigns clusters in publication order, as ingest does, and
// returns pairwise precision and recall against the labelled groups.
func evalClusters(t *testing.T, c *Classifier, arts []evalArticle, debug bool) (float64, float64) {
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return arts[order[i]].Published.Before(arts[order[j]].Published) })
	idx := NewMemIndex()
	cluster := make([]int64, len(arts))
	for _, i := range order {
		a := arts[i]
		sig := c.Signature(a.Title, a.Summary, c.Classify(a.input()))
		id := int64(i + 1)
		cid, ok, err := Assign(context.Background(), idx, sig, a.Published)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			cid = id
		}
		cluster[i] = cid
		idx.Add(Member{ArticleID: id, ClusterID: cid, Sig: sig, Published: a.Published})
	}
	var tp, fp, fn int
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			same := arts[i].Group != "" && arts[i].Group == arts[j].Group
			got := cluster[i] == cluster[j]
			switch {
			case same && got:
				tp++
			case got:
				fp++
				if debug {
					t.Logf("CLUSTER FP %s|%s sim %.2f: %q / %q", arts[i].ID, arts[j].ID,
						Similarity(NewSignature(arts[i].Title, arts[i].Summary), NewSignature(arts[j].Title, arts[j].Summary)),
						arts[i].Title, arts[j].Title)
				}
			case same:
				fn++
				if debug {
					t.Logf("CLUSTER FN %s|%s sim %.2f: %q / %q", arts[i].ID, arts[j].ID,
						Similarity(NewSignature(arts[i].Title, arts[i].Summary), NewSignature(arts[j].Title, arts[j].Summary)),
						arts[i].Title, arts[j].Title)
				}
			}
		}
	}
	t.Logf("cluster pairs: tp %d fp %d fn %d", tp, fp, fn)
	return ratio(tp, tp+fp), ratio(tp, tp+fn)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestEvalCoverage checks the set itself against the issue: size, every
// unit three times, every topic ten times, traps twice, groups of 2–6.
func TestEvalCoverage(t *testing.T) {
	arts := loadEval(t)
	if len(arts) < 400 {
		t.Errorf("%d articles, want at least 400", len(arts))
	}
	prov, topic, tags, groups := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	noProv := 0
	for _, a := range arts {
		for _, p := range a.Provinces {
			prov[p]++
		}
		if len(a.Provinces) == 0 {
			noProv++
		}
		topic[a.Topics[0]]++
		for _, tg := range a.Tags {
			tags[tg]++
		}
		if a.Group != "" {
			groups[a.Group]++
		}
	}
	cat := model.NewCatalog()
	for _, p := range cat.Provinces() {
		if prov[p.Slug] < 3 {
			t.Errorf("province %s labelled %d times, want ≥3", p.Slug, prov[p.Slug])
		}
	}
	for _, tp := range cat.Topics() {
		if topic[tp.Slug] < 10 {
			t.Errorf("topic %s primary %d times, want ≥10", tp.Slug, topic[tp.Slug])
		}
	}
	for tg, n := range tags {
		if strings.HasPrefix(tg, "trap:") && n < 2 {
			t.Errorf("%s appears %d times, want ≥2", tg, n)
		}
	}
	okGroups := 0
	for _, n := range groups {
		if n >= 2 && n <= 6 {
			okGroups++
		}
	}
	if okGroups < 40 || noProv == 0 {
		t.Errorf("%d groups of 2–6 (want ≥40), %d articles without province", okGroups, noProv)
	}
	t.Logf("%d articles, %d groups, %d without province, traps %v", len(arts), okGroups, noProv, tags)
}
