package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// census writes census lines (URL and segment; all published an hour
// apart from the first) and parses them back.
func census(t *testing.T, lines ...string) []censusItem {
	t.Helper()
	var b strings.Builder
	for k, l := range lines {
		url, seg, _ := strings.Cut(l, " ")
		b.WriteString(url + "\t2026-01-0" + string(rune('1'+k)) + "T00:00:00Z\t1\t" + seg + "\n")
	}
	items, err := parseCensus(strings.NewReader(b.String()), "census")
	if err != nil {
		t.Fatal(err)
	}
	return items
}

// urls returns the pairs as "a-b" strings.
func urls(ps []storyPair) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.a.url+"-"+p.b.url)
	}
	return out
}

// TestDiffPairs: pairs of items sharing a segment, smaller URL first; the
// pairs only after are joined, those only before split.
func TestDiffPairs(t *testing.T) {
	tests := []struct {
		name          string
		a, b          []string
		joined, split []string
	}{
		{"same", []string{"x 1", "y 1", "z 3"}, []string{"x 5", "y 5", "z 3"}, nil, nil},
		{"one leaves", []string{"x 1", "y 1", "z 1"}, []string{"x 1", "y 1", "z 3"}, nil, []string{"x-z", "y-z"}},
		{"one joins", []string{"z 1", "y 2", "x 2"}, []string{"z 2", "y 2", "x 2"}, []string{"x-z", "y-z"}, nil},
		{"both", []string{"w 1", "x 1", "y 2"}, []string{"w 1", "x 2", "y 2"}, []string{"x-y"}, []string{"w-x"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			j, s := diffPairs(storyPairs(census(t, tc.a...)), storyPairs(census(t, tc.b...)))
			if !slices.Equal(urls(j), tc.joined) || !slices.Equal(urls(s), tc.split) {
				t.Errorf("joined %v split %v, want %v %v", urls(j), urls(s), tc.joined, tc.split)
			}
		})
	}
}

// TestParseCensusRefuses: a line without four fields, a bad time, a bad
// segment or a URL met twice is an error.
func TestParseCensusRefuses(t *testing.T) {
	for _, line := range []string{"u\t2026-01-01T00:00:00Z\t1", "u\tyesterday\t1\t1", "u\t2026-01-01T00:00:00Z\t1\tx",
		"u\t2026-01-01T00:00:00Z\t1\t1\nu\t2026-01-01T00:00:00Z\t1\t1"} {
		if _, err := parseCensus(strings.NewReader(line+"\n"), "c"); err == nil {
			t.Errorf("%q: no error", line)
		}
	}
}

// TestDrawPairs: a seed draws the same pairs every time, all of them
// when fewer than asked; the labels come out in the draw's order, with
// a's corpus day, and a bad verdict or count is refused.
func TestDrawPairs(t *testing.T) {
	ps := storyPairs(census(t, "a 1", "b 1", "c 1", "d 1", "e 1"))
	if d1, d2 := urls(drawPairs(ps, 7, 4)), urls(drawPairs(ps, 7, 4)); !slices.Equal(d1, d2) || len(d1) != 4 {
		t.Errorf("draws %v and %v", d1, d2)
	}
	if n := len(drawPairs(ps, 7, 40)); n != len(ps) {
		t.Errorf("%d drawn of %d", n, len(ps))
	}
	dir := t.TempDir()
	for _, tc := range []struct {
		verdicts string
		ok       bool
	}{{"same\nother\n", true}, {"same\nwrong\n", false}, {"same\n", false}} {
		path := filepath.Join(dir, "v.txt")
		if err := os.WriteFile(path, []byte(tc.verdicts), 0o644); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		err := printLabels(&b, ps, 7, 2, path, "s-1", func(string) string { return "2026-01-05" })
		if (err == nil) != tc.ok {
			t.Fatalf("%q: error %v", tc.verdicts, err)
		}
		if first := drawPairs(ps, 7, 1)[0]; tc.ok && !strings.HasPrefix(b.String(), `{"a":"`+first.a.url+`","b":"`+first.b.url+`","day":"2026-01-05"`) {
			t.Errorf("labels %s", b.String())
		}
	}
}

// TestShuffleFixed: a seed's permutation is pinned, so that a judged
// sample named by its seed is the same draw under any Go release. The
// values are those of Go 1.27.3's rand.New(rand.NewPCG(seed, seed)).Perm(n),
// which storydiff used until the seventeenth session (a power-of-two n
// takes shuffle's other branch).
func TestShuffleFixed(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed uint64
		want []int
	}{
		{10, 1, []int{3, 5, 8, 2, 7, 1, 6, 4, 0, 9}},
		{16, 1911, []int{10, 9, 12, 11, 14, 7, 5, 1, 3, 15, 8, 6, 4, 13, 2, 0}},
		{41, 16301, []int{23, 34, 25, 19, 28, 6, 32, 37, 1, 5, 36, 7}},
		{5000, 7, []int{1671, 1549, 3233, 4088, 1881, 3923, 4572, 103}},
		{1, 3, []int{0}},
		{0, 3, []int{}},
	} {
		got := shuffle(tc.n, tc.seed)
		if len(got) != tc.n || !slices.Equal(got[:len(tc.want)], tc.want) {
			t.Errorf("shuffle(%d, %d) starts %v, want %v", tc.n, tc.seed, got[:min(len(got), len(tc.want))], tc.want)
		}
		seen := make([]bool, tc.n)
		for _, k := range got {
			seen[k] = true
		}
		if slices.Contains(seen, false) {
			t.Errorf("shuffle(%d, %d) is no permutation", tc.n, tc.seed)
		}
	}
}

