package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// collapseSpaceRef is collapseSpace as it was first written, rune by rune:
// the reference the faster one must match byte for byte.
func collapseSpaceRef(s string) string {
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			return collapseRunesRef(s)
		}
		prevSpace = sp
	}
	if prevSpace && s != "" {
		return strings.TrimRight(s, " ")
	}
	return s
}

// spaceSamples are strings mixing words, every kind of white space and
// bytes that are not UTF-8, drawn from a fixed seed.
func spaceSamples(n int) []string {
	parts := []string{"a", "Hà Nội", "đ", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u1680",
		"\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\xc2", "\xe2\x80",
		"\xe3", "\xff", "\x80", "<", "&amp;", "x", "Nẵng", "\u00c2", "\u2030", "\u3001", "\ufffd", "\xef\xbf"}
	r := rand.New(rand.NewPCG(14, 14))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}

func TestCollapseSpaceMatchesReference(t *testing.T) {
	for _, s := range spaceSamples(200000) {
		if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range spaceSamples(40) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpace(s), collapseSpaceRef(s); got != want {
			t.Fatalf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestRuneAtMatchesUTF8(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		s := string(r) + "x"
		if n, sp := runeAt(s, 0); n != utf8.RuneLen(r) && utf8.ValidRune(r) || sp != unicode.IsSpace(r) {
			t.Fatalf("runeAt(%U) = %d, %v", r, n, sp)
		}
	}
	var b [4]byte
	for x := range 1 << 24 { // every 3-byte prefix, then cut short
		b[0], b[1], b[2] = byte(x>>16), byte(x>>8), byte(x)
		if b[0] < 0x80 {
			continue
		}
		for l := 1; l <= 3; l++ {
			s := string(b[:l])
			r, want := utf8.DecodeRuneInString(s)
			if r == utf8.RuneError && want == 1 {
				want = 0
			}
			if n, _ := runeAt(s, 0); n != want {
				t.Fatalf("runeAt(%q) = %d, want %d", s, n, want)
			}
		}
	}
}

// collapseRunesRef is the rewriting half of collapseSpaceRef.
func collapseRunesRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestHasRuneErrorMatchesContainsRune(t *testing.T) {
	for _, s := range spaceSamples(100000) {
		if got, want := hasRuneError(s), strings.ContainsRune(s, utf8.RuneError); got != want {
			t.Fatalf("hasRuneError(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkCollapseSpace: collapseSpace over samples of which most need a
// rewrite (collapseSlow).
func BenchmarkCollapseSpace(b *testing.B) {
	samples := spaceSamples(1000)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		collapseSpace(samples[i%len(samples)])
	}
}
