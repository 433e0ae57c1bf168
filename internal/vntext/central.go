package vntext

import (
	"cmp"
	"math"
	"slices"
)

// maxCentral is how many titles CentralTitle compares: the rest of a
// bigger story changes what is shared little and costs quadratically more
// to read through.
const maxCentral = 200

// CentralTitle returns the index of the title among titles (a story's, in
// publication order) that best says what every report is about: the first
// of CentralOrder; 0 when titles is empty.
func CentralTitle(titles []string) int {
	if len(titles) == 0 {
		return 0
	}
	return CentralOrder(titles)[0]
}

// CentralPreferred returns the index of the most central title (as
// CentralOrder ranks them) among those preferred[i] marks when any is
// marked, else among all: a list showing a story by the report that best
// says what it is about, one with a picture when any has one. It returns -1
// when titles is empty; preferred has titles' length.
func CentralPreferred(titles []string, preferred []bool) int {
	anyPreferred := slices.Contains(preferred, true)
	for _, i := range CentralOrder(titles) {
		if !anyPreferred || preferred[i] {
			return i
		}
	}
	return -1
}

// CentralOrder returns the indexes of titles (a story's, in publication
// order), the title that shares the most words and word pairs with the
// others (after Fold) first: the one that best says what every report is
// about, where the first is often a preview or a side angle ("… trở lại tập
// luyện" before the match; an artist's career before the arrest). A
// feature counts once per title, weighted by how many other titles hold
// it, and a title's sum is divided by the square root of its feature count
// so that a long title does not win by length alone. Ties go to the
// earliest; a story of fewer than three titles (nothing to outvote) keeps
// publication order, and titles past the first maxCentral follow in it.
func CentralOrder(titles []string) []int {
	order := make([]int, len(titles))
	for i := range order {
		order[i] = i
	}
	if len(titles) < 3 {
		return order
	}
	score := centrality(titles[:min(len(titles), maxCentral)])
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(scoreAt(score, b), scoreAt(score, a))
	})
	return order
}

// scoreAt is score[i], or -1 past its end (titles not compared).
func scoreAt(score []float64, i int) float64 {
	if i < len(score) {
		return score[i]
	}
	return -1
}

// centrality returns each title's shared-feature score (see CentralOrder);
// a title without a word scores 0 below every title with one.
func centrality(titles []string) []float64 {
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
	score := make([]float64, len(titles))
	for i, f := range feats {
		if len(f) == 0 {
			score[i] = -0.5
			continue
		}
		shared := 0
		for k := range f {
			shared += held[k] - 1
		}
		// Rounded so that equal sums of different titles tie exactly.
		score[i] = math.Round(float64(shared)/math.Sqrt(float64(len(f)))*1e9) / 1e9
	}
	return score
}
