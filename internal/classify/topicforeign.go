package classify

import (
	"strings"
	"unicode"
)

// A Vietnamese office cue names a foreign office holder too: "Thủ tướng
// Nhật Bản", "Thủ tướng Takaichi", "cựu Thủ tướng Han Duck Soo" are world
// news, and the office's politics cue (chinh-tri, Vietnam's own politics)
// tags them wrongly. So an office of foreignOffices followed by a country
// of foreignCountries is a cue negative that consumes the office and keeps
// the country readable ("Thủ tướng|Nhật Bản": the world cue "Nhật Bản"
// still counts), and an office followed by a name written with no
// Vietnamese letter at all (foreignName: "Canada", "Hun Manet", "Robert
// Fico"; not a lone letter, as a cut lead leaves "Thủ tướng C...") adds
// nothing either. "Thủ tướng Phạm Minh Chính", "Thủ tướng Chính
// phủ" and the bare "Thủ tướng" still count (BENCHMARKS.md, "Eleventh
// session: i11topic5").
var foreignOffices = []string{"Thủ tướng", "Phó Thủ tướng"}

// foreignCountries are the countries whose Vietnamese names hold a
// Vietnamese letter (a name in plain letters is a foreignName already).
// "Anh" is not here: "Thủ tướng Anh" is a world cue of its own.
var foreignCountries = []string{
	"Nhật Bản", "Nhật", "Thái Lan", "Hàn Quốc", "Hàn", "Trung Quốc", "Ấn Độ", "Tây Ban Nha",
	"Bồ Đào Nha", "Đan Mạch", "Thụy Điển", "Thụy Sĩ", "Phần Lan", "Ba Lan", "Hà Lan", "Hy Lạp",
	"Bỉ", "Áo", "Séc", "Ý", "Úc", "Đức", "Pháp", "Nga", "Lào", "Triều Tiên",
	"Thổ Nhĩ Kỳ", "Ai Cập", "Mông Cổ", "Tân Tây Lan", "Xứ Wales", "Đài Loan",
}

// officeNegatives returns the negatives "office|country" of every office
// and country, without repeats.
func officeNegatives() []string {
	var out []string
	seen := map[string]bool{}
	for _, o := range foreignOffices {
		for _, c := range foreignCountries {
			n := o + "|" + c
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// foreignName reports whether toks[i] starts a name, joined to the word
// before it, whose capitalised words hold only plain Latin letters: no
// Vietnamese name is written so ("Phan Văn Khải" has "Văn"), while
// "Takaichi", "Hun Manet" and "Canada" are. A field written without
// accents or in capitals says nothing.
func foreignName(toks []token, i int) bool {
	if i >= len(toks) || !joinable(toks, i) || toks[i].ascii || toks[i].caps {
		return false
	}
	j := i
	for ; j < len(toks) && toks[j].field == toks[i].field && toks[j].upper && (j == i || joinable(toks, j)); j++ {
		if len(toks[j].text) < 2 || strings.ContainsFunc(toks[j].text, func(r rune) bool { return r > unicode.MaxASCII || unicode.IsDigit(r) }) {
			return false
		}
	}
	return j > i
}
