package classify

import (
	"cmp"
	"math"
	"slices"
)

// Feature weights of story signatures. A feature weighs its count (a
// title feature counts 1.4 times: outlets' titles differ more than their
// leads) times its rarity (TopicModel.Rarity) above sigRarityBase, about
// the rarity of the commonest words ("của", "người", "Việt Nam"), which so
// weigh next to nothing; features less than sigMinWeight above it are left
// out. Names (capitalised inside a sentence) weigh sigNameBoost times more,
// but place names sigPlaceScale times less: the places a story names are in
// its context (Signature.places) and, weighed as words, would make one
// story of everything that happens in a province that day. A number of
// three digits or more ("1.295 hộ", "870 tỉ") is a feature of its own with
// the rarity of an unseen word. An age group's team name ("U.23", "U23")
// is one feature, with its digits (ageGroup).
const (
	sigRarityBase = 5.0
	sigMinWeight  = 0.5
	sigNameBoost  = 1.5
	sigPlaceScale = 0.5
	sigAgeScale   = 0.3 // an age group's team ("U23") weighs this share of an unseen word
	sigTitleScale = 0.7 // title features count titleRepeat·sigTitleScale = 1.4 times
)

// weighted is one distinct feature of a story and its weight.
type weighted struct {
	hash uint32
	w    float32
}

// weigh appends the weighted features fs of toks to out, one entry per
// occurrence (keep merges them); place[i] says that toks[i] is part of a
// place name. With a model, fs carry their rows (TopicModel.lookup).
func (c *Classifier) weigh(toks []token, fs []feature, place []bool, out []weighted) []weighted {
	m := c.words
	for _, f := range fs {
		if inAgeGroup(toks, int(f.i)) || inAgeGroup(toks, int(f.j)-1) {
			continue // weighed below, with its digits
		}
		r := 1.0
		if m != nil {
			r = c.wordRarity(f) - sigRarityBase
			if r < sigMinWeight {
				continue
			}
		}
		w := float64(f.n) * r
		if toks[f.i].field == fieldTitle {
			w *= sigTitleScale
		}
		switch {
		case place[f.i] || place[f.j-1]:
			w *= sigPlaceScale
		case isName(toks, int(f.i), int(f.j)):
			w *= sigNameBoost
		}
		out = append(out, weighted{f.hash, float32(w)})
	}
	top := 1.0
	if m != nil {
		top = m.unseen - sigRarityBase
	}
	return weighNumbers(toks, top, out)
}

// wordRarity is the rarity of f by c.words: by the row c.model's lookup
// gave f when they are the same model, else looked up by its hash.
func (c *Classifier) wordRarity(f feature) float64 {
	if c.words == c.model {
		return c.words.rarityAt(f.row)
	}
	return c.words.Rarity(f.hash)
}

// weighNumbers appends the age groups' team names ("U.23") and the
// numbers of the title and lead, each at weight top (an unseen word's)
// times its field's repeat, to out.
func weighNumbers(toks []token, top float64, out []weighted) []weighted {
	for i := 0; i < len(toks); i++ {
		if toks[i].field == fieldBody {
			break
		}
		if j, age := ageGroup(toks, i); age != "" {
			n := 1.0
			if toks[i].field == fieldTitle {
				n = titleRepeat
			}
			out = append(out, weighted{uint32(fnvHash("U"+age)) | 1, float32(n * top * sigAgeScale)})
			i = j - 1
			continue
		}
		j, num := number(toks, i)
		if h, ok := numberFeature(num); ok {
			n := 1.0
			if toks[i].field == fieldTitle {
				n = titleRepeat
			}
			out = append(out, weighted{h, float32(n * top)})
		}
		i = j - 1
	}
	return out
}

// ageGroup returns the end of the age group's team name starting at
// toks[i] ("U.23", "U23", "U-17") and its digits; "" when there is none.
// Outlets write it either way, and features fold digits, so that "U.17"
// and "U23" would otherwise differ and "U.17" and "U.23" match: it is a
// feature of its own, with its digits.
func ageGroup(toks []token, i int) (int, string) {
	t := toks[i].text
	switch {
	case len(t) == 3 && t[0] == 'U' && isDigits(t[1:]):
		return i + 1, t[1:]
	case t == "U" && i+1 < len(toks) && toks[i+1].field == toks[i].field && len(toks[i+1].text) == 2 &&
		isDigits(toks[i+1].text) && (toks[i+1].gap == "." || toks[i+1].gap == "-" || toks[i+1].gap == ""):
		return i + 2, toks[i+1].text
	}
	return i + 1, ""
}

// inAgeGroup reports whether toks[k] is part of an age group's team name.
func inAgeGroup(toks []token, k int) bool {
	if _, age := ageGroup(toks, k); age != "" {
		return true
	}
	if k == 0 || !isDigits(toks[k].text) {
		return false
	}
	_, age := ageGroup(toks, k-1)
	return age != ""
}

// number returns the end of the number starting at toks[i] and its digits:
// digit tokens joined by "." or "," ("1.295", "99,38"); an empty string
// when toks[i] is not a number.
func number(toks []token, i int) (int, string) {
	if !isDigits(toks[i].text) {
		return i + 1, ""
	}
	s, j := toks[i].text, i+1
	for ; j < len(toks) && isDigits(toks[j].text) && (toks[j].gap == "." || toks[j].gap == ",") && toks[j].field == toks[i].field; j++ {
		s += toks[j].text
	}
	return j, s
}

// isName reports whether tokens [i, j) are all capitalised and none opens
// its field, in a field not written in capitals.
func isName(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if t := &toks[k]; !t.upper || t.caps || t.first || isDigits(t.text[:1]) {
			return false
		}
	}
	return true
}

// numberFeature returns the feature of a number of three digits or more,
// not a year.
func numberFeature(s string) (uint32, bool) {
	if len(s) < 3 || !isDigits(s) || len(s) == 4 && (s[:2] == "19" || s[:2] == "20") {
		return 0, false
	}
	return uint32(fnvHash("#"+s)) | 1, true
}

// keep sets the signature's features from ws (merged by hash): the
// sigFeats heaviest, ties by hash, weights scaled so that the heaviest is
// 255. It reports whether any feature was kept. ws is reordered.
func (s *Signature) keep(ws []weighted) bool {
	slices.SortFunc(ws, func(a, b weighted) int { return cmp.Compare(a.hash, b.hash) })
	n := 0
	for _, x := range ws {
		if n > 0 && ws[n-1].hash == x.hash {
			ws[n-1].w += x.w
			continue
		}
		ws[n] = x
		n++
	}
	ws = ws[:n]
	if n == 0 {
		return false
	}
	top := ws[0].w
	if n > sigFeats { // the heaviest, back in hash order
		slices.SortFunc(ws, func(a, b weighted) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.hash, b.hash)) })
		ws, top = ws[:sigFeats], ws[0].w
		slices.SortFunc(ws, func(a, b weighted) int { return cmp.Compare(a.hash, b.hash) })
	} else {
		for _, x := range ws[1:] {
			if cmp.Compare(x.w, top) > 0 {
				top = x.w
			}
		}
	}
	for i, x := range ws {
		s.h[i] = x.hash
		s.w[i] = uint8(max(1, math.Round(255*float64(x.w)/float64(top))))
	}
	s.n = uint8(len(ws))
	return true
}
