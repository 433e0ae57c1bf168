package classify

import (
	"encoding/binary"
	"slices"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// tokenBuf is scratch space for tokenising, reused from field to field and
// article to article.
type tokenBuf struct {
	fold  []byte    // the folded text of a field, written at its full length
	spans []tokSpan // its tokens
}

// tokSpan is one token as the scan finds it: its text s[from:to], its fold
// fold[fs:fe], the class of its first rune and its runes' classes or'ed.
type tokSpan struct {
	from, to, fs, fe int32
	head, classes    uint8
}

// tokenizeInto appends the tokens of one field's text s, normalised as
// vntext.Normalize gives it, to toks, with scratch space tb (grown as
// needed and kept for reuse).
//
// Text that Normalize leaves as it is (every rune vntext.IsPlainRune, the
// common case) is read once, normalising and tokenising in one pass; other
// text is tokenised again after normalising.
func (t *foldTable) tokenizeInto(toks []token, s string, f field, tb *tokenBuf, voc vocab) []token {
	var sc scanState
	t.scan(s, tb, &sc)
	st, plain := classTotals(&sc.byClass)
	if !plain {
		s, sc = vntext.Normalize(s), scanState{}
		t.scan(s, tb, &sc)
		st, _ = classTotals(&sc.byClass)
	}
	caps := st.upper >= 4 && st.lower*10 <= st.upper
	ascii := st.plain >= 8 && st.accent*20 <= st.plain
	folded := string(tb.fold[:sc.w])
	prevEnd, start := int32(0), len(toks)
	toks = slices.Grow(toks, sc.k)[:start+sc.k]
	for k, sp := range tb.spans[:sc.k] {
		// Every field of the token is set (TestTokenFields): the slot may
		// hold an earlier article's token.
		tk := &toks[start+k]
		tk.text, tk.fold, tk.gap, tk.key = s[sp.from:sp.to], folded[sp.fs:sp.fe], s[prevEnd:sp.from], ""
		tk.field, tk.first, tk.upper, tk.caps, tk.ascii = f, k == 0, sp.head&classUpper != 0, caps, ascii
		tk.lower, tk.id, tk.fs, tk.fe = sp.classes&classCased == 0, voc.foldID(tb.fold[:sp.fe], int(sp.fs)), sp.fs, sp.fe
		prevEnd = sp.to
	}
	return toks
}

// scanState is where scan is in its text: the next byte to read, the
// tokens found (spans[:k]), the next byte of fold to write, whether
// spans[k] is open (a word being read) and its runes' classes or'ed so
// far, and the runes read by class.
type scanState struct {
	i, k, w int
	open    bool
	classes uint8
	byClass [1 << classBits]int32
}

// scan finds the tokens of s from sc (at its start): it writes them to
// tb.spans and their folds to tb.fold, and counts the runes of s by class.
// run reads the common runes; the others, here.
func (t *foldTable) scan(s string, tb *tokenBuf, sc *scanState) {
	if len(tb.fold) < len(s)+8 {
		tb.fold = make([]byte, len(s)+8) // a common rune's fold is one byte; 8: room to read a fold as a word (foldID)
	}
	if len(tb.spans) < len(s)/2+1 {
		tb.spans = make([]tokSpan, len(s)/2+1) // a token and the gap after it take two bytes or more
	}
	for t.run(s, tb.fold, tb.spans, sc); sc.i < len(s); t.run(s, tb.fold, tb.spans, sc) {
		r, n := utf8.DecodeRuneInString(s[sc.i:])
		ri := t.info(r)
		sc.byClass[ri.class]++
		word := ri.class&classWord != 0
		if word != sc.open {
			sc.turn(tb.spans, ri.class)
		}
		if word {
			sc.classes |= ri.class
			if ri.fold >= 0 {
				b := utf8.AppendRune(tb.fold[:sc.w], ri.fold)
				tb.fold, sc.w = b[:cap(b)], len(b)
			}
		}
		sc.i += n
	}
	if sc.open {
		sc.turn(tb.spans, 0)
	}
}

// turn opens spans[sc.k] at a word's first rune, of class head, or closes
// it at the end of the word.
func (sc *scanState) turn(spans []tokSpan, head uint8) {
	if sc.open {
		spans[sc.k].to, spans[sc.k].fe, spans[sc.k].classes = int32(sc.i), int32(sc.w), sc.classes
		sc.k++
	} else {
		spans[sc.k] = tokSpan{from: int32(sc.i), fs: int32(sc.w), head: head}
		sc.classes = 0
	}
	sc.open = !sc.open
}

// run goes on with scan's state sc over the runes of s that are ASCII, two
// bytes or U+1000–U+206F in three, with a fold of at most one byte that
// fits in fold; it returns at the end of s or at another rune, left to
// scan. It calls nothing, so that its variables stay in registers.
func (t *foldTable) run(s string, fold []byte, spans []tokSpan, sc *scanState) {
	i, k, w, open, classes := sc.i, sc.k, sc.w, sc.open, sc.classes
	byClass := sc.byClass // on the stack: no register
	for i < len(s) {
		at, c := i, s[i]
		r := rune(c)
		if c < utf8.RuneSelf {
			i++
		} else if rest := s[i:]; c >= 0xC2 && c < 0xE0 && len(rest) > 1 && rest[1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(rest[1]&0x3F)
			i += 2
		} else if (c == 0xE1 || c == 0xE2) && len(rest) > 2 && rest[1]&0xC0 == 0x80 && rest[2]&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(rest[1]&0x3F)<<6 | rune(rest[2]&0x3F)
			i += 3
		} else {
			i = at
			break
		}
		ri := uint(r) // r ≥ 0
		if ri >= uint(len(t)) {
			i = at
			break
		}
		class := t[ri].class
		if class&classWord == 0 {
			if open {
				spans[k].to, spans[k].fe, spans[k].classes = int32(at), int32(w), classes
				k, open = k+1, false
			}
		} else {
			f := t[ri].fold
			if f >= utf8.RuneSelf || w >= len(fold) {
				i = at
				break
			}
			if !open {
				spans[k] = tokSpan{from: int32(at), fs: int32(w), head: class}
				open, classes = true, 0
			}
			classes |= class
			if f >= 0 {
				fold[w] = byte(f)
				w++
			}
		}
		byClass[class]++
	}
	sc.i, sc.k, sc.w, sc.open, sc.classes = i, k, w, open, classes
	sc.byClass = byClass
}

