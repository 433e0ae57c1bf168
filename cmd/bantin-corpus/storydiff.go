package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"bantin/internal/corpusdays"
)

// A story census (classify's TestStoryCensus, BANTIN_STORY_CENSUS) holds
// one line per training-day item: URL, publication (RFC 3339), thread and
// segment, tab-separated. Two items are a same-story pair when they share a
// segment (the story a reader sees). storydiff compares the census before
// a story change (-a) with the one after (-b): the pairs the change joins
// (in b, not in a) and splits (in a, not in b), the smaller URL first,
// each list sorted.

// censusItem is one census line.
type censusItem struct {
	url       string
	published time.Time
	segment   int64
}

// storyPair is a same-story pair, a.url < b.url.
type storyPair struct{ a, b censusItem }

// hours returns how far apart the pair's items were published.
func (p storyPair) hours() float64 {
	d := p.a.published.Sub(p.b.published).Hours()
	return max(d, -d)
}

// storydiffCmd prints the counts of joined and split pairs; with -list
// every changed pair; with -sample a seeded random sample of one side
// with both items' title and lead read from the corpus; with -labels
// that sample as pair labels (JSON lines, no text) for
// testdata/classify/real/pairs_*.jsonl. It prints to stdout only.
func storydiffCmd(args []string) error {
	fs := flag.NewFlagSet("storydiff", flag.ExitOnError)
	fa := fs.String("a", "", "census before the change (TestStoryCensus)")
	fb := fs.String("b", "", "census after the change")
	in := fs.String("in", "/work/data/i9/news.jsonl", "corpus, for the sample's titles and leads")
	side := fs.String("sample", "", "joined or split: draw a sample of those pairs")
	seed := fs.Uint64("seed", 1, "the sample's seed")
	n := fs.Int("n", 40, "the sample's size")
	labels := fs.String("labels", "", "verdicts (same, other, doubtful), one a line in the sample's order: print the sample as pair labels")
	name := fs.String("name", "", "the pair labels' sample name")
	list := fs.Bool("list", false, "print every joined and split pair (side, hours apart, URLs)")
	fs.Parse(args)
	if *fa == "" || *fb == "" {
		return fmt.Errorf("storydiff needs -a and -b")
	}
	a, err := readCensus(*fa)
	if err != nil {
		return err
	}
	b, err := readCensus(*fb)
	if err != nil {
		return err
	}
	joined, split := diffPairs(storyPairs(a), storyPairs(b))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	switch {
	case *labels != "":
		return printLabels(out, pickSide(*side, joined, split), *seed, *n, *labels, *name)
	case *side != "":
		return printSample(out, pickSide(*side, joined, split), *seed, *n, *in)
	}
	fmt.Fprintf(out, "items %d / %d; same-story pairs %d / %d; joined %d (%d over 48 h apart), split %d (%d over 48 h apart)\n",
		len(a), len(b), len(storyPairs(a)), len(storyPairs(b)), len(joined), farPairs(joined, 48), len(split), farPairs(split, 48))
	if *list {
		for _, s := range []struct {
			name  string
			pairs []storyPair
		}{{"joined", joined}, {"split", split}} {
			for _, p := range s.pairs {
				fmt.Fprintf(out, "%s\t%.1f\t%s\t%s\n", s.name, p.hours(), p.a.url, p.b.url)
			}
		}
	}
	return nil
}

// pickSide returns joined for "joined", split otherwise.
func pickSide(side string, joined, split []storyPair) []storyPair {
	if side == "joined" {
		return joined
	}
	return split
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

// readCensus reads a census file.
func readCensus(path string) ([]censusItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseCensus(f, path)
}

// parseCensus reads census lines from r (named name in errors).
func parseCensus(r io.Reader, name string) ([]censusItem, error) {
	var out []censusItem
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 4", name, line, len(f))
		}
		pub, err := time.Parse(time.RFC3339, f[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		seg, err := strconv.ParseInt(f[3], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, censusItem{url: f[0], published: pub, segment: seg})
	}
	return out, sc.Err()
}

// storyPairs returns every pair of items that share a segment, the
// smaller URL first, sorted.
func storyPairs(items []censusItem) []storyPair {
	bySeg := map[int64][]censusItem{}
	for _, it := range items {
		bySeg[it.segment] = append(bySeg[it.segment], it)
	}
	var out []storyPair
	for _, g := range bySeg {
		slices.SortFunc(g, func(x, y censusItem) int { return strings.Compare(x.url, y.url) })
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				out = append(out, storyPair{g[i], g[j]})
			}
		}
	}
	slices.SortFunc(out, comparePairs)
	return out
}

func comparePairs(x, y storyPair) int {
	return cmp.Or(strings.Compare(x.a.url, y.a.url), strings.Compare(x.b.url, y.b.url))
}

// diffPairs returns the sorted pairs of b not in a (joined) and of a not
// in b (split); a and b are sorted.
func diffPairs(a, b []storyPair) (joined, split []storyPair) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch c := compareAt(a, b, i, j); {
		case c < 0:
			split = append(split, a[i])
			i++
		case c > 0:
			joined = append(joined, b[j])
			j++
		default:
			i, j = i+1, j+1
		}
	}
	return joined, split
}

// compareAt compares a[i] with b[j], an exhausted side last.
func compareAt(a, b []storyPair, i, j int) int {
	switch {
	case i == len(a):
		return 1
	case j == len(b):
		return -1
	}
	return comparePairs(a[i], b[j])
}

// drawPairs returns n pairs of ps (all when fewer) drawn at random with
// seed, in the order drawn.
func drawPairs(ps []storyPair, seed uint64, n int) []storyPair {
	r := rand.New(rand.NewPCG(seed, seed))
	perm := r.Perm(len(ps))
	out := make([]storyPair, 0, min(n, len(ps)))
	for _, k := range perm[:min(n, len(ps))] {
		out = append(out, ps[k])
	}
	return out
}

// printSample prints the drawn pairs with each item's title and lead from
// the corpus at in (training-day items only: storyText).
func printSample(w io.Writer, ps []storyPair, seed uint64, n int, in string) error {
	drawn := drawPairs(ps, seed, n)
	want := map[string]bool{}
	for _, p := range drawn {
		want[p.a.url], want[p.b.url] = true, true
	}
	text, err := storyText(in, want)
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
		if d := corpusdays.Day(it.Published); Split(d) != "train" || Reserved(d) {
			return nil, fmt.Errorf("%s is not a training-day item (%s)", it.URL, d)
		}
		out[it.URL] = it
	}
	return out, sc.Err()
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
// from the file at path (one a line, in the sample's order).
func printLabels(w io.Writer, ps []storyPair, seed uint64, n int, path, name string) error {
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
		v := pairVerdict{A: p.a.url, B: p.b.url, Day: corpusdays.Day(p.a.published), Sample: name, Label: verdicts[k]}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}
