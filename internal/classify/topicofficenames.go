package classify

import "strings"

// The words of an office's name (topicoffices.go): field nouns, heads, and
// the joins between them.

// wordsAt reports whether toks[i:] begins with words, joined by plain
// gaps, compared as the province rules compare their phrases (phraseAt):
// by folded form and key, whatever the case and the tone marks' place.
func wordsAt(toks []token, i int, words wordSeq) bool {
	return i >= 0 && phraseAt(toks, i, words)
}

// fieldMember returns the widest field noun [s, e) that holds the cue span
// [i, j), and whether there is one.
func (m *topicMatcher) fieldMember(toks []token, i, j int) (s, e int, ok bool) {
	s, e = i, j
	for p := max(0, i-3); p <= i; p++ {
		for _, n := range m.fieldNouns {
			if q := p + len(n.words); q >= j && (!ok || q-p > e-s) && wordsAt(toks, p, n.words) {
				s, e, ok = p, q, true
			}
		}
	}
	return s, e, ok
}

// nounAt returns the end and topic of the longest field noun starting at
// toks[i].
func (m *topicMatcher) nounAt(toks []token, i int) (end, topic int, ok bool) {
	for _, n := range m.fieldNouns {
		if q := i + len(n.words); q > end && wordsAt(toks, i, n.words) {
			end, topic, ok = q, n.topic, true
		}
	}
	return end, topic, ok
}

// nounEnding returns the start and topic of the longest field noun ending
// at toks[j-1].
func (m *topicMatcher) nounEnding(toks []token, j int) (start, topic int, ok bool) {
	start = j
	for _, n := range m.fieldNouns {
		if p := j - len(n.words); p < start && wordsAt(toks, p, n.words) {
			start, topic, ok = p, n.topic, true
		}
	}
	return start, topic, ok
}

// listGap reports whether the gap before toks[i] joins two items of a
// list: a comma, a dash, a slash, an ampersand or a semicolon, with spaces.
func listGap(toks []token, i int) bool {
	if i <= 0 || i >= len(toks) || toks[i].first {
		return false
	}
	switch strings.TrimSpace(toks[i].gap) {
	case ",", "-", "–", "/", "&", ";":
		return true
	}
	return false
}

// isAnd reports whether toks[i] is the word "và" joining the last item of
// a list: a plain or list gap before it and a plain gap after it.
func isAnd(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && !toks[i].first && !toks[i+1].first && toks[i+1].gap == " " &&
		(toks[i].gap == " " || listGap(toks, i)) && strings.EqualFold(toks[i].text, "và")
}

// nameJoin returns the start of the next item of a name after the item
// ending at toks[j-1]: j after a list gap or a plain gap between
// capitalised words ("Văn hóa Thể thao"), j+1 after "và"; -1 for none.
func nameJoin(toks []token, j int) int {
	switch {
	case j >= len(toks):
		return -1
	case listGap(toks, j) || joinable(toks, j) && toks[j].upper && toks[j-1].upper:
		return j
	case isAnd(toks, j):
		return j + 1
	}
	return -1
}

// otherField reports whether a field noun of a topic other than t is
// joined to the field noun [s, e) in a name, before it or after it, with
// only field nouns between.
func (m *topicMatcher) otherField(toks []token, s, e, t int) bool {
	for j, n := s, 0; n < 5; n++ { // items before
		k := -1
		switch {
		case listGap(toks, j) || j > 0 && joinable(toks, j) && toks[j].upper && toks[j-1].upper:
			k = j
		case j >= 2 && toks[j].gap == " " && isAnd(toks, j-1):
			k = j - 1
		}
		p, ti, ok := m.nounEnding(toks, k)
		if k < 0 || !ok {
			break
		}
		if ti != t {
			return true
		}
		j = p
	}
	for j, n := e, 0; n < 5; n++ { // items after
		k := nameJoin(toks, j)
		if k < 0 {
			break
		}
		q, ti, ok := m.nounAt(toks, k)
		if !ok {
			break
		}
		if ti != t {
			return true
		}
		j = q
	}
	return false
}

// officeName reports whether the field noun starting at toks[s] is part of
// a name that one of the heads begins: the head right before it, or before
// a run of capitalised words (their later syllables in lower case) joined
// by plain gaps, list gaps and "và" that reaches it, the noun capitalised
// too ("Sở Văn hóa, Thể thao và Du lịch", "Trường đại học Công nghệ");
// school says whether the head is a school's.
func (m *topicMatcher) officeName(toks []token, s int) (found, school bool) {
	for k, n := s, 0; k > 0 && n < 8; n++ {
		if !joinable(toks, k) && !listGap(toks, k) || k != s && !toks[s].upper {
			return false, false
		}
		next := k - 1
		for _, h := range m.officeHeads {
			if p := k - len(h.words); wordsAt(toks, p, h.words) {
				if toks[p].upper {
					return true, h.school
				}
				next = p // a head in lower case inside a longer name: "Trường đại học"
			}
		}
		if next == k-1 && !toks[k-1].upper && !strings.EqualFold(toks[k-1].text, "và") && !laterSyllable(toks, k-1) {
			return false, false
		}
		k = next
	}
	return false, false
}

// laterSyllable reports whether toks[i], in lower case, follows a
// capitalised syllable of the same word ("Thể thao", "Xúc tiến").
func laterSyllable(toks []token, i int) bool {
	return i > 0 && joinable(toks, i) && toks[i-1].upper && !toks[i].upper
}
