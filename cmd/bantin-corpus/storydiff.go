package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// storydiffFlags are storydiff's options (storydiffCmd).
type storydiffFlags struct {
	a, b, in     string // censuses before and after; the corpus
	side         string // "joined", "split" or "" (no sample)
	labels, name string // verdicts file; the pair labels' sample name
	seed         uint64
	n            int
	list         bool
	judged       string // glob of pair verdict files to screen the change against (storyjudged.go)
}

// parseStorydiff reads storydiff's flags. It refuses what would print
// something other than what was asked: no census, a side other than
// "joined" or "split", a sample of fewer than one pair, verdicts without
// the side they judge or without a sample name, judged screening with a
// sample.
func parseStorydiff(args []string) (storydiffFlags, error) {
	var o storydiffFlags
	fs := flag.NewFlagSet("storydiff", flag.ContinueOnError)
	fs.StringVar(&o.a, "a", "", "census before the change (TestStoryCensus)")
	fs.StringVar(&o.b, "b", "", "census after the change")
	fs.StringVar(&o.in, "in", "/work/data/i9/news_v2.jsonl", "corpus (bantin-corpus news), for the sample's titles and leads")
	fs.StringVar(&o.side, "sample", "", "joined or split: draw a sample of those pairs")
	fs.Uint64Var(&o.seed, "seed", 1, "the sample's seed")
	fs.IntVar(&o.n, "n", 40, "the sample's size")
	fs.StringVar(&o.labels, "labels", "", "verdicts (same, other, doubtful), one a line in the sample's order: print the sample as pair labels")
	fs.StringVar(&o.name, "name", "", "the pair labels' sample name")
	fs.BoolVar(&o.list, "list", false, "print every joined and split pair (side, hours apart, URLs)")
	fs.StringVar(&o.judged, "judged", "", "glob of pair verdict files (testdata/classify/real/pairs_*.jsonl): count how the change joins and splits pairs already judged")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case o.a == "" || o.b == "":
		return o, fmt.Errorf("storydiff needs -a and -b")
	case o.side != "" && o.side != "joined" && o.side != "split":
		return o, fmt.Errorf("storydiff: -sample is joined or split, not %q", o.side)
	case o.n < 1:
		return o, fmt.Errorf("storydiff: -n %d, want 1 or more", o.n)
	case o.labels != "" && (o.side == "" || o.name == ""):
		return o, fmt.Errorf("storydiff: -labels needs -sample (the side judged) and -name")
	case o.judged != "" && o.side != "":
		return o, fmt.Errorf("storydiff: -judged prints counts, not a sample: drop -sample")
	}
	return o, nil
}

// storydiffCmd prints the counts of joined and split pairs; with -list
// every changed pair; with -sample a seeded random sample of one side
// with both items' title and lead read from the corpus; with -labels
// that sample as pair labels (JSON lines, no text) for
// testdata/classify/real/pairs_*.jsonl. It prints to stdout only. The two
// censuses must hold the same items (sameItems).
func storydiffCmd(args []string) error {
	o, err := parseStorydiff(args)
	if err != nil {
		return err
	}
	a, err := readCensus(o.a)
	if err != nil {
		return err
	}
	b, err := readCensus(o.b)
	if err != nil {
		return err
	}
	if err := sameItems(a, b); err != nil {
		return err
	}
	out := bufio.NewWriter(os.Stdout)
	if o.judged != "" {
		vs, err := readJudged(o.judged)
		if err != nil {
			return err
		}
		printJudged(out, countJudged(vs, a, b))
	}
	if err := storydiff(out, o, len(a), storyPairs(a), storyPairs(b)); err != nil {
		return err
	}
	return out.Flush()
}

// storydiff writes to w what o asks of the same-story pairs of a census of
// items items before (pa) and after (pb) the change.
func storydiff(w io.Writer, o storydiffFlags, items int, pa, pb []storyPair) error {
	joined, split := diffPairs(pa, pb)
	side := split
	if o.side == "joined" {
		side = joined
	}
	switch {
	case o.labels != "":
		_, items, err := drawnItems(o.in, side, o.seed, o.n)
		if err != nil {
			return err
		}
		return printLabels(w, side, o.seed, o.n, o.labels, o.name, func(url string) string { return items[url].Day })
	case o.side != "":
		return printSample(w, side, o.seed, o.n, o.in)
	}
	fmt.Fprintf(w, "items %d; same-story pairs %d / %d; joined %d (%d over 48 h apart), split %d (%d over 48 h apart)\n",
		items, len(pa), len(pb), len(joined), farPairs(joined, 48), len(split), farPairs(split, 48))
	if o.list {
		for _, s := range []struct {
			name  string
			pairs []storyPair
		}{{"joined", joined}, {"split", split}} {
			for _, p := range s.pairs {
				fmt.Fprintf(w, "%s\t%.1f\t%s\t%s\n", s.name, p.hours(), p.a.url, p.b.url)
			}
		}
	}
	return nil
}

