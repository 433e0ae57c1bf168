package classify

import (
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestPickNamed: among the strongest features, words and names are named
// before straddling bigrams, a unit bigram takes the place of its syllables,
// a bigram sharing a syllable with one named is skipped, and the order stays
// by strength. Spans are given as [start, end) token indexes of the title.
func TestPickNamed(t *testing.T) {
	c, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title string
		spans [][2]int // strongest first
		want  string
	}{
		// «xuất hòa» straddles "đề xuất hòa bình": «hòa» and the weaker
		// «Iran» and «Mỹ» are named.
		{"Mỹ đề xuất hòa bình với Iran", [][2]int{{3, 4}, {2, 4}, {6, 7}, {0, 1}}, "hòa|Iran|Mỹ"},
		// The stronger straddling bigram yields to the syllable it shares,
		// even if that leaves a place empty.
		{"Mỹ đề xuất hòa bình", [][2]int{{2, 4}, {3, 4}, {0, 1}}, "hòa|Mỹ"},
		// With no word to prefer, a straddling bigram is named.
		{"Mỹ đề xuất hòa bình", [][2]int{{2, 4}, {0, 1}}, "xuất hòa|Mỹ"},
		// A cue phrase takes the place of its syllable named before it.
		{"Trận bóng đá kịch tính", [][2]int{{1, 2}, {3, 4}, {1, 3}}, "kịch|bóng đá"},
		// A run of capitalised syllables reads as a name, and names its
		// syllables.
		{"Ông Tiến Linh ghi bàn", [][2]int{{1, 3}, {2, 3}, {4, 5}}, "Tiến Linh|bàn"},
		// Mixed case is no name: «cho Mỹ» yields to the weaker words.
		{"Iran nhượng bộ cho Mỹ", [][2]int{{3, 5}, {0, 1}, {1, 2}, {4, 5}}, "Iran|nhượng|Mỹ"},
	} {
		toks, _ := c.fold.tokenize(nil, tc.title, fieldTitle, nil, c.voc)
		var cs []contrib
		for k, s := range tc.spans {
			cs = append(cs, contrib{span{start: s[0], end: s[1]}, float64(10 - k)})
		}
		var got []string
		for _, x := range c.pickNamed(toks, nil, cs) {
			got = append(got, spanText(toks, x.sp))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: named %q, want %q", tc.title, g, tc.want)
		}
	}
}
