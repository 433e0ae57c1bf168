package classify

import (
	"strings"

	"bantin/internal/vntext"
)

// dakSpellings are the ways papers write the Ede and M'Nông word "Đắk"
// (water) opening a place's name; the conversion table behind the
// gazetteer writes one of them per unit ("Đak Nhau", "Đăk Cấm", "Đắc
// Pring"), papers often another ("xã Đắk Nhau", "xã Đắk Cấm").
var dakSpellings = []string{"Đắk", "Đăk", "Đak", "Đắc"}

// joinedNames are names the table writes as one word that papers write
// as two: "Avương" is "xã A Vương" in the news.
var joinedNames = map[string]string{"Avương": "A Vương"}

// gazSpellings returns a gazetteer unit's name followed by the other
// spellings its kind-word phrase ("xã Đắk Nhau") is read under: the other
// forms of a leading Đắk, and the split form of a joined name. A spelling
// that is itself another unit's name in the gazetteer is left out, so that
// a variant never joins the phrase of a unit that bears it ("Đăk Song",
// Gia Lai's commune, is no spelling of Lâm Đồng's Đắk Song). Two units
// whose names differ only in their Đắk share their other spellings' phrases
// ("xã Đak Song" stands for both), which the text or the source must then
// tell apart, as for any name two units share.
func gazSpellings(name string) []string {
	out := []string{name}
	var alts []string
	if first, rest, ok := strings.Cut(name, " "); ok {
		for _, d := range dakSpellings {
			if first != d && isDak(first) {
				alts = append(alts, d+" "+rest)
			}
		}
	}
	if j, ok := joinedNames[name]; ok {
		alts = append(alts, j)
	}
	for _, a := range alts {
		if _, taken := unitsByName()[vntext.Key(a)]; !taken {
			out = append(out, a)
		}
	}
	return out
}

// isDak reports whether a syllable is one of dakSpellings.
func isDak(s string) bool {
	for _, d := range dakSpellings {
		if s == d {
			return true
		}
	}
	return false
}