// farPairs counts the pairs more than h hours apart.
func farPairs(ps []storyPair, h float64) int {
	n := 0
	for _, p := range ps {
		if p.hours() > h {
			n++
		}
	}
	return n
}

// drawPairs returns n pairs of ps (all when fewer) drawn at random with
// seed, in the order drawn: the first n of shuffle(len(ps), seed).
func drawPairs(ps []storyPair, seed uint64, n int) []storyPair {
	perm := shuffle(len(ps), seed)
	out := make([]storyPair, 0, min(n, len(ps)))
	for _, k := range perm[:min(n, len(ps))] {
		out = append(out, ps[k])
	}
	return out
}

// printSample prints the drawn pairs with each item's title and lead from
// the corpus at in (training-day items only: storyText); an item the
// corpus lacks is an error, not a pair printed without its text.
func printSample(w io.Writer, ps []storyPair, seed uint64, n int, in string) error {
	drawn, text, err := drawnItems(in, ps, seed, n)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d of %d pairs, seed %d\n", len(drawn), len(ps), seed)
	for k, p := range drawn {
		fmt.Fprintf(w, "\n%d. %.1f h apart\n", k+1, p.hours())
		for _, it := range []censusItem{p.a, p.b} {
			t := text[it.url]
			fmt.Fprintf(w, "  %s %s\n    %s\n    %s\n", it.published.UTC().Format("2006-01-02 15:04Z"), it.url, t.Title, t.Summary)
		}
	}
	return nil
}

// drawnItems draws the pairs (drawPairs) and reads both items of each from
// the corpus at in (training-day items only: storyText); an item the
// corpus lacks is an error.
func drawnItems(in string, ps []storyPair, seed uint64, n int) ([]storyPair, map[string]Item, error) {
	drawn := drawPairs(ps, seed, n)
	want := map[string]bool{}
	for _, p := range drawn {
		want[p.a.url], want[p.b.url] = true, true
	}
	text, err := storyText(in, want)
	if err != nil {
		return nil, nil, err
	}
	for u := range want {
		if _, ok := text[u]; !ok {
			return nil, nil, fmt.Errorf("%s: %s is not in the corpus", in, u)
		}
	}
	return drawn, text, nil
}

// storyText reads the corpus items whose URL is wanted; it refuses an item
// of a day that is not a training day.
func storyText(path string, want map[string]bool) (map[string]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Item{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !want[it.URL] {
			continue
		}
		if Split(it.Day) != "train" || Reserved(it.Day) {
			return nil, fmt.Errorf("%s is not a training-day item (%s)", it.URL, it.Day)
		}
		out[it.URL] = it
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// pairVerdict is a line of testdata/classify/real/pairs_*.jsonl (classify's
// pairLabel): day is a's.
type pairVerdict struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Day    string `json:"day"`
	Sample string `json:"sample"`
	Label  string `json:"label"`
}

// printLabels prints the drawn pairs as pair labels, the verdicts read
// from the file at path (one a line, in the sample's order); a label's day
// is a's split day in the corpus (Item.Day) as dayOf gives it.
func printLabels(w io.Writer, ps []storyPair, seed uint64, n int, path, name string, dayOf func(url string) string) error {
	body, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	verdicts := strings.Fields(string(body))
	drawn := drawPairs(ps, seed, n)
	if len(verdicts) != len(drawn) {
		return fmt.Errorf("%s: %d verdicts for %d pairs", path, len(verdicts), len(drawn))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for k, p := range drawn {
		if !slices.Contains([]string{"same", "other", "doubtful"}, verdicts[k]) {
			return fmt.Errorf("%s: verdict %d is %q", path, k+1, verdicts[k])
		}
		v := pairVerdict{A: p.a.url, B: p.b.url, Day: dayOf(p.a.url), Sample: name, Label: verdicts[k]}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
