package classify

import (
	"math"
	"slices"
)

// How the model's belief joins the rules' evidence. Naive Bayes sums the
// log likelihoods of overlapping features (unigrams and the bigrams that
// contain them, title features twice), so its raw probabilities are near 0
// or 1 for almost every article; dividing the log scores by modelTemp
// calibrates them (on the section-labelled validation days, the model
// alone is right for 93 % of the articles it gives 0.8 or more, 67 % of
// those at 0.6–0.8, 55 % at 0.4–0.6). Each topic the model gives at least
// modelMinProb then gets modelWeight times its probability: a confident
// model outweighs one cue in the title (a cue of weight 3 scores 9) and
// loses to two, or to a section; it weighs modelWeightStructural when the
// outlet already says what the article is (a section, a category, a source
// topic).
const (
	modelTemp             = 16.0
	modelWeight           = 12.0
	modelWeightStructural = 2.0
	modelMinProb          = 0.15
	modelTopFeatures      = 3
)

// modelScores adds the model's evidence for the article's title and
// summary tokens to s. structural says whether the outlet's own evidence
// was found. Before that, nation cues yield to the outlet's or a sure
// model's sport (topicnations.go).
func (c *Classifier) modelScores(s *topicScores, toks []token, structural bool, fs []feature) []feature {
	if structural {
		c.topic.yieldToOutlet(s)
	}
	m := c.model
	if m == nil {
		return fs
	}
	s.model = true
	fs = features(toks, fs[:0])
	m.lookup(fs)
	nc := len(m.classes)
	var score [maxModelClasses]float64
	copy(score[:nc], m.prior)
	seen := 0
	for _, f := range fs {
		r := f.row
		if r < 0 {
			continue
		}
		seen++
		lp := m.logp[int(r)*nc : int(r)*nc+nc]
		for k := range nc {
			score[k] += float64(f.n) * float64(lp[k]) / logpScale
		}
	}
	if seen == 0 {
		return fs
	}
	for k := range nc {
		score[k] /= modelTemp
	}
	p := softmax(score[:nc])
	w := modelWeight
	if structural {
		w = modelWeightStructural
	} else if k := argmax(p); k >= 0 {
		if ti, ok := c.topic.index[m.classes[k]]; ok {
			c.topic.yieldNations(s, ti, p[k])
		}
	}
	for k := range nc {
		ti, ok := c.topic.index[m.classes[k]]
		if !ok || p[k] < modelMinProb {
			continue
		}
		s.add(ti, evidence{model: k + 1, prob: p[k], score: w * p[k]}, false)
	}
	s.explain = func(k int, p float64) string { return c.modelReason(toks, fs, k, p) }
	return fs
}

// argmax returns the index of x's largest value (the first of equals), -1
// for an empty x.
func argmax(x []float64) int {
	k := -1
	for i, v := range x {
		if k < 0 || v > x[k] {
			k = i
		}
	}
	return k
}

func softmax(x []float64) []float64 {
	mx := slices.Max(x)
	out := make([]float64, len(x))
	sum := 0.0
	for i, v := range x {
		out[i] = math.Exp(v - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

// sameText reports spanText(toks, a) == spanText(toks, b) without building
// them: tokens are maximal runs of word runes and the gaps between them
// never empty, so two spans read the same exactly when their tokens and
// inner gaps do.
func sameText(toks []token, a, b span) bool {
	if a.end-a.start != b.end-b.start {
		return false
	}
	for k := 0; k < a.end-a.start; k++ {
		x, y := &toks[a.start+k], &toks[b.start+k]
		if x.text != y.text || k > 0 && x.gap != y.gap {
			return false
		}
	}
	return true
}
