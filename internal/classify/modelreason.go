package classify

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// modelReasonWindow is how many of the strongest features modelReason
// considers when it picks the ones to name.
const modelReasonWindow = 2 * modelTopFeatures

// contrib is one distinct feature text and how much it speaks for a class.
type contrib struct {
	sp span
	v  float64
}

// modelReason names the features that speak most for class k against the
// best other class: "model 0.82: «bóng đá», «HLV», «đội tuyển»". Every
// named feature is one the model used with a positive contribution; see
// pickNamed for which of the strongest are named, in order of strength.
func (c *Classifier) modelReason(toks []token, fs []feature, k int, p float64) string {
	cs := c.model.contribs(toks, fs, k)
	var names []string
	for _, x := range c.pickNamed(toks, fs, cs) {
		names = append(names, "«"+spanText(toks, x.sp)+"»")
	}
	return fmt.Sprintf("model %.2f: %s", p, strings.Join(names, ", "))
}

// contribs returns the distinct feature texts of fs that favour class k
// over the best other class, strongest first (stable for equals).
func (m *TopicModel) contribs(toks []token, fs []feature, k int) []contrib {
	nc := len(m.classes)
	var cs []contrib
	for _, f := range fs {
		r := f.row
		if r < 0 {
			continue
		}
		lp := m.logp[int(r)*nc : int(r)*nc+nc]
		other := math.Inf(-1)
		for j := range nc {
			if j != k {
				other = max(other, float64(lp[j]))
			}
		}
		v := float64(f.n) * (float64(lp[k]) - other) / logpScale
		if v <= 0 {
			continue
		}
		sp := span{start: int(f.i), end: int(f.j)}
		if i := slices.IndexFunc(cs, func(x contrib) bool { return sameText(toks, x.sp, sp) }); i >= 0 {
			cs[i].v += v
		} else {
			cs = append(cs, contrib{sp, v})
		}
	}
	slices.SortStableFunc(cs, func(a, b contrib) int { return cmp.Compare(b.v, a.v) })
	return cs
}

// pickNamed returns up to modelTopFeatures of cs (strongest first) to name,
// in cs's order. Among the modelReasonWindow strongest it first takes the
// features a reader reads as a unit (readsAsUnit), a unit bigram taking the
// place of the single syllables of it already taken ("sạt lở" names
// "sạt"); then, if places remain, it takes the others in order, skipping
// one that shares a syllable with one taken, so "đề xuất hòa bình" is not
// named as «xuất hòa» beside «hòa».
func (c *Classifier) pickNamed(toks []token, fs []feature, cs []contrib) []contrib {
	win := min(len(cs), modelReasonWindow)
	taken := make([]bool, len(cs))
	take := func(i int, absorb bool) {
		for j := range taken {
			if taken[j] && overlaps(toks, cs[i].sp, cs[j].sp) {
				if !absorb || cs[j].sp.end-cs[j].sp.start > 1 {
					return
				}
			}
		}
		for j := range taken {
			taken[j] = taken[j] && !overlaps(toks, cs[i].sp, cs[j].sp)
		}
		taken[i] = true
	}
	unit := make([]bool, win)
	for i := range win {
		unit[i] = c.readsAsUnit(toks, fs, cs[i].sp)
		if unit[i] && count(taken) < modelTopFeatures {
			take(i, true)
		}
	}
	for i := range cs {
		if count(taken) < modelTopFeatures && !taken[i] && (i >= win || !unit[i]) {
			take(i, false)
		}
	}
	var out []contrib
	for i, x := range cs {
		if taken[i] {
			out = append(out, x)
		}
	}
	return out
}

// count returns how many of b are set.
func count(b []bool) int {
	n := 0
	for _, x := range b {
		if x {
			n++
		}
	}
	return n
}

// readsAsUnit reports whether a reader reads the feature sp as a word or
// a name: a single syllable, a run of capitalised syllables ("Tiến Linh",
// "World Cup"), the start of a phrase of the cue, place or
// country tables ("bóng đá", "Hà Nội"), or a collocation (collocated) of
// syllables not capitalised, so that not "thống Putin".
func (c *Classifier) readsAsUnit(toks []token, fs []feature, sp span) bool {
	if sp.end-sp.start < 2 {
		return true
	}
	names, plain := true, true
	for i := sp.start; i < sp.end; i++ {
		names = names && toks[i].upper && !toks[i].caps
		plain = plain && (!toks[i].upper || toks[i].first)
	}
	if names {
		return true
	}
	for _, t := range []*trie{c.topic.cues, c.prov.places, c.countries} {
		if t != nil && t.hasPrefix(toks, sp) {
			return true
		}
	}
	return plain && c.model != nil && c.model.collocated(fs, sp)
}

// A bigram feature reads as a word ("qua đời", "sạt lở", not "gần Iran",
// "khẩu dầu") when, by the model's own counts, its rarer syllable occurs in
// it at least e^-modelCollocationShare of the time and its syllables occur
// together at least e^modelCollocation times as often as by chance.
const (
	modelCollocationShare = 2.5
	modelCollocation      = 3.0
)

// collocated reports whether the bigram feature sp reads as a word (see
// modelCollocation). Every Rarity is the log of one shared total over a
// feature's count, so Rarity(ab) - Rarity(a) is -log P(b follows a | a),
// and Rarity(a) + Rarity(b) - Rarity(ab) is their pointwise mutual
// information up to a constant. False if the model lacks a syllable or the
// bigram.
func (m *TopicModel) collocated(fs []feature, sp span) bool {
	ra, rb, rab := int32(-1), int32(-1), int32(-1)
	for _, f := range fs {
		switch {
		case int(f.i) == sp.start && int(f.j) == sp.start+1:
			ra = f.row
		case int(f.i) == sp.start+1 && int(f.j) == sp.end:
			rb = f.row
		case int(f.i) == sp.start && int(f.j) == sp.end:
			rab = f.row
		}
	}
	if ra < 0 || rb < 0 || rab < 0 || sp.end-sp.start != 2 {
		return false
	}
	a, b, ab := m.rarityAt(ra), m.rarityAt(rb), m.rarityAt(rab)
	return ab-max(a, b) <= modelCollocationShare && a+b-ab >= modelCollocation
}

// overlaps reports whether spans a and b share a syllable (compared
// folded), wherever it stands in each.
func overlaps(toks []token, a, b span) bool {
	for i := a.start; i < a.end; i++ {
		for j := b.start; j < b.end; j++ {
			if toks[i].fold == toks[j].fold {
				return true
			}
		}
	}
	return false
}
