// Package vntext is bantin's one place for Vietnamese text handling:
// Unicode normalisation, canonical tone placement, diacritic folding, slugs,
// tokens, mojibake detection and legacy charset decoding.
//
// Every function is pure and safe for concurrent use.
package vntext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in NFC with the Icelandic eth (Ð U+00D0, ð U+00F0)
// folded to Vietnamese Đ/đ, NUL and other C0 control characters (except tab,
// newline and carriage return) removed, and invalid UTF-8 replaced by U+FFFD.
// It is the first step for any text that enters bantin.
func Normalize(s string) string {
	if isCleanNFC(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'Ð':
			r = 'Đ'
		case r == 'ð':
			r = 'đ'
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f:
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// isCleanNFC reports whether s is already valid NFC text with nothing that
// Normalize would change, so that the common case allocates nothing.
func isCleanNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			goto slow
		}
	}
	return true
slow:
	if !utf8.ValidString(s) || strings.ContainsAny(s, "Ðð") {
		return false
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f {
			return false
		}
	}
	return norm.NFC.IsNormalString(s)
}

// Fold returns the search and comparison key of s: normalised, lower case,
// with every diacritic removed and đ/Đ mapped to d. "Thái Nguyên",
// "THÁI NGUYÊN" and "thai nguyen" all fold to "thai nguyen".
// Fold is not a matching key for one-syllable names (see reference §2).
func Fold(s string) string {
	s = Normalize(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Key returns the diacritic-preserving matching key of s: normalised, lower
// case and with canonical tone placement, so "Thanh Hoá" and "THANH HÓA"
// share a key while "diễn biến" and "Điện Biên" do not.
func Key(s string) string {
	return CanonicalTone(strings.ToLower(Normalize(s)))
}

// Slug returns the URL identifier of s: NFC, Đ folded to d, diacritics
// stripped, lower case, and every run of characters outside [a-z0-9]
// replaced by one hyphen, with no leading or trailing hyphen.
// "Đắk Lắk" → "dak-lak". A slug is an identifier, never a matching key.
func Slug(s string) string {
	f := Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}

// IsWordRune reports whether r belongs to a word: a letter, a combining mark
// or a digit. Go's regexp \b is ASCII-only and must not be used instead.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// Tokens splits s into syllable tokens: maximal runs of word runes
// (IsWordRune). The tokens are substrings of s, unchanged.
func Tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !IsWordRune(r) })
}
