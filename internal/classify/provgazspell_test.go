package classify

import (
	"slices"
	"testing"
)

// TestGazSpellings: a leading Đắk's other spellings and a joined name's
// split form are read, a spelling another unit bears is not, and other
// names have no variant.
func TestGazSpellings(t *testing.T) {
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Đak Nhau", []string{"Đak Nhau", "Đắk Nhau", "Đăk Nhau", "Đắc Nhau"}},
		{"Đắk Song", []string{"Đắk Song", "Đak Song", "Đắc Song"}}, // Đăk Song is Gia Lai's commune
		{"Avương", []string{"Avương", "A Vương"}},
		{"Tân Thành Bình", []string{"Tân Thành Bình"}},
		{"Đakrông", []string{"Đakrông"}},
	} {
		if got := gazSpellings(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("gazSpellings(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestGazSpellingsRead: a commune the table writes one way is read under
// the spelling papers use, with its former province. The sentences are
// written for the test; the wants with a former province fail on main
// dd60f3a.
func TestGazSpellingsRead(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a leading Đắk spelt otherwise", "Xét xử vụ án",
			"Hung thủ gây án ở xã Đắk Nhau, tỉnh Đồng Nai, bị tuyên tử hình.", "dong-nai binh-phuoc"},
		{"a joined name split", "Đón xuân nơi biên viễn",
			"Người dân xã A Vương (TP.Đà Nẵng) đón xuân trong bình yên.", "da-nang quang-nam"},
		{"the table's own spelling", "Đón xuân nơi biên viễn",
			"Người dân xã Avương (TP.Đà Nẵng) đón xuân trong bình yên.", "da-nang quang-nam"},
	}
	checkProvinces(t, c, cases, true)
}
