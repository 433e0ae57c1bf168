package vntext

import "math"

// maxCentral is how many titles CentralTitle compares: the rest of a
// bigger story changes what is shared little and costs quadratically more
// to read through.
const maxCentral = 200

// CentralTitle returns the index of the title among titles (a story's, in
// publication order) that shares the most words and word pairs with the
// others, after Fold: the one that best says what every report is about,
// where the first is often a preview or a side angle ("… trở lại tập
// luyện" before the match; an artist's career before the arrest). A
// feature counts once per title, weighted by how many other titles hold
// it, and a title's sum is divided by the square root of its feature count
// so that a long title does not win by length alone. Ties, and stories of
// fewer than three titles (nothing to outvote), go to the earliest: index
// 0 when titles is empty.
func CentralTitle(titles []string) int {
	if len(titles) < 3 {
		return 0
	}
	titles = titles[:min(len(titles), maxCentral)]
	feats := make([]map[string]bool, len(titles))
	held := map[string]int{}
	for i, t := range titles {
		toks := Tokens(Fold(t))
		f := make(map[string]bool, 2*len(toks))
		for j, w := range toks {
			f[w] = true
			if j > 0 {
				f[toks[j-1]+" "+w] = true
			}
		}
		for k := range f {
			held[k]++
		}
		feats[i] = f
	}
	best, bestScore := 0, -1.0
	for i, f := range feats {
		if len(f) == 0 {
			continue
		}
		shared := 0
		for k := range f {
			shared += held[k] - 1
		}
		if score := float64(shared) / math.Sqrt(float64(len(f))); score > bestScore+1e-9 {
			best, bestScore = i, score
		}
	}
	return best
}
