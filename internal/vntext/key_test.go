package vntext

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// keyPool is the runes the generated strings of TestFastKeyMatches are made
// of: every letter and digit below keyRunes in upper and lower case, some
// punctuation and a few runes the fast path leaves to the general one.
func keyPool() []rune {
	var pool []rune
	for r := rune(0); r < keyRunes; r++ {
		if IsWordRune(r) && (r < 0x250 || r >= 0x1E00) {
			pool = append(pool, r)
		}
	}
	return append(pool, ' ', '-', '.', '\'', ',', '\u00a0', '\u0301', '\u0323', 'Ð', '\u2013', '中')
}

// vowelPool is Vietnamese vowels with every tone, both cases, and the
// consonants that open or close a syllable: strings of them are syllables
// whose tone placement varies.
func vowelPool() []rune {
	var pool []rune
	for _, v := range "aăâeêioôơuưy" {
		for _, tone := range []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"} {
			for _, r := range Normalize(string(v) + tone) {
				pool = append(pool, r, unicode.ToUpper(r))
			}
		}
	}
	return append(pool, []rune("qgđnhcmtpk")...)
}

func TestFastKeyMatches(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if k, ok := fastKey(s); ok && k != keySlow(s) {
			t.Fatalf("fastKey(%q) = %q, Key's general path %q", s, k, keySlow(s))
		}
	}
	for r := rune(0); r < keyRunes+16; r++ {
		check(string(r))
		check("ho" + string(r))
		check(string(r) + "a")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for _, pool := range [][]rune{keyPool(), vowelPool()} {
		for range 100_000 {
			var b strings.Builder
			for range 1 + r.IntN(7) {
				b.WriteRune(pool[r.IntN(len(pool))])
			}
			check(b.String())
		}
	}
	for _, s := range []string{"", "hoà", "Thanh Hoá", "THỦY", "khuyến", "quý", "giữa", "Uỷ ban", "hòe", "ươ", "xx̀"} {
		check(s)
		if _, ok := fastKey(s); !ok && s != "xx̀" {
			t.Errorf("fastKey(%q) left to the general path", s)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"hoà", "Thanh Hoá", "THỦY", "Uỷ ban", "a\u0301", "ĐẮK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := fastKey(s); ok && k != keySlow(s) {
			t.Fatalf("fastKey(%q) = %q, Key's general path %q", s, k, keySlow(s))
		}
	})
}

func BenchmarkKey(b *testing.B) {
	words := strings.Fields("Thanh Hoá hoà thuỷ khuyến nghị Đắk Lắk người dân xã phường TP HCM Quảng Ngãi")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Key(words[i%len(words)])
	}
}

func BenchmarkKeySlow(b *testing.B) {
	words := strings.Fields("Thanh Hoá hoà thuỷ khuyến nghị Đắk Lắk người dân xã phường TP HCM Quảng Ngãi")
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		keySlow(words[i%len(words)])
	}
}

func TestFastFoldMatches(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if f, ok := fastFold(s); ok && f != foldSlow(s) {
			t.Fatalf("fastFold(%q) = %q, Fold's general path %q", s, f, foldSlow(s))
		}
	}
	for r := rune(0); r < 0x2100; r++ {
		check(string(r))
		check("Ho" + string(r) + "à")
	}
	pool := append(keyPool(), '“', '”', '…', '\u2002', '\u205e', 'Ð', 'ð', '\t', '\x00')
	r := rand.New(rand.NewPCG(5, 6))
	for range 200_000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteRune(pool[r.IntN(len(pool))])
		}
		check(b.String())
	}
	for _, s := range []string{"", "Thái Nguyên", "THÁI NGUYÊN – “Đắk Lắk”…", "Ơn giời"} {
		check(s)
		if _, ok := fastFold(s); !ok {
			t.Errorf("fastFold(%q) left to the general path", s)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Thái Nguyên", "THÁI NGUYÊN – “Đắk Lắk”…", "a\u0301", "Ð"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := fastFold(s); ok && k != foldSlow(s) {
			t.Fatalf("fastFold(%q) = %q, Fold's general path %q", s, k, foldSlow(s))
		}
	})
}

func BenchmarkFoldSlow(b *testing.B) {
	s := "Thanh Hoá: người dân xã Quảng Ngãi “đón” Tết – khuyến nghị của Uỷ ban ĐẮK LẮK"
	b.ReportAllocs()
	for b.Loop() {
		foldSlow(s)
	}
}
