package vntext

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Tone marks as combining characters (NFD).
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

func isTone(r rune) bool {
	switch r {
	case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
		return true
	}
	return false
}

// CanonicalTone rewrites every syllable of s so that its tone mark sits where
// the traditional rule puts it ("hòa", "thủy", "hòe"; "hoàn", "khuyến"), so
// the two spellings in use ("hoà"/"hòa", "Thanh Hoá"/"Thanh Hóa", "Uỷ"/"Ủy")
// compare equal. The result is NFC; case and every other character are kept.
func CanonicalTone(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xC0 }) {
		return s
	}
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	start := -1
	for i, r := range d {
		word := IsWordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			b.WriteString(placeTone(d[start:i]))
			start = -1
		}
		if !word {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		b.WriteString(placeTone(d[start:]))
	}
	return norm.NFC.String(b.String())
}

// letter is one base letter of an NFD syllable with its non-tone marks.
type letter struct {
	base  rune
	marks []rune
}

// placeTone moves the tone mark of one NFD syllable to its canonical vowel.
func placeTone(syl string) string {
	letters, tone := splitTone(syl)
	if tone == 0 {
		return syl
	}
	tl := make([]toneLetter, len(letters))
	for i, l := range letters {
		tl[i] = toneLetter{base: l.base, marked: len(l.marks) > 0}
	}
	pos := tonePosition(tl)
	if pos < 0 {
		return syl // not a Vietnamese syllable: leave as it was
	}
	return joinTone(letters, tone, pos)
}

// splitTone parses one NFD syllable into its letters, each with its vowel
// marks, and its tone mark (0 when it has none).
func splitTone(syl string) ([]letter, rune) {
	var letters []letter
	var tone rune
	for _, r := range syl {
		switch {
		case isTone(r):
			tone = r
		case unicode.IsMark(r) && len(letters) > 0:
			letters[len(letters)-1].marks = append(letters[len(letters)-1].marks, r)
		default:
			letters = append(letters, letter{base: r})
		}
	}
	return letters, tone
}

// joinTone writes letters back, NFD, with tone after the letter at pos.
func joinTone(letters []letter, tone rune, pos int) string {
	var b strings.Builder
	for i, l := range letters {
		b.WriteRune(l.base)
		for _, m := range l.marks {
			b.WriteRune(m)
		}
		if i == pos {
			b.WriteRune(tone)
		}
	}
	return b.String()
}

func isVowel(r rune) bool {
	return strings.ContainsRune("aeiouyAEIOUY", r)
}

// toneLetter is what tonePosition reads of a letter: its base and whether
// it carries a mark other than a tone.
type toneLetter struct {
	base   rune
	marked bool
}

// tonePosition returns the index in letters of the vowel that carries the
// tone, or -1 when the syllable has no vowel.
func tonePosition(letters []toneLetter) int {
	first, last := -1, -1
	for i, l := range letters {
		if !isVowel(l.base) {
			if first >= 0 {
				break
			}
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 {
		return -1
	}
	// "qu" and "gi" open the syllable as consonants when a vowel follows.
	lower := func(i int) rune { return unicode.ToLower(letters[i].base) }
	if first > 0 && last > first &&
		(lower(first-1) == 'q' && lower(first) == 'u' || lower(first-1) == 'g' && lower(first) == 'i') {
		first++
	}
	// A vowel with a quality mark (â ê ô ơ ă ư) takes the tone; in ươ the ơ.
	marked := -1
	for i := first; i <= last; i++ {
		if letters[i].marked {
			marked = i
		}
	}
	if marked >= 0 {
		return marked
	}
	n := last - first + 1
	closed := last < len(letters)-1
	switch {
	case n == 1:
		return first
	case n == 3:
		return first + 1
	case closed:
		return last
	default:
		return first
	}
}
