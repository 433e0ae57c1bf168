package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Judged screening (storydiff -judged): before a story change is sampled
// and judged, the pairs earlier sessions judged (testdata/classify/real/
// pairs_*.jsonl, thousands of training-day pairs) tell how its joins and
// splits fall among verdicts already given. Most of those pairs were drawn
// from earlier changes, near the decision's edge, so the counts screen a
// change; they are no estimate of Δtp and Δfp (the census samples are).

// judgedLabels are the verdicts counted, in print order.
var judgedLabels = []string{"same", "other", "doubtful"}

// judgedCounts counts the judged pairs with both items in the censuses by
// verdict: all of them, those the change joins and those it splits.
type judgedCounts struct {
	all, joined, split map[string]int
}

// readJudged reads the pair verdicts of the files matching glob, in file
// name order; a pair (either order) judged in more than one file keeps its
// first verdict. A line that is not a pair verdict with a known label is
// an error.
func readJudged(glob string) ([]pairVerdict, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, fmt.Errorf("storydiff -judged %q: %w", glob, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("storydiff -judged %q: no file", glob)
	}
	slices.Sort(files)
	seen := map[[2]string]bool{}
	var out []pairVerdict
	for _, f := range files {
		vs, err := readVerdictFile(f)
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			k := [2]string{min(v.A, v.B), max(v.A, v.B)}
			if !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
	}
	return out, nil
}

// readVerdictFile reads one pair verdict file.
func readVerdictFile(path string) ([]pairVerdict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []pairVerdict
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var v pairVerdict
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if !slices.Contains(judgedLabels, v.Label) {
			return nil, fmt.Errorf("%s:%d: label %q", path, line, v.Label)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// countJudged counts the verdicts against censuses a (before) and b
// (after), which should hold the same items; a pair with an item missing
// from either census is left out (a missing item has no segment to
// compare: two would read as joined).
func countJudged(vs []pairVerdict, a, b []censusItem) judgedCounts {
	segA, segB := segments(a), segments(b)
	c := judgedCounts{all: map[string]int{}, joined: map[string]int{}, split: map[string]int{}}
	for _, v := range vs {
		before, okA := sameSegment(segA, v.A, v.B)
		after, okB := sameSegment(segB, v.A, v.B)
		if !okA || !okB {
			continue
		}
		c.all[v.Label]++
		switch {
		case after && !before:
			c.joined[v.Label]++
		case before && !after:
			c.split[v.Label]++
		}
	}
	return c
}

// sameSegment reports whether items x and y share a segment in seg, and
// whether seg holds both.
func sameSegment(seg map[string]int64, x, y string) (same, ok bool) {
	sx, okX := seg[x]
	sy, okY := seg[y]
	return sx == sy, okX && okY
}

// segments maps each census item's URL to its segment.
func segments(items []censusItem) map[string]int64 {
	m := make(map[string]int64, len(items))
	for _, it := range items {
		m[it.url] = it.segment
	}
	return m
}

// printJudged writes the counts, one line each for all, joined and split.
func printJudged(w io.Writer, c judgedCounts) {
	for _, row := range []struct {
		name string
		m    map[string]int
	}{{"judged pairs in the census", c.all}, {"joined by the change", c.joined}, {"split by the change", c.split}} {
		fmt.Fprintf(w, "%s:", row.name)
		for _, l := range judgedLabels {
			fmt.Fprintf(w, " %s %d", l, row.m[l])
		}
		fmt.Fprintln(w)
	}
}
