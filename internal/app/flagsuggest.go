package app

import (
	"flag"
	"slices"
	"strings"
)

// flagSuggestion returns "; did you mean --NAME?" for a parse error that
// names a flag fs does not define when one of fs's flags is that name
// with at most two letters added, dropped or changed ("--topics" for
// --topic, "--al" for --all), preferring the nearest and, among equals,
// the first in fs's order; "" when err is another error or no flag is
// near enough.
func flagSuggestion(fs *flag.FlagSet, err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: ")
	if !ok {
		return ""
	}
	name = strings.TrimLeft(name, "-")
	best, bestDist := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		if d := editDistance(name, f.Name, bestDist); d < bestDist {
			best, bestDist = f.Name, d
		}
	})
	if best == "" {
		return ""
	}
	return "; did you mean --" + best + "?"
}

// nameAliases are the names other tools give a subcommand, for
// nameSuggestion.
var nameAliases = map[string]string{"ls": "list", "rm": "remove", "delete": "remove", "del": "remove", "new": "add"}

// nameSuggestion returns " (did you mean NAME?)" for an unknown command or
// subcommand name when one of names is that name with at most two letters
// added, dropped or changed ("serv", "prevew"), or is what another tool's
// alias means ("ls", "rm"), preferring the nearest and, among equals, the
// first of names; "" otherwise.
func nameSuggestion(name string, names []string) string {
	if alias, ok := nameAliases[name]; ok && slices.Contains(names, alias) {
		return " (did you mean " + alias + "?)"
	}
	best, bestDist := "", 3
	for _, n := range names {
		if d := editDistance(name, n, bestDist); d < bestDist {
			best, bestDist = n, d
		}
	}
	if best == "" || len(name) <= bestDist {
		return "" // "x" is one letter from nothing in particular
	}
	return " (did you mean " + best + "?)"
}

// editDistance returns the Levenshtein distance of a and b counted in
// bytes, or limit when it is limit or more (flag names are ASCII).
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
