package classify

import (
	"fmt"
	"strings"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// The province matcher's words: a place's slug resolved to its current
// unit and legacy name, and phrases as the matcher compares them (keys,
// folded forms).

// resolve returns the current unit for slug and the legacy slug if slug
// names a dissolved province.
func resolve(cat *model.Catalog, slug string) (current, legacy string, err error) {
	p, ok := cat.Province(slug)
	if !ok {
		return "", "", fmt.Errorf("unknown province slug %q", slug)
	}
	if p.Legacy() {
		return p.Successor, p.Slug, nil
	}
	return p.Slug, "", nil
}

// keys returns the key (vntext.Key) of each word of s, normalised.
func keys(s string) []string {
	var out []string
	for _, t := range vntext.Tokens(vntext.Normalize(s)) {
		out = append(out, vntext.Key(t))
	}
	return out
}

// wordSeq is a phrase's words: each word's key and folded form, and
// whether a comma follows it ("tỉnh, thành": see phraseAt).
type wordSeq []phraseWord

type phraseWord struct {
	key, fold string
	comma     bool
}

// phraseKeys returns the words of s.
func phraseKeys(s string) wordSeq {
	var out wordSeq
	for _, w := range strings.Fields(s) {
		k := vntext.Key(strings.TrimSuffix(w, ","))
		out = append(out, phraseWord{key: k, fold: vntext.Fold(k), comma: strings.HasSuffix(w, ",")})
	}
	return out
}

// wordIndex indexes a list of phrases by one of their words, the last
// (indexLast) or the first (indexFirst): the vocab number (token.id) of
// the word → the indexes of the phrases that end or start with it, in list
// order. A check for a phrase ending or starting at a token then tries the
// few that can, not the whole list; taken in list order, the first phrase
// found is the one a walk over the list would find. A bit set of the
// indexed numbers answers the common case, a word no phrase has, without a
// map look-up.
type wordIndex struct {
	has    []uint64 // bit n: some phrase has word n
	byWord map[int32][]int
}

// indexLast indexes phrases by their last word, adding the words to voc.
func indexLast(voc vocab, phrases []wordSeq) wordIndex {
	return indexBy(voc, phrases, func(ks wordSeq) phraseWord { return ks[len(ks)-1] })
}

// indexFirst indexes phrases by their first word, adding the words to voc.
func indexFirst(voc vocab, phrases []wordSeq) wordIndex {
	return indexBy(voc, phrases, func(ks wordSeq) phraseWord { return ks[0] })
}

func indexBy(voc vocab, phrases []wordSeq, word func(wordSeq) phraseWord) wordIndex {
	idx := wordIndex{byWord: map[int32][]int{}}
	for i, ks := range phrases {
		if len(ks) == 0 {
			continue
		}
		w := voc.id(word(ks).fold, true)
		idx.byWord[w] = append(idx.byWord[w], i)
		for int(w)/64 >= len(idx.has) {
			idx.has = append(idx.has, 0)
		}
		idx.has[w/64] |= 1 << (w % 64)
	}
	return idx
}

// at returns the indexes of the phrases whose indexed word is toks[j]'s,
// in list order; nil when none is.
func (idx wordIndex) at(toks []token, j int) []int {
	if j < 0 || j >= len(toks) {
		return nil
	}
	w := toks[j].id
	if w < 0 || int(w)/64 >= len(idx.has) || idx.has[w/64]&(1<<(w%64)) == 0 {
		return nil
	}
	return idx.byWord[w]
}

// endingAt returns where the first phrase of phrases (in list order;
// idx indexes them by their last word) that ends at toks[j] starts, or -1.
func (idx wordIndex) endingAt(toks []token, j int, phrases []wordSeq) int {
	for _, p := range idx.at(toks, j) {
		if at := j - len(phrases[p]) + 1; at >= 0 && phraseAt(toks, at, phrases[p]) {
			return at
		}
	}
	return -1
}

// joinKeys returns the keys ks as one phrase, space-separated.
func joinKeys(ks []string) string { return strings.Join(ks, " ") }
