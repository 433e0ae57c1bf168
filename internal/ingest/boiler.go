package ingest

import (
	"math"
	"strings"
	"unicode/utf8"
)

// An upstream's boilerplate: text that one feed document repeats at the
// start or the end of many of its items' descriptions ("Xem thêm…", "Bài
// viết … được đăng tại Báo X", a slogan, a hotline, a footer naming the
// paper's province, or padding). It is not the article's content: it would
// join one source's unrelated articles into one story (their signatures
// share its words), give each of them its cues, and fill the summaries. It
// is found per document, with no state across fetches, and cut from the
// summary the item's text makes and, where it stands there as written,
// from the start or end of the body (boiler.stripHTML); titles are left as
// they are.
const (
	boilerMinItems  = 5   // a document with fewer items with text is left as it is
	boilerMinShared = 4   // text shared by fewer items is not boilerplate
	boilerShare     = 0.3 // … nor text shared by less than this share of the items
	boilerMinWords  = 6   // shorter shared text may be a legitimate phrase
	boilerWindow    = 40  // words counted at each end of a text; longer shared ends are compared whole
)

// boiler is the boilerplate found at the start (head) and end (tail) of
// one item's text: "" for none.
type boiler struct{ head, tail string }

// findBoilerplate returns, for each of texts (space-collapsed, as
// textAndImage makes them), the boilerplate to cut from it: the longest
// start and end of at least boilerMinWords words that at least
// boilerMinShared items, and boilerShare of those with text, begin or end
// with, cut where a sentence or clause ends (the head's last character, or
// the character before the tail, is punctuation). It returns nil when
// fewer than boilerMinItems texts are not empty. Its work is linear in the
// texts' length: each text's ends are hashed over boilerWindow words, and
// only ends shared over the whole window are compared further.
func findBoilerplate(texts []string) []boiler {
	n := 0
	for _, t := range texts {
		if t != "" {
			n++
		}
	}
	if n < boilerMinItems {
		return nil
	}
	need := max(boilerMinShared, int(math.Ceil(boilerShare*float64(n))))
	heads := sharedEnds(texts, need, false)
	tails := sharedEnds(texts, need, true)
	if heads == nil && tails == nil {
		return nil
	}
	out := make([]boiler, len(texts))
	for i := range texts {
		if heads != nil {
			out[i].head = heads[i]
		}
		if tails != nil {
			out[i].tail = tails[i]
		}
	}
	return out
}

// ends is one text's word boundaries counted from one end: cuts[k-1] is
// where its first (or last) k words end (or start), hashes[k-1] their hash.
type ends struct {
	cuts   []int
	hashes []uint64
}

// sharedEnds returns each text's shared start (or, with tail, end) as
// findBoilerplate defines it; "" for none, nil when no text has one. Only
// texts whose end of boilerMinWords words is shared often enough can share
// a longer one: the others' ends are hashed no further.
func sharedEnds(texts []string, need int, tail bool) []string {
	short := make([]uint64, len(texts)) // 0 for a text of fewer words
	counts := make(map[uint64]int, len(texts))
	for i, t := range texts {
		if h := endHash(t, tail); h != 0 {
			short[i] = h
			counts[h]++
		}
	}
	all := make([]ends, len(texts))
	found := false
	for i, t := range texts {
		if short[i] == 0 || counts[short[i]] < need {
			continue
		}
		found, all[i] = true, wordEnds(t, tail)
		for k := boilerMinWords + 1; k <= len(all[i].hashes); k++ {
			counts[all[i].hashes[k-1]]++
		}
	}
	if !found {
		return nil
	}
	whole := wholeEnds(texts, all, counts, need, tail)
	out := make([]string, len(texts))
	for i, t := range texts {
		e := all[i]
		if c, ok := whole[lastHash(e)]; ok && len(e.cuts) == boilerWindow && boundary(t, cutAt(t, c, tail), tail) {
			out[i] = piece(t, cutAt(t, c, tail), tail)
			continue
		}
		for k := len(e.cuts); k >= boilerMinWords; k-- {
			if counts[e.hashes[k-1]] >= need && boundary(t, e.cuts[k-1], tail) {
				out[i] = piece(t, e.cuts[k-1], tail)
				break
			}
		}
	}
	return out
}

