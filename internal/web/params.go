package web

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// feedParams are the query parameters parseFeedQuery reads; pageParams
// those the list and search pages read besides (pageDays, parseCursor).
var (
	feedParams = []string{"topic", "province", "source", "story", "q", "limit", "per"}
	pageParams = []string{"from", "to", olderParam}
)

// misspeltParam returns the 400 of a query parameter whose name is a
// near miss of a feed parameter's (see nearMiss): "?topc=the-thao" would
// otherwise serve every article, the reader none the wiser. Any other
// unknown parameter is ignored, as the feed contract says: readers and
// links add utm_*, fbclid, cache-busters. Nil when there is none.
func misspeltParam(vals url.Values) error {
	names := make([]string, 0, len(vals))
	for name := range vals {
		names = append(names, name)
	}
	slices.Sort(names) // one answer for one query, whatever map order
	for _, name := range names {
		if slices.Contains(feedParams, name) || slices.Contains(pageParams, name) {
			continue
		}
		for _, known := range feedParams {
			if nearMiss(strings.ToLower(name), known) {
				return badParam(fmt.Sprintf("không có tham số %q: có phải ý bạn là %s?", name, known),
					fmt.Sprintf("no parameter %q: did you mean %s? (parameters are lower-case; other unknown ones are ignored)", name, known))
			}
		}
	}
	return nil
}

// nearMiss reports whether name, lower-cased, is a misspelling of known:
// equal to it (a name in capitals: Q, PER, Topic), or within one edit of
// it (a letter missing, added, changed or two swapped; two for names of
// eight letters or more). Names under four letters (q, per) have no other
// near misses: one edit from them is any short tracking name (v, _, ref).
func nearMiss(name, known string) bool {
	switch {
	case name == known:
		return true
	case len(known) < 4:
		return false
	case len(known) >= 8:
		return editDistance(name, known, 2) <= 2
	}
	return editDistance(name, known, 1) <= 1
}

// editDistance returns the optimal string alignment distance between a
// and b (insertions, deletions, substitutions and swaps of neighbours,
// by byte), or bound+1 when it is more than bound.
func editDistance(a, b string, bound int) int {
	if d := len(a) - len(b); d > bound || -d > bound {
		return bound + 1
	}
	prev2, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], bound+1)
}

// splitValues splits repeated and comma-separated values, trimming blanks
// and lower-casing.
func splitValues(vs []string) []string {
	var out []string
	for _, v := range vs {
		for _, x := range strings.Split(v, ",") {
			if x = strings.ToLower(strings.TrimSpace(x)); x != "" {
				out = append(out, x)
			}
		}
	}
	return out
}

func lastValue(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return strings.TrimSpace(vs[len(vs)-1])
}

// canonList sorts and de-duplicates slugs.
func canonList(xs []string) []string {
	if len(xs) < 2 {
		return xs
	}
	slices.Sort(xs)
	return slices.Compact(xs)
}
