package vntext

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	nfd := norm.NFD.String("Thái Nguyên")
	tests := []struct{ in, want string }{
		{"Thái Nguyên", "Thái Nguyên"},
		{nfd, "Thái Nguyên"},
		{"Ðắk Lắk ðẹp", "Đắk Lắk đẹp"},
		{"a\x00b\x07c\nd", "abc\nd"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldAndSlug(t *testing.T) {
	tests := []struct{ in, fold, slug string }{
		{"Thái Nguyên", "thai nguyen", "thai-nguyen"},
		{"THÁI NGUYÊN", "thai nguyen", "thai-nguyen"},
		{norm.NFD.String("Thái Nguyên"), "thai nguyen", "thai-nguyen"},
		{"Đắk Lắk", "dak lak", "dak-lak"},
		{"Ðắk Lắk", "dak lak", "dak-lak"},
		{"Thừa Thiên Huế", "thua thien hue", "thua-thien-hue"},
		{"  TP. Hồ Chí Minh!! ", "  tp. ho chi minh!! ", "tp-ho-chi-minh"},
		{"Bà Rịa – Vũng Tàu", "ba ria – vung tau", "ba-ria-vung-tau"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.fold {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.fold)
		}
		if got := Slug(tt.in); got != tt.slug {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.slug)
		}
	}
}

func TestKeyUnifiesTonePlacement(t *testing.T) {
	pairs := [][2]string{
		{"Thanh Hoá", "Thanh Hóa"},
		{"Khánh Hoà", "KHÁNH HÒA"},
		{"Uỷ ban", "Ủy ban"},
		{"thuỷ sản", "thủy sản"},
		{"hoè", "hòe"},
		{norm.NFD.String("Hoà Bình"), "Hòa Bình"},
	}
	for _, p := range pairs {
		if Key(p[0]) != Key(p[1]) {
			t.Errorf("Key(%q)=%q != Key(%q)=%q", p[0], Key(p[0]), p[1], Key(p[1]))
		}
	}
	distinct := [][2]string{{"diễn biến", "Điện Biên"}, {"Huế", "Huệ"}, {"hoàn", "hòan"}}
	for _, p := range distinct[:2] {
		if Key(p[0]) == Key(p[1]) {
			t.Errorf("Key(%q) == Key(%q), want different", p[0], p[1])
		}
	}
	// Closed syllables keep the tone on the last vowel whatever the input.
	if got := Key("hòan"); got != "hoàn" {
		t.Errorf("Key(hòan) = %q, want hoàn", got)
	}
	keep := []string{"quý", "giá", "người", "khuyến", "thuở", "chuyện", "mùa"}
	for _, w := range keep {
		if got := Key(w); got != w {
			t.Errorf("Key(%q) = %q, want unchanged", w, got)
		}
	}
}

func TestTokens(t *testing.T) {
	got := Tokens("(Thái Nguyên) – Tỉnh ủy, 10 nhóm; TP.HCM")
	want := []string{"Thái", "Nguyên", "Tỉnh", "ủy", "10", "nhóm", "TP", "HCM"}
	if !slices.Equal(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
	if got := Tokens(norm.NFD.String("Điện Biên")); len(got) != 2 {
		t.Errorf("NFD tokens = %q, want 2 tokens (marks are word runes)", got)
	}
}

func TestDecodeWindows1258(t *testing.T) {
	// "Việt" in windows-1258: V i \xea (ê) \xf2 (combining dot below) t
	raw := []byte("Vi\xea\xf2t")
	out, err := Decode(raw, "windows-1258")
	if err != nil {
		t.Fatal(err)
	}
	if got := Normalize(string(out)); got != "Việt" {
		t.Errorf("decoded %q, want Việt", got)
	}
	if _, err := Decode(raw, "klingon-8"); err == nil {
		t.Error("unknown charset: want error")
	}
}

func TestHasMojibake(t *testing.T) {
	for _, s := range []string{"Viá»‡t Nam", "Thá»i sá»±", "ThÃ¡i", "a\uFFFDb"} {
		if !HasMojibake(s) {
			t.Errorf("HasMojibake(%q) = false", s)
		}
	}
	for _, s := range []string{"Việt Nam", "Thái Nguyên", "Đắk Lắk", "Ấn Độ, Ý"} {
		if HasMojibake(s) {
			t.Errorf("HasMojibake(%q) = true", s)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp"
	for b.Loop() {
		Fold(s)
	}
}

// TestPlainNFCExhaustive checks the fast path of Normalize against the
// exact one for every character it accepts, alone, before every other such
// character and before every combining mark (which must send the text down
// the exact path).
func TestPlainNFCExhaustive(t *testing.T) {
	var plain []rune
	for r := rune(0); r < 0x2100; r++ {
		if s := string(r); isPlainNFC(s) {
			if normalizeExact(s) != s {
				t.Fatalf("U+%04X passes the fast path but is not normal", r)
			}
			plain = append(plain, r)
		}
	}
	if len(plain) < 900 {
		t.Fatalf("only %d characters take the fast path", len(plain))
	}
	for _, a := range plain {
		if a < 0x80 {
			continue // ASCII composes with nothing but combining marks
		}
		for _, b := range plain {
			if s := string([]rune{a, b}); !norm.NFC.IsNormalString(s) {
				t.Fatalf("%q passes the fast path but is not NFC", s)
			}
		}
		for m := rune(0x300); m < 0x370; m++ {
			if s := string([]rune{a, m}); isPlainNFC(s) {
				t.Fatalf("%q with a combining mark takes the fast path", s)
			}
		}
	}
}

// TestIsPlainRune checks IsPlainRune against the ranges isPlainNFC's
// comment names, over every rune and one past the last, and that a valid
// text is plain (isPlainNFC) exactly when each of its runes is.
func TestIsPlainRune(t *testing.T) {
	plain := func(r rune) bool {
		switch {
		case r < 0x80:
			return r >= 0x20 && r != 0x7f || r == '\t' || r == '\n' || r == '\r'
		case r >= 0xA0 && r <= 0x2FF:
			return r != 'Ð' && r != 'ð'
		}
		return r >= 0x1E00 && r <= 0x1EFF || r >= 0x2002 && r <= 0x205E
	}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got := IsPlainRune(r); got != plain(r) {
			t.Fatalf("IsPlainRune(U+%04X) = %v, want %v", r, got, plain(r))
		}
	}
	for _, s := range []string{"Điện Biên – “Hà Nội”…", "Ðắk", "Hoà\u0301", "a\x00b", "\xff", "\xe2\x80", "中国", "🙂", ""} {
		all := utf8.ValidString(s)
		for _, r := range s {
			all = all && IsPlainRune(r)
		}
		if all != isPlainNFC(s) {
			t.Errorf("%q: runes plain %v, isPlainNFC %v", s, all, isPlainNFC(s))
		}
	}
}

func FuzzNormalizeFastPath(f *testing.F) {
	for _, s := range []string{"Điện Biên", "Ðắk Lắk", "Thá»i", "Hoà\u0301", "a\x00b", "\u2000\u212b", "\xff", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeExact(s); got != want {
			t.Fatalf("Normalize(%q) = %q, exact path %q", s, got, want)
		}
		all := utf8.ValidString(s)
		for _, r := range s {
			all = all && IsPlainRune(r)
		}
		if all != isPlainNFC(s) {
			t.Fatalf("%q: runes plain %v, isPlainNFC %v", s, all, isPlainNFC(s))
		}
	})
}
