package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"bantin/internal/classify"
	"bantin/internal/model"
)

// Training labels. A section feed's items are labelled with the topic the
// rules give the feed URL itself (VnExpress /rss/the-thao.rss → the-thao),
// as `bantin topics train` labels a category feed's articles with its
// source's topics. Items of general feeds are labelled where the rules are
// sure: a primary topic scoring at least pseudoMin and pseudoMargin times
// the next one (title cues, mostly).
const (
	pseudoMin    = 6.0
	pseudoMargin = 2.0
)

func trainCmd(args []string) error {
	fs := flag.NewFlagSet("train", flag.ExitOnError)
	in := fs.String("in", "/work/data/i9/news_v2.jsonl", "corpus (bantin-corpus news)")
	out := fs.String("o", "internal/classify/topicmodel.bin", "model file")
	minCount := fs.Int("min", 3, "keep features seen at least this often")
	maxFeat := fs.Int("max", 100000, "keep at most this many features")
	fs.Parse(args)
	cat := model.NewCatalog()
	rules, err := classify.NewWithModel(cat, nil)
	if err != nil {
		return err
	}
	tr := rules.NewTopicTrainer()
	valItems, sections, pseudo, err := addTraining(*in, rules, tr)
	if err != nil {
		return err
	}
	m := tr.Model(*minCount, *maxFeat)
	o, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(o)
	if cerr := o.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: %d section-labelled and %d rule-labelled items, %d features, %d bytes → %s\n",
		sections, pseudo, m.Features(), n, *out)
	printDocs(tr.Docs())
	return validate(cat, m, valItems, map[string][2]int{})
}

// addTraining adds the labelled items of the corpus's training days (file
// in) to tr, except the validation days', and returns those days'
// section-labelled items, with the counts of section- and rule-labelled
// items added. It returns the corpus's read or JSON error.
func addTraining(in string, rules *classify.Classifier, tr *classify.TopicTrainer) (val []Item, sections, pseudo int, err error) {
	f, err := os.Open(in)
	if err != nil {
		return nil, 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, 0, 0, err
		}
		if Split(it.Day) != "train" || Reserved(it.Day) {
			continue
		}
		label, ok := trainLabel(rules, it)
		if !ok {
			continue
		}
		if validation(it.Day) {
			if it.Section != "" {
				val = append(val, it)
			}
			continue
		}
		if err := tr.Add(label, it.Title, it.Summary); err != nil {
			return nil, 0, 0, err
		}
		if it.Section != "" {
			sections++
		} else {
			pseudo++
		}
	}
	return val, sections, pseudo, sc.Err()
}

// validation days (a seventh of the training days) are left out of
// training and measured: the section-labelled items, topic given by the
// text alone.
func validation(day string) bool {
	t, err := time.Parse("2006-01-02", day)
	return err == nil && t.YearDay()%7 == 3
}

// trainLabel returns an item's training topic (see pseudoMin).
func trainLabel(rules *classify.Classifier, it Item) (string, bool) {
	if it.Section != "" {
		r := rules.Classify(classify.Input{SourceURL: it.FeedURL})
		if len(r.Topics) == 0 {
			return "", false
		}
		return r.Topics[0].Topic, true
	}
	r := rules.Classify(classify.Input{Title: it.Title, Summary: it.Summary, URL: it.URL})
	if len(r.Topics) == 0 || r.Topics[0].Score < pseudoMin {
		return "", false
	}
	if len(r.Topics) > 1 && r.Topics[1].Score*pseudoMargin > r.Topics[0].Score {
		return "", false
	}
	return r.Topics[0].Topic, true
}

func printDocs(docs map[string]int) {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(docs)) {
		fmt.Fprintf(&b, " %s=%d", k, docs[k])
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: training items per topic:%s\n", b.String())
}

// validate classifies the validation items by their text alone (rules and
// the new model) and prints the share whose primary topic is the
// section's, overall and per section topic: a held-out check of the whole
// topic decision on thousands of items (section labels follow the outlet's
// desks, not the hand-labelled sets' convention: world economy filed under
// kinh-doanh counts as kinh-te only).
func validate(cat *model.Catalog, m *classify.TopicModel, items []Item, acc map[string][2]int) error {
	c, err := classify.NewWithModel(cat, m)
	if err != nil {
		return err
	}
	rules, _ := classify.NewWithModel(cat, nil)
	right, rright := 0, 0
	for _, it := range items {
		want, _ := trainLabel(rules, it)
		in := classify.Input{Title: it.Title, Summary: it.Summary, URL: it.URL}
		a := acc[want]
		a[1]++
		if r := c.Classify(in); len(r.Topics) > 0 && r.Topics[0].Topic == want {
			right++
			a[0]++
		}
		acc[want] = a
		if r := rules.Classify(in); len(r.Topics) > 0 && r.Topics[0].Topic == want {
			rright++
		}
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: validation days, %d section-labelled items, text only: rules+model %.3f, rules alone %.3f\n",
		len(items), float64(right)/float64(max(1, len(items))), float64(rright)/float64(max(1, len(items))))
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(acc)) {
		fmt.Fprintf(&b, " %s %.3f (%d)", k, float64(acc[k][0])/float64(acc[k][1]), acc[k][1])
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: per section topic, rules+model:%s\n", b.String())
	return nil
}
