package classify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// The phrase checks that try only the phrases a wordIndex names (i19perf)
// must answer as trying every phrase of their list did. The references
// below are the loops as they were written before the index, kept here.

// institutionStartLinear is institutionStart trying every institution word
// at every position, as provaffil.go had it.
func institutionStartLinear(toks []token, i int, insts []wordSeq) int {
	if i == 0 || toks[i].first {
		return -1
	}
	if g := strings.TrimSpace(toks[i].gap); g != "" && g != "," && g != "(" && g != "-" && g != "–" && !joinable(toks, i) {
		return -1
	}
	start := -1
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		for _, ks := range insts {
			if j+len(ks) <= i && phraseAt(toks, j, ks) && toks[j].upper {
				start = j
			}
		}
		if toks[j].first || !joinable(toks, j) {
			break
		}
	}
	return start
}

// contextAtLinear is contextAt trying every context in list order with
// keys compared word by word, as provjudge.go had it (there over the
// contexts ending in toks[i-1]'s word: the others fail at that word).
func contextAtLinear(m *provMatcher, toks []token, i int) (int, int) {
	best, bestN := -1, 0
	if i == 0 {
		return best, bestN
	}
	for ci, ws := range m.contexts {
		n := len(ws)
		if n <= bestN || i-n < 0 || !joinable(toks, i) {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			j := i - n + k
			ok = keyEqual(toks, j, ws[k].key) && (k == 0 || joinable(toks, j))
		}
		if ok {
			best, bestN = ci, n
		}
	}
	return best, bestN
}

// indexedList is a phrase list and its index, by the first or last word.
type indexedList struct {
	name    string
	phrases []wordSeq
	idx     wordIndex
	first   bool
}

func indexedLists(m *provMatcher) []indexedList {
	return []indexedList{
		{"contexts", m.contexts, m.ctxLast, false}, {"goods", m.goods, m.goodsLast, false},
		{"works", m.works, m.worksLast, false}, {"partners", m.partners, m.partnerEnd, false},
		{"affilInst", m.affilInst, m.instFirst, true}, {"abroad", m.abroad, m.abroadHead, true},
	}
}

// matchesAt returns the phrases of l (their indexes, in list order) that
// start (l.first) or end at toks[j], every phrase tried, or, with idx set,
// those the index names.
func (l indexedList) matchesAt(toks []token, j int, idx bool) []int {
	var out []int
	cands := l.idx.at(toks, j)
	if !idx {
		cands = nil
		for p := range l.phrases {
			cands = append(cands, p)
		}
	}
	for _, p := range cands {
		at := j
		if !l.first {
			at = j - len(l.phrases[p]) + 1
		}
		if at >= 0 && phraseAt(toks, at, l.phrases[p]) {
			out = append(out, p)
		}
	}
	return out
}

// indexTexts returns n generated texts dense in the indexed lists' words:
// the phrases and look-alikes in lower case, capitalised or in capitals,
// places and filler words, joined by spaces, commas, periods, dashes,
// parentheses and line breaks.
func indexTexts(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 19))
	words := []string{"Phú Quốc", "Hà Nội", "Huế", "TP.HCM", "Sóc Trăng", "Gia Lai", "Công ty", "Sở", "của", "từ", "tại", "ở",
		"PGS.TS", "Nguyễn Văn A", "Mắt", "Y", "Kinh tế", "THPT", "oà", "thuý", "khoẻ", "tỉnh", "thành phố", "Hoa", "Kỳ"}
	words = slices.Concat(words, goodsWords, workWords, partnerWords, affilInstitutions, affilExperts)
	for _, c := range countries {
		words = append(words, strings.Split(c, "|")...)
	}
	for k, c := range contextBefore {
		if k%3 == 0 { // a third of the contexts: the others' words still come often
			words = append(words, c.Words)
		}
	}
	gaps := []string{" ", " ", " ", " ", ", ", ". ", " - ", "\n", " (", ") ", ".", "-", " – "}
	return mixedTexts(r, words, gaps, n, 14, 2)
}

// mixedTexts returns n texts of 4 to 3+span words drawn from words, each
// in capitals one time in five, capitalised titled times in five, else as
// listed, followed by a separator drawn from gaps.
func mixedTexts(r *rand.Rand, words, gaps []string, n, span, titled int) []string {
	out := make([]string, n)
	for k := range out {
		var b strings.Builder
		for range 4 + r.IntN(span) {
			w := words[r.IntN(len(words))]
			switch c := r.IntN(5); {
			case c == 0:
				w = strings.ToUpper(w)
			case c <= titled:
				first, size := utf8.DecodeRuneInString(w)
				w = string(unicode.ToUpper(first)) + w[size:]
			}
			b.WriteString(w)
			b.WriteString(gaps[r.IntN(len(gaps))])
		}
		out[k] = b.String()
	}
	return out
}