// wholeEnds returns, for each end shared over the whole window by at least
// need texts (keyed by its hash), the length in bytes of the longest end
// that all those texts share.
func wholeEnds(texts []string, all []ends, counts map[uint64]int, need int, tail bool) map[uint64]int {
	whole := map[uint64]int{}
	first := map[uint64]string{}
	for i, t := range texts {
		e := all[i]
		if len(e.cuts) < boilerWindow || counts[lastHash(e)] < need {
			continue
		}
		h := lastHash(e)
		f, seen := first[h]
		if !seen {
			first[h], whole[h] = t, len(t)
			continue
		}
		whole[h] = min(whole[h], commonEnd(f, t, tail))
	}
	return whole
}

func lastHash(e ends) uint64 {
	if len(e.hashes) == 0 {
		return 0
	}
	return e.hashes[len(e.hashes)-1]
}

// cutAt returns where an end of l bytes of t begins (tail) or ends (head),
// moved inwards to a word boundary.
func cutAt(t string, l int, tail bool) int {
	if tail {
		c := len(t) - l
		for c < len(t) && c > 0 && t[c-1] != ' ' {
			c++
		}
		return c
	}
	c := l
	for c > 0 && c < len(t) && t[c] != ' ' {
		c--
	}
	return c
}

// commonEnd is the length in bytes of the longest start (or end) a and b
// share.
func commonEnd(a, b string, tail bool) int {
	n := min(len(a), len(b))
	i := 0
	if tail {
		for i < n && a[len(a)-1-i] == b[len(b)-1-i] {
			i++
		}
		return i
	}
	for i < n && a[i] == b[i] {
		i++
	}
	return i
}

// piece is the part of t a cut at c leaves out: t[:c] for a head, t[c:]
// for a tail.
func piece(t string, c int, tail bool) string {
	if tail {
		return t[c:]
	}
	return t[:c]
}

// boundary reports whether a cut at c of t ends a sentence or clause: the
// head t[:c] ends with punctuation, or the text t[:c] before a tail is
// empty or does.
func boundary(t string, c int, tail bool) bool {
	before := strings.TrimRight(t[:c], " ")
	if before == "" {
		return tail
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune(".!?…:;|-–—)]»\"”'’", r)
}

// endHash returns the hash wordEnds gives t's first (or last)
// boilerMinWords words, 0 when t has fewer.
func endHash(t string, tail bool) uint64 {
	h, words := uint64(14695981039346656037), 0
	if tail {
		for i := len(t) - 1; i >= 0; i-- {
			h = (h ^ uint64(t[i])) * 1099511628211
			if i == 0 || t[i-1] == ' ' {
				if words++; words == boilerMinWords {
					return h
				}
			}
		}
		return 0
	}
	for i := 0; i < len(t); i++ {
		h = (h ^ uint64(t[i])) * 1099511628211
		if i == len(t)-1 || t[i+1] == ' ' {
			if words++; words == boilerMinWords {
				return h
			}
		}
	}
	return 0
}

// wordEnds returns t's boundaries after its first (or last) 1 …
// boilerWindow words and their FNV-1a hashes, taken over the bytes read
// from that end.
func wordEnds(t string, tail bool) ends {
	e := ends{cuts: make([]int, 0, 8), hashes: make([]uint64, 0, 8)}
	h := uint64(14695981039346656037)
	if tail {
		for i := len(t) - 1; i >= 0 && len(e.cuts) < boilerWindow; i-- {
			h = (h ^ uint64(t[i])) * 1099511628211
			if i == 0 || t[i-1] == ' ' {
				e.cuts, e.hashes = append(e.cuts, i), append(e.hashes, h)
			}
		}
		return e
	}
	for i := 0; i < len(t) && len(e.cuts) < boilerWindow; i++ {
		h = (h ^ uint64(t[i])) * 1099511628211
		if i == len(t)-1 || t[i+1] == ' ' {
			e.cuts, e.hashes = append(e.cuts, i+1), append(e.hashes, h)
		}
	}
	return e
}
