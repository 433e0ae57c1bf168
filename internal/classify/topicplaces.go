package classify

import (
	"slices"
	"strings"
)

// A Vietnamese place may hold a country's name: "Chương Mỹ", "Mỹ Thủy",
// "Thủ Đức", "Nga Sơn" name communes and wards, not the United States,
// Germany or Russia. placeNegatives derives, from the gazetteer, the cue
// negatives that keep those names from the world topic's one-word nation
// cues. A name that pairs two country words is left out: "Mỹ Đức" is a
// commune and also "Mỹ - Đức", the two countries; so is "Thái Mỹ".
var placeNationWords = []string{"Mỹ", "Nga", "Pháp", "Đức"}

// pairedCountryWords are the one-word country names (and shorthands) that
// pair with a nation word in "Mỹ - Đức", "Thái - Mỹ".
var pairedCountryWords = []string{"Mỹ", "Nga", "Pháp", "Đức", "Anh", "Thái", "Nhật", "Hàn", "Lào", "Ý", "Úc", "Trung", "Việt"}

// placeNegatives returns the gazetteer's names of two words or more that
// hold exactly one of placeNationWords and no other country word, once
// each, in the file's order; listed names (the hand-written negatives) are
// skipped.
func placeNegatives(listed []string) []string {
	seen := map[string]bool{}
	for _, n := range listed {
		seen[strings.ReplaceAll(n, "|", " ")] = true
	}
	var out []string
	for _, line := range strings.Split(gazetteerTSV, "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 2 || seen[f[1]] {
			continue
		}
		words := strings.Fields(f[1])
		nation, paired := 0, 0
		for _, w := range words {
			if slices.Contains(placeNationWords, w) {
				nation++
			}
			if slices.Contains(pairedCountryWords, w) {
				paired++
			}
		}
		if len(words) >= 2 && nation == 1 && paired == 1 {
			seen[f[1]] = true
			out = append(out, f[1])
		}
	}
	return out
}