// checkIndexes fails when an indexed check and its reference differ at a
// token of s; it adds to found, by list, the tokens where a phrase matched.
func checkIndexes(t testing.TB, c *Classifier, s string, found map[string]int) {
	m := c.prov
	lists := indexedLists(m)
	for f := range numFields {
		toks, _ := c.fold.tokenize(nil, vntext.Normalize(s), field(f), nil, c.voc)
		for i := range toks {
			for _, l := range lists {
				want, got := l.matchesAt(toks, i, false), l.matchesAt(toks, i, true)
				if !slices.Equal(got, want) {
					t.Fatalf("%q token %d (%q): %s indexed %v, every phrase tried %v", s, i, toks[i].text, l.name, got, want)
				}
				found[l.name] += b2i(len(want) > 0)
			}
			if got, want := m.institutionStart(toks, i), institutionStartLinear(toks, i, m.affilInst); got != want {
				t.Fatalf("%q token %d (%q): institutionStart %d, every phrase tried %d", s, i, toks[i].text, got, want)
			}
			found["institutionStart"] += b2i(institutionStartLinear(toks, i, m.affilInst) >= 0)
			gi, gn := m.contextAt(toks, i)
			wi, wn := contextAtLinear(m, toks, i)
			if gi != wi || gn != wn {
				t.Fatalf("%q token %d (%q): contextAt %d,%d, every context tried %d,%d", s, i, toks[i].text, gi, gn, wi, wn)
			}
			found["contextAt"] += b2i(wi >= 0)
		}
	}
}

// TestPhraseIndexes checks that the indexed phrase checks (contextAt,
// institutionStart, goodsBefore's, workBefore's, partnerBefore's and
// foreignNamesakes' lists) answer as trying every phrase did, at every
// token of the written and template sets and of 6,000 generated texts.
func TestPhraseIndexes(t *testing.T) {
	c := newTest(t)
	texts := indexTexts(6000, 20261207)
	for _, set := range []string{evalFile, handwrittenFile} {
		for _, a := range loadSet(t, set) {
			texts = append(texts, a.Title, a.Summary, a.Body)
		}
	}
	found := map[string]int{}
	for _, s := range texts {
		checkIndexes(t, c, s, found)
	}
	for _, name := range []string{"contexts", "goods", "works", "partners", "affilInst", "abroad", "institutionStart", "contextAt"} {
		if found[name] < 500 {
			t.Errorf("%s: only %d tokens matched: the comparison tests little", name, found[name])
		}
	}
	t.Logf("tokens matched: %v", found)
}

// FuzzPhraseIndexes compares the indexed checks with their references on
// any text (go test -fuzz FuzzPhraseIndexes).
func FuzzPhraseIndexes(f *testing.F) {
	for _, s := range indexTexts(50, 7) {
		f.Add(s)
	}
	c := newTest(f)
	f.Fuzz(func(t *testing.T, s string) { checkIndexes(t, c, s, map[string]int{}) })
}

// BenchmarkPhraseIndexes times institutionStart and partnerBefore's check,
// indexed and with every phrase tried, at every token of BenchmarkClassify's
// 5 KB article: an upper bound of the checks' cost, which run only near a
// province mention.
func BenchmarkPhraseIndexes(b *testing.B) {
	c := newTest(b)
	m := c.prov
	toks, _ := c.fold.tokenize(nil, vntext.Normalize(article5KB(b).Body), fieldBody, nil, c.voc)
	for _, bc := range []struct {
		name string
		fn   func(toks []token, i int) bool
	}{
		{"institution/indexed", func(toks []token, i int) bool { return m.institutionStart(toks, i) >= 0 }},
		{"institution/linear", func(toks []token, i int) bool { return institutionStartLinear(toks, i, m.affilInst) >= 0 }},
		{"partner/indexed", func(toks []token, i int) bool { return m.partnerEnd.endingAt(toks, i, m.partners) >= 0 }},
		{"partner/linear", func(toks []token, i int) bool { return m.phraseEndsAt(toks, i, m.partners) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for i := 1; i < len(toks); i++ {
					n += b2i(bc.fn(toks, i))
				}
			}
		})
	}
}