// fieldStats counts letters to decide whether case and diacritics carry
// information in a field.
type fieldStats struct{ upper, lower, plain, accent int }

// classTotals returns the letter counts of a field from its runes by class,
// and whether every rune was plain (classStable).
func classTotals(byClass *[1 << classBits]int32) (st fieldStats, plain bool) {
	plain = true
	for c, n := range byClass {
		if n == 0 {
			continue
		}
		if c&classStable == 0 {
			plain = false
		}
		if c&classWord != 0 {
			st.upper += int(c>>1&1) * int(n)
			st.lower += int(c>>2&1) * int(n)
			st.plain += int(c>>3&1) * int(n)
			st.accent += int(c>>4&1) * int(n)
		}
	}
	return st, plain
}

// foldID returns the vocab number of the folded syllable buf[from:], as
// id(string(buf[from:]), false) does, without building the string.
func (v vocab) foldID(buf []byte, from int) int32 {
	n := len(buf) - from
	if n == 0 || n > 7 {
		if id, ok := v.ids[string(buf[from:])]; ok {
			return id
		}
		return -1
	}
	var k uint64
	if from+8 <= cap(buf) {
		mask := uint64(1)<<(8*n) - 1
		k = binary.LittleEndian.Uint64(buf[from:from+8]) & mask
	} else {
		for i, c := range buf[from:] {
			k |= uint64(c) << (8 * i)
		}
	}
	if id, ok := v.short.get(k | uint64(n)<<56); ok {
		return id
	}
	return -1
}
