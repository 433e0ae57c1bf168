package classify

import (
	"slices"
	"strings"
)

// Name bands: the proper names of a story (runs of capitalised syllables
// in its title and summary: "Văn Quyết", "Ninh Bình", "Anthropic",
// "TP.HCM") are what reports of one event share when their other words
// differ, so each rare name is an LSH band key of its own: two stories that
// share one are always compared (the pair thresholds still decide). A name
// is kept as the hash of its folded syllables, so that spellings with and
// without diacritics, dots or hyphens are one name ("TP.HCM", "TP HCM",
// "Tp Hcm"); a word that qualifies a name without being part of it ("CLB
// Hà Nội", "Hà Nội FC", "HLV Kim") is left out. A lone capitalised
// syllable that opens a sentence or quotation is no name ("Thắng đậm …").
// Names commoner than sigNameRarity ("Việt Nam", "Hà Nội", "Mỹ",
// "Trung Quốc") give no band: their chains hold a day's news, not an event.
const (
	sigNames      = 6
	sigNameRarity = 3.0 // rarity above sigRarityBase; "Thái Lan" 2.6, "Campuchia" 3.5, "Claude" 6.9
)

// nameQualifiers qualify a name without being part of it (folded).
var nameQualifiers = map[string]bool{"clb": true, "fc": true, "hlv": true, "dt": true, "ong": true, "ba": true}

// storyNames returns the hashes of the first sigNames distinct rare names
// of the title and summary tokens, sorted, and which of them (bit i for
// the i-th, in sorted order) are key names (keyName); unused entries are
// 0. m gives the rarities; without it every name is kept. place[k] says
// that toks[k] is part of a place name (a province, a country). nf gives
// the common words a sentence's first capital glues onto a name (nil:
// none).
func storyNames(toks []token, m *TopicModel, place []bool, nf *nameFirst) ([sigNames]uint16, uint8) {
	var out [sigNames]uint16
	var keys [sigNames]bool
	n := 0
	for i := 0; i < len(toks) && toks[i].field != fieldBody && n < sigNames; {
		j, h := nameRun(toks, i)
		if h != 0 && j-i > 1 && sentenceStart(toks, i) && writtenLower(toks, i) {
			i++ // a word capitalised as the sentence's first ("Drone Hezbollah …" beside "drone của Hezbollah")
			continue
		}
		if h != 0 && nf.gluedFirst(toks, i, j, place) {
			i++ // a common word capitalised as the sentence's first ("Bão Kalmaegi …", namefirst.go)
			continue
		}
		if h != 0 && !slices.Contains(out[:n], h) {
			if r := nameRarity(toks, i, j, m); r >= sigNameRarity {
				out[n], keys[n] = h, keyName(toks, i, j, place, r)
				n++
			}
		}
		i = j
	}
	var idx [sigNames]int
	for k := range n {
		idx[k] = k
	}
	slices.SortFunc(idx[:n], func(a, b int) int { return int(out[a]) - int(out[b]) })
	var sorted [sigNames]uint16
	var mask uint8
	for k, at := range idx[:n] {
		sorted[k] = out[at]
		if keys[at] {
			mask |= 1 << k
		}
	}
	return sorted, mask
}

// writtenLower reports whether the syllable toks[i] is written in lower
// case elsewhere in the title or summary: a word, not part of a name. The
// syllable is compared with its diacritics (keyEqual): "đang" is no
// "Đặng" written so, nor "trận" "Trần" (their folds are one).
func writtenLower(toks []token, i int) bool {
	for k := range toks {
		if k != i && !toks[k].upper && toks[k].fold == toks[i].fold && toks[k].field != fieldBody &&
			keyEqual(toks, k, keyOf(toks, i)) {
			return true
		}
	}
	return false
}

// nameRun returns the end of the name starting at toks[i] and its hash,
// never 0; the hash is 0 when no name starts there.
func nameRun(toks []token, i int) (int, uint16) {
	j, key, ok := nameKey(toks, i)
	if !ok {
		return j, 0
	}
	return j, uint16(key) | 1
}

// nameKey returns the end of the name starting at toks[i] and the full
// hash of its folded syllables (keyHash); ok is false when no name starts
// there.
func nameKey(toks []token, i int) (int, uint64, bool) {
	var h keyHash // of the folded syllables
	j, words := i, 0
	for ; j < len(toks) && toks[j].field == toks[i].field && nameToken(&toks[j]); j++ {
		if j > i && !nameGap(toks[j].gap) {
			break
		}
		if nameQualifiers[toks[j].fold] || inAgeGroup(toks, j) {
			if words == 0 {
				continue // before the name
			}
			break
		}
		h.add(toks[j].fold)
		words++
	}
	if j == i {
		return i + 1, 0, false
	}
	if words == 0 || j-i == 1 && sentenceStart(toks, i) {
		return j, 0, false
	}
	return j, h.x, true
}

// nameGap reports whether a name goes on over the gap g between two of
// its syllables: spaces, a hyphen, or a dot with no space ("TP HCM",
// "Timor-Leste", "TP.HCM"); a dot and a space end a sentence, and the
// name ("… trước U23 Trung Quốc. Nhưng …" names "Trung Quốc").
func nameGap(g string) bool {
	switch strings.TrimSpace(g) {
	case "", "-":
		return true
	case ".":
		return g == "."
	}
	return false
}

// nameToken reports a capitalised syllable, not a number, in a field not
// written in capitals.
func nameToken(t *token) bool { return t.upper && !t.caps && !isDigits(t.text[:1]) }

// sentenceStart reports whether toks[i] opens its field, a sentence, a
// quotation or what follows a colon.
func sentenceStart(toks []token, i int) bool {
	return toks[i].first || strings.ContainsAny(toks[i].gap, ".:!?'\"‘“")
}

// nameRarity returns the rarity of the name toks[i:j] above sigRarityBase:
// that of its rarest syllable or syllable pair, qualifiers left out.
func nameRarity(toks []token, i, j int, m *TopicModel) float64 {
	if m == nil {
		return sigNameRarity
	}
	r, prev := 0.0, uint32(0)
	for k := i; k < j; k++ {
		if nameQualifiers[toks[k].fold] || inAgeGroup(toks, k) {
			prev = 0
			continue
		}
		h := tokenHash(toks, k)
		r = max(r, m.Rarity(h))
		if prev != 0 {
			r = max(r, m.Rarity(mixHash(prev, h)))
		}
		prev = h
	}
	return r - sigRarityBase
}

// nameBands appends one band key per name of s.
func (s *Signature) nameBands(out []uint64) []uint64 {
	for _, h := range s.names {
		if h != 0 {
			out = append(out, bandKey(nameBandTag, uint64(h)))
		}
	}
	return out
}

// nameBandTag marks name band keys (1 marks feature bands, ctxBandTag
// context bands).
const nameBandTag = 2