// TestShuffleRejects: boundedDraw's rejection (a draw whose low word falls
// in the 2⁶⁴ mod n biased values is drawn again), which a PCG stream meets
// about once in 2⁶⁴/n draws, so no seeded test reaches it, is pinned with
// a source of zeros among other values (a zero is always rejected when n
// is no power of two). The values are those of Go 1.27.3's
// rand.New(src).Perm(n) over the same source.
func TestShuffleRejects(t *testing.T) {
	vals := []uint64{0, 0x9E3779B97F4A7C15, 0, 0, 0xD1B54A32D192ED03, 1, 0, 0xFFFFFFFFFFFFFFFF, 0x123456789ABCDEF0}
	for _, tc := range []struct {
		n    int
		want []int
	}{
		{6, []int{5, 0, 2, 1, 4, 3}},
		{7, []int{1, 3, 2, 5, 0, 6, 4}},
		{12, []int{1, 3, 2, 5, 11, 6, 4, 10, 8, 0, 9, 7}},
	} {
		if got := shuffleFrom(&cycleSource{v: vals}, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("shuffleFrom(%d) = %v, want %v", tc.n, got, tc.want)
		}
	}
}

// cycleSource draws its values in turn, over and over.
type cycleSource struct {
	v []uint64
	i int
}

func (s *cycleSource) Uint64() uint64 {
	x := s.v[s.i%len(s.v)]
	s.i++
	return x
}

// TestParseStorydiffRefuses: options that would print another side or
// another sample than asked are refused.
func TestParseStorydiffRefuses(t *testing.T) {
	ab := []string{"-a", "x.tsv", "-b", "y.tsv"}
	for _, tc := range []struct {
		name string
		args []string
		ok   bool
	}{
		{"counts", ab, true},
		{"a sample of joins", append(ab, "-sample", "joined"), true},
		{"labels of splits", append(ab, "-sample", "split", "-labels", "v.txt", "-name", "s"), true},
		{"no census after", []string{"-a", "x.tsv"}, false},
		{"a misspelt side", append(ab, "-sample", "joins"), false},
		{"labels without their side", append(ab, "-labels", "v.txt", "-name", "s"), false},
		{"labels without a name", append(ab, "-sample", "joined", "-labels", "v.txt"), false},
		{"an empty sample", append(ab, "-sample", "joined", "-n", "0"), false},
		{"a negative sample", append(ab, "-sample", "joined", "-n", "-3"), false},
		{"judged screening", append(ab, "-judged", "pairs_*.jsonl"), true},
		{"judged screening with a sample", append(ab, "-judged", "pairs_*.jsonl", "-sample", "split"), false},
	} {
		if _, err := parseStorydiff(tc.args); (err == nil) != tc.ok {
			t.Errorf("%s: error %v", tc.name, err)
		}
	}
}

// TestStorydiffSides: -sample joined draws from the joined pairs, split
// from the split ones.
func TestStorydiffSides(t *testing.T) {
	before := storyPairs(census(t, "w 1", "x 1", "y 2"))
	after := storyPairs(census(t, "w 1", "x 2", "y 2"))
	dir := t.TempDir()
	verdicts, corpus := filepath.Join(dir, "v.txt"), filepath.Join(dir, "news.jsonl")
	if err := os.WriteFile(verdicts, []byte("same\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var lines string
	for _, u := range []string{"w", "x", "y"} {
		lines += `{"url":"` + u + `","title":"T","published":"2026-01-01T03:00:00Z","day":"2026-01-01"}` + "\n"
	}
	if err := os.WriteFile(corpus, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	for side, want := range map[string]string{"joined": `"a":"x","b":"y","day":"2026-01-01"`, "split": `"a":"w","b":"x","day":"2026-01-01"`} {
		var b strings.Builder
		o := storydiffFlags{side: side, labels: verdicts, name: "s", seed: 1, n: 40, in: corpus}
		if err := storydiff(&b, o, 3, before, after); err != nil || !strings.Contains(b.String(), want) {
			t.Errorf("%s: %s (error %v), want %s", side, b.String(), err, want)
		}
	}
}

// TestSameItems: censuses of different items are refused.
func TestSameItems(t *testing.T) {
	a := census(t, "x 1", "y 1")
	for _, tc := range []struct {
		name string
		b    []censusItem
		ok   bool
	}{
		{"same items, other order and stories", census(t, "y 3", "x 4"), true},
		{"one more after", census(t, "x 1", "y 1", "z 1"), false},
		{"one fewer after", census(t, "x 1"), false},
		{"one other after", census(t, "x 1", "z 1"), false},
	} {
		if err := sameItems(a, tc.b); (err == nil) != tc.ok {
			t.Errorf("%s: error %v", tc.name, err)
		}
	}
}

// TestPrintSampleNeedsText: a drawn item the corpus lacks is an error, not
// a pair printed without its title and lead.
func TestPrintSampleNeedsText(t *testing.T) {
	ps := storyPairs(census(t, "https://a.vn/1 1", "https://a.vn/2 1"))
	corpus := filepath.Join(t.TempDir(), "news.jsonl")
	item := func(url string) string {
		return `{"url":"` + url + `","title":"T ` + url + `","summary":"S","published":"2026-01-01T03:00:00Z","day":"2026-01-01"}` + "\n"
	}
	for _, tc := range []struct {
		name, lines string
		ok          bool
	}{
		{"both items", item("https://a.vn/1") + item("https://a.vn/2"), true},
		{"one item missing", item("https://a.vn/1"), false},
	} {
		if err := os.WriteFile(corpus, []byte(tc.lines), 0o644); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		err := printSample(&b, ps, 1, 40, corpus)
		if (err == nil) != tc.ok || tc.ok && !strings.Contains(b.String(), "T https://a.vn/2") {
			t.Errorf("%s: error %v, printed %q", tc.name, err, b.String())
		}
	}
}
