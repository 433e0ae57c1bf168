package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"bantin/internal/corpusdays"
)

// Split says what a corpus day is for: "eval" (a held-out day), "gap"
// (near one: used for nothing) or "train" (corpusdays.Split).
func Split(day string) string { return corpusdays.Split(day) }

// sampleCmd writes the items of the held-out days (or, with -fresh, -blind,
// -fresh2, -final, -final2, -final3, -final4, -final5, -final6, -final7, -final8, -final9, -final10, -final11, -final12, -final13, -final14, -final15, -final16, -final17 or -days,
// of other days) stamped between two hours of the day (Asia/Ho_Chi_Minh;
// Item.clock, the clock every labelled set was drawn by; a set's spans of
// hours for its day unless -from or -to is given): every outlet's
// items of the same hours, so that same-event reports of several outlets
// are in the sample. A set with SkipNoonCaptures drops items dated noon
// sharp.
func sampleCmd(args []string) error {
	fs := flag.NewFlagSet("sample", flag.ExitOnError)
	in := fs.String("in", "/work/data/i9/news_v2.jsonl", "corpus (bantin-corpus news)")
	out := fs.String("o", "/work/data/i9/heldout.jsonl", "output")
	from := fs.Int("from", 7, "first hour")
	to := fs.Int("to", 10, "hour after the last")
	sets := evalSetFlags(fs)
	days := fs.String("days", "", "comma-separated days (YYYY-MM-DD) instead of the held-out days")
	fs.Parse(args)
	chosen := sets()
	hoursOf, err := sampleDays(chosen, *days)
	if err != nil {
		return err
	}
	skipNoon := skipsNoon(chosen)
	own := flagSet(fs, "from") || flagSet(fs, "to")
	n, err := writeSample(*in, *out, func(it Item) bool {
		spans, ok := hoursOf(it.Day)
		if own || len(spans) == 0 {
			spans = [][2]int{{*from, *to}}
		}
		c := it.clock()
		return ok && inSpans(c.Hour(), spans) && !(skipNoon && noonCapture(c))
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "bantin-corpus: %d held-out items written to %s\n", n, *out)
	return nil
}

// writeSample copies the corpus lines at in whose item keep takes to a new
// file out, trimmed, and returns how many it wrote. On an error out may
// hold part of the sample; it is closed on every path.
func writeSample(in, out string, keep func(Item) bool) (n int, err error) {
	f, err := os.Open(in)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	o, err := os.Create(out)
	if err != nil {
		return 0, err
	}
	defer func() {
		if cerr := o.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriter(o)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it Item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return n, fmt.Errorf("%s: %w", in, err)
		}
		if keep(it) {
			fmt.Fprintln(w, strings.TrimSpace(sc.Text()))
			n++
		}
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("%s: %w", in, err)
	}
	return n, w.Flush()
}

// evalSetFlags adds a -NAME flag for each of EvalSets to fs and returns
// a function that, once fs is parsed, names the sets chosen.
func evalSetFlags(fs *flag.FlagSet) func() []string {
	on := map[string]*bool{}
	var names []string
	for _, set := range EvalSets {
		if on[set.Name] == nil {
			on[set.Name] = fs.Bool(set.Name, false, fmt.Sprintf("the %s days, at its hours (%02d:00–%02d:59 first) unless -from and -to say otherwise", set.Name, set.From, set.To-1))
			names = append(names, set.Name)
		}
	}
	return func() []string {
		var chosen []string
		for _, name := range names {
			if *on[name] {
				chosen = append(chosen, name)
			}
		}
		return chosen
	}
}

// sampleDays says which days sample keeps and, for each, the spans of
// hours [from, to) that go with it unless the command line sets its own
// (none for the held-out days and -days, whose hours are the flags'
// defaults). sets names EvalSets (a name may cover several entries, each
// with its days and hours; a day of two entries has both spans, in the
// entries' order); at most one set or days may be given; a listed day must
// be neither a training day nor reserved.
func sampleDays(sets []string, days string) (func(string) ([][2]int, bool), error) {
	hours := map[string][][2]int{}
	given := len(sets)
	for _, name := range sets {
		found := false
		for _, set := range EvalSets {
			if set.Name == name {
				found = true
				for _, d := range set.Days {
					hours[d] = append(hours[d], [2]int{set.From, set.To})
				}
			}
		}
		if !found {
			return nil, fmt.Errorf("sample: no set %q", name)
		}
	}
	if days != "" {
		given++
		for _, d := range strings.Split(days, ",") {
			hours[d] = nil
		}
	}
	switch {
	case given > 1:
		return nil, fmt.Errorf("sample: the set flags (-fresh … -final17) and -days exclude each other")
	case given == 0:
		return func(d string) ([][2]int, bool) { return nil, Split(d) == "eval" }, nil
	}
	for d := range hours {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return nil, fmt.Errorf("sample: day %q: %w", d, err)
		}
		if Split(d) == "train" || Reserved(d) {
			return nil, fmt.Errorf("sample: %s is a training or reserved day", d)
		}
	}
	return func(d string) ([][2]int, bool) { h, ok := hours[d]; return h, ok }, nil
}

// inSpans reports whether hour lies in one of the spans [from, to).
func inSpans(hour int, spans [][2]int) bool {
	return slices.ContainsFunc(spans, func(h [2]int) bool { return hour >= h[0] && hour < h[1] })
}

// skipsNoon reports whether one of the named sets leaves out noon
// captures.
func skipsNoon(sets []string) bool {
	return slices.ContainsFunc(EvalSets, func(s EvalSet) bool {
		return s.SkipNoonCaptures && slices.Contains(sets, s.Name)
	})
}

// flagSet reports whether the command line set the named flag.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
