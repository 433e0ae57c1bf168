package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
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

// readCensus reads a census file.
func readCensus(path string) ([]censusItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseCensus(f, path)
}

// parseCensus reads census lines from r (named name in errors). It
// refuses a URL met twice: a census holds each item once, and a repeated
// URL would pair an item with itself.
func parseCensus(r io.Reader, name string) ([]censusItem, error) {
	var out []censusItem
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 4", name, line, len(f))
		}
		if seen[f[0]] {
			return nil, fmt.Errorf("%s:%d: %s is in the census twice", name, line, f[0])
		}
		seen[f[0]] = true
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
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
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

// comparePairs orders pairs by a's URL, then b's.
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

// sameItems returns an error unless the censuses a and b hold the same
// URLs: pairs of an item only one census holds would count as joined or
// split by the change when the corpus or the item set changed instead.
func sameItems(a, b []censusItem) error {
	in := make(map[string]bool, len(a))
	for _, it := range a {
		in[it.url] = true
	}
	for _, it := range b {
		if !in[it.url] {
			return fmt.Errorf("%s is only in the census after the change", it.url)
		}
		delete(in, it.url)
	}
	for _, it := range a {
		if in[it.url] {
			return fmt.Errorf("%s is only in the census before the change", it.url)
		}
	}
	return nil
}
