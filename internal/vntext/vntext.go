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
// It is the first step for any text that enters bantin, and the one place
// that decides whether text is already normal: plain text (isPlainNFC) is
// returned as is without decoding a rune, anything else takes the exact
// path.
func Normalize(s string) string {
	if isPlainNFC(s) {
		return s
	}
	return normalizeExact(s)
}

// normalizeExact is Normalize without the plain-text fast path.
func normalizeExact(s string) string {
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

// isPlainNFC reports whether s is made only of characters that are NFC
// starters which compose with nothing that can follow them in such text:
// ASCII without controls, U+00A0–U+02FF (Latin-1, Latin Extended-A/B, IPA,
// spacing modifiers) without Ð/ð, the precomposed Latin Extended Additional
// block U+1E00–U+1EFF (every Vietnamese letter with its tone) and general
// punctuation U+2002–U+205E. It reads bytes, not runes; the exhaustive test
// in vntext_test.go checks every such character against norm.NFC.
func isPlainNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				return false
			}
			i++
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF: // U+00A0–U+00BF
			i += 2
		case c >= 0xC3 && c <= 0xCB && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // U+00C0–U+02FF
			if c == 0xC3 && (s[i+1] == 0x90 || s[i+1] == 0xB0) { // Ð ð
				return false
			}
			i += 2
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80: // U+1E00–U+1EFF
			i += 3
		case c == 0xE2 && i+2 < len(s) && plainPunct(s[i+1], s[i+2]):
			i += 3
		default:
			return false
		}
	}
	return true
}

// IsPlainRune reports whether r is one of the characters Normalize
// accepts without decoding a rune (isPlainNFC): valid UTF-8 made only of
// such characters is returned as is, and text with any other character is
// not. A tokeniser can so learn, rune by rune, whether Normalize would
// leave its text unchanged.
func IsPlainRune(r rune) bool {
	return utf8.ValidRune(r) && isPlainNFC(string(r))
}

// plainPunct reports whether E2 b1 b2 encodes U+2002–U+205E.
func plainPunct(b1, b2 byte) bool {
	switch b1 {
	case 0x80:
		return b2 >= 0x82 && b2 <= 0xBF
	case 0x81:
		return b2 >= 0x80 && b2 <= 0x9E
	}
	return false
}

// isCleanNFC reports whether s is already valid NFC text with nothing that
// Normalize would change, so that the common case allocates nothing.
func isCleanNFC(s string) bool {
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
	if f, ok := fastFold(s); ok {
		return f
	}
	return foldSlow(s)
}

// foldSlow is Fold without the fast path.
func foldSlow(s string) string {
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
	if k, ok := fastKey(s); ok {
		return k
	}
	return keySlow(s)
}

// keySlow is Key without the fast path.
func keySlow(s string) string {
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
