package vntext

import (
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestMarked(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"bao", false},
		{"BAO", false},
		{"bão", true},
		{"BÃO", true},
		{"đa", true},
		{"Đa", true},
		{norm.NFD.String("hoà"), true},
		{"U23", false},
	} {
		if got := Marked(tt.word); got != tt.want {
			t.Errorf("Marked(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestSpellings(t *testing.T) {
	for _, tt := range []struct {
		word string
		has  []string // among the spellings
		not  []string // never among them
	}{
		{"bão", []string{"bão", "Bão", "BÃO"}, []string{"báo", "bảo", "bao", "Báo"}},
		{"BÃO", []string{"bão", "Bão", "BÃO"}, []string{"bao"}},
		{"hòa", []string{"hòa", "hoà", "Hoà", "HÒA", "HOÀ"}, []string{"hoa", "hóa"}},
		{"Hoá", []string{"hóa", "hoá", "Hóa"}, []string{"hoa", "hòa"}},
		{"thuỷ", []string{"thủy", "thuỷ", "Thủy"}, []string{"thuy"}},
		{norm.NFD.String("Việt"), []string{"việt", "Việt", "VIỆT"}, []string{"viet", "viết"}},
		{"đường", []string{"đường", "Đường", "ĐƯỜNG"}, []string{"duong", "dường"}},
		{"Đa", []string{"đa", "Đa", "ĐA"}, []string{"da"}},
	} {
		got := Spellings(tt.word)
		for _, s := range tt.has {
			if !slices.Contains(got, s) {
				t.Errorf("Spellings(%q) = %q: missing %q", tt.word, got, s)
			}
		}
		for _, s := range tt.not {
			if slices.Contains(got, s) {
				t.Errorf("Spellings(%q) = %q: holds %q", tt.word, got, s)
			}
		}
		for _, s := range got {
			if !norm.NFC.IsNormalString(s) || Fold(s) != Fold(tt.word) {
				t.Errorf("Spellings(%q): %q is not NFC or folds differently", tt.word, s)
			}
		}
		if len(got) > 9 {
			t.Errorf("Spellings(%q) = %d forms, want at most 9", tt.word, len(got))
		}
	}
}

// TestSpellingsEdges: nothing for an empty word (not U+FFFD, which
// utf8.DecodeRuneInString gives for ""); a word with two tone marks (not
// Vietnamese: one syllable has one) keeps both, never moving one tone and
// dropping the other ("été" gives no "éte").
func TestSpellingsEdges(t *testing.T) {
	if got := Spellings(""); len(got) != 0 {
		t.Errorf("Spellings(\"\") = %q, want none", got)
	}
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"été", []string{"été", "Été", "ÉTÉ"}},
		{"ở", []string{"ở", "Ở"}},
		{"Ở", []string{"ở", "Ở"}},
	} {
		if got := Spellings(tt.word); !slices.Equal(got, tt.want) {
			t.Errorf("Spellings(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
