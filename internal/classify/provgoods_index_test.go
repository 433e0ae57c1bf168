package classify

import (
	"math/rand/v2"
	"testing"

	"bantin/internal/vntext"
)

// goodsBeforeLinear is goodsBefore as i18provfp wrote it, every phrase of
// goodsWords tried in list order: the reference the indexed one must equal.
func goodsBeforeLinear(m *provMatcher, toks []token, i int) bool {
	for _, ks := range m.goods {
		if at := i - len(ks); at >= 0 && phraseAt(toks, at, ks) {
			return !toks[at].upper
		}
	}
	return false
}

// goodsTexts returns generated texts dense in goods names: goodsWords and
// look-alikes in lower case, capitalised or in capitals, places and filler
// words, joined by spaces, commas, periods, dashes and line breaks.
func goodsTexts(n int) []string {
	r := rand.New(rand.NewPCG(18, 19))
	words := append([]string{"Phú Quốc", "Hà Nội", "Huế", "Sóc Trăng", "bò", "cá", "nước", "chả", "tráng", "Công ty", "đặc sản",
		"tượng", "đá", "Yến sào", "oà", "thuý", "khoẻ"}, goodsWords...)
	gaps := []string{" ", " ", " ", ", ", ". ", " - ", "\n", " (", ") ", ".", "-"}
	return mixedTexts(r, words, gaps, n, 12, 1)
}

// checkGoodsBefore fails when goodsBefore and goodsBeforeLinear differ at
// a token of s; it returns how many tokens follow goods.
func checkGoodsBefore(t testing.TB, c *Classifier, s string) int {
	matched := 0
	for f := range numFields {
		toks, _ := c.fold.tokenize(nil, vntext.Normalize(s), field(f), nil, c.voc)
		for i := range toks {
			want, got := goodsBeforeLinear(c.prov, toks, i), c.prov.goodsBefore(toks, i)
			if got != want {
				t.Fatalf("%q token %d (%q): goodsBefore %v, every phrase tried %v", s, i, toks[i].text, got, want)
			}
			matched += b2i(want)
		}
	}
	return matched
}

// TestGoodsBeforeIndexed checks that goodsBefore, which tries only the
// goods phrases ending in the word before a token, answers as trying every
// phrase did, on the written and template sets and 20,000 generated texts.
func TestGoodsBeforeIndexed(t *testing.T) {
	c := newTest(t)
	texts := goodsTexts(20000)
	for _, set := range []string{evalFile, handwrittenFile} {
		for _, a := range loadSet(t, set) {
			texts = append(texts, a.Title, a.Summary, a.Body)
		}
	}
	matched := 0
	for _, s := range texts {
		matched += checkGoodsBefore(t, c, s)
	}
	if matched < 1000 {
		t.Fatalf("only %d tokens follow goods: the comparison tests little", matched)
	}
}

// FuzzGoodsBefore compares goodsBefore with goodsBeforeLinear on any text
// (go test -fuzz FuzzGoodsBefore).
func FuzzGoodsBefore(f *testing.F) {
	for _, s := range goodsTexts(50) {
		f.Add(s)
	}
	c := newTest(f)
	f.Fuzz(func(t *testing.T, s string) { checkGoodsBefore(t, c, s) })
}

// BenchmarkGoodsBefore times goodsBefore, indexed and with every phrase
// tried (goodsBeforeLinear), at every token of BenchmarkClassify's 5 KB
// article: an upper bound of the check's cost, which runs only before a
// province mention.
func BenchmarkGoodsBefore(b *testing.B) {
	c := newTest(b)
	in := article5KB(b)
	toks, _ := c.fold.tokenize(nil, vntext.Normalize(in.Body), fieldBody, nil, c.voc)
	for _, bc := range []struct {
		name string
		fn   func(toks []token, i int) bool
	}{{"indexed", c.prov.goodsBefore}, {"linear", func(toks []token, i int) bool { return goodsBeforeLinear(c.prov, toks, i) }}} {
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
