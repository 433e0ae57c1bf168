package vntext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// keyRunes is the range of runes the key tables cover: Latin and the
// precomposed Vietnamese letters (U+1E00–U+1EFF).
const keyRunes = 0x1F00

// keyRune is what fastKey knows of one rune below keyRunes: its lower case
// decomposed (NFD) into a base letter, up to two marks that are not tones,
// in NFD order, and a tone mark. ok is false for runes fastKey leaves to
// the general path: non-word runes outside ASCII, decompositions it does
// not model.
type keyRune struct {
	lower rune // unicode.ToLower
	base  rune
	marks [2]rune
	nm    uint8
	tone  rune
	ok    bool
}

// keyTables are built once from unicode, norm and isTone, the authorities.
type keyTables struct {
	runes   [keyRunes]keyRune
	compose map[[4]rune]rune // base, marks and tone as placeTone writes them → their NFC rune
	fold    [keyRunes]rune   // foldSlow of one rune: 0 when not one rune or not Latin
	punct   [0x70]rune       // the same of U+2000–U+206F
}

var keyTablesOnce = sync.OnceValue(newKeyTables)

func newKeyTables() *keyTables {
	t := &keyTables{compose: map[[4]rune]rune{}}
	for r := rune(0); r < keyRunes; r++ {
		t.runes[r] = decomposeKeyRune(r)
		if r < 0x250 || r >= 0x1E00 {
			t.fold[r] = foldRune(r)
		}
	}
	for i := range t.punct {
		t.punct[i] = foldRune(0x2000 + rune(i))
	}
	for r := rune(0); r < keyRunes; r++ {
		if t.runes[r].lower >= keyRunes {
			t.runes[r].ok = false // a lower case outside the tables
			continue
		}
		k := t.runes[t.runes[r].lower]
		if !k.ok || k.nm == 0 && k.tone == 0 {
			continue
		}
		seq := [4]rune{k.base, k.marks[0], k.marks[1], k.tone}
		if c := []rune(norm.NFC.String(seqString(seq))); len(c) == 1 {
			t.compose[seq] = c[0]
		}
	}
	return t
}

// decomposeKeyRune fills the keyRune of r (ok only for ASCII and Latin
// letters).
func decomposeKeyRune(r rune) keyRune {
	k := keyRune{lower: unicode.ToLower(r)}
	if r >= 0x250 && r < 0x1E00 {
		return k // other scripts than Latin: the general path
	}
	if !IsWordRune(r) {
		k.ok = r < utf8.RuneSelf
		return k
	}
	d := []rune(norm.NFD.String(string(r)))
	if len(d) == 0 || unicode.IsMark(d[0]) || norm.NFD.PropertiesString(string(d[0])).CCC() != 0 {
		return k
	}
	k.base = d[0]
	for _, m := range d[1:] {
		switch {
		case !unicode.IsMark(m):
			return k
		case isTone(m):
			if k.tone != 0 {
				return k
			}
			k.tone = m
		case int(k.nm) == len(k.marks) || k.tone != 0:
			return k // a mark after the tone: placeTone would reorder it
		default:
			k.marks[k.nm] = m
			k.nm++
		}
	}
	k.ok = true
	return k
}

// foldRune returns foldSlow of r when it is one rune, else 0.
func foldRune(r rune) rune {
	if f := []rune(foldSlow(string(r))); len(f) == 1 {
		return f[0]
	}
	return 0
}

func seqString(seq [4]rune) string {
	var b strings.Builder
	for _, r := range seq {
		if r != 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fastKey returns Key(s) for the text most keys are asked of (one
// syllable or a few words of Vietnamese in NFC): ok is false when s needs
// the general path. It allocates only when the key differs from s.
func fastKey(s string) (key string, ok bool) {
	if len(s) > maxSyllable || !isPlainNFC(s) {
		return "", false
	}
	t := keyTablesOnce()
	var syl syllable
	var out [3 * maxSyllable]byte
	b := out[:0]
	same := true // b == s so far
	for _, r := range s {
		if r >= keyRunes || !t.runes[r].ok {
			return "", false
		}
		k := &t.runes[t.runes[r].lower]
		if !k.ok {
			return "", false
		}
		same = same && k.lower == r && k.nm == 0 && k.tone == 0
		if k.base != 0 {
			syl.add(k)
			continue
		}
		if b, ok = t.placeTone(b, &syl); !ok { // ASCII punctuation or space: ends a syllable
			return "", false
		}
		b = append(b, byte(r))
	}
	if b, ok = t.placeTone(b, &syl); !ok {
		return "", false
	}
	if same || string(b) == s {
		return s, true
	}
	return string(b), true
}

// maxSyllable is the longest text, in bytes, fastKey takes.
const maxSyllable = 64

// syllable is one syllable being read by fastKey: its letters decomposed,
// its tone (the last of tones tone marks).
type syllable struct {
	letters [maxSyllable]keyLetter
	n       int
	tone    rune
	tones   int
}

// keyLetter is one base letter with its marks other than a tone.
type keyLetter struct {
	base  rune
	marks [2]rune
	nm    uint8
}

func (y *syllable) add(k *keyRune) {
	y.letters[y.n] = keyLetter{base: k.base, marks: k.marks, nm: k.nm}
	y.n++
	if k.tone != 0 {
		y.tone, y.tones = k.tone, y.tones+1
	}
}

// placeTone appends the NFC form of syllable y with its tone where the
// general placeTone puts it, and empties y; ok is false when the general
// path must do it: a letter has no precomposed form in the tables, the
// syllable has several tones, or a tone and no vowel (placeTone leaves
// those as written).
func (t *keyTables) placeTone(b []byte, y *syllable) ([]byte, bool) {
	defer func() { y.n, y.tone, y.tones = 0, 0, 0 }()
	pos := -1
	if y.tones > 1 {
		return b, false
	}
	if y.tone != 0 {
		var tl [maxSyllable]toneLetter
		for i := range y.n {
			tl[i] = toneLetter{base: y.letters[i].base, marked: y.letters[i].nm > 0}
		}
		if pos = tonePosition(tl[:y.n]); pos < 0 {
			return b, false
		}
	}
	for i := range y.n {
		l := &y.letters[i]
		r := l.base
		if seq := [4]rune{l.base, l.marks[0], l.marks[1]}; l.nm > 0 || i == pos {
			if i == pos {
				seq[3] = y.tone
			}
			c, ok := t.compose[seq]
			if !ok {
				return b, false
			}
			r = c
		}
		b = utf8.AppendRune(b, r)
	}
	return b, true
}

// fastFold returns Fold(s) for plain NFC text (isPlainNFC) of Latin
// letters and punctuation, folding rune by rune (the NFD of such text is
// that of its runes in turn): ok is false when s needs the general path.
func fastFold(s string) (folded string, ok bool) {
	if !isPlainNFC(s) {
		return "", false
	}
	t := keyTablesOnce()
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		var f rune
		switch {
		case r < keyRunes:
			f = t.fold[r]
		case r >= 0x2000 && r < 0x2000+rune(len(t.punct)):
			f = t.punct[r-0x2000]
		}
		if f == 0 {
			return "", false
		}
		b.WriteRune(f)
		i += n
	}
	return b.String(), true
}
