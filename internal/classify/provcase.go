package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// Capitalisation (reference §2): in mixed-case text a place is written
// capitalised; in ALL-CAPS text case carries no signal.

// caseOK applies the capitalisation requirement of ambiguous entries in
// mixed-case text; ALL-CAPS text is judged by context instead.
func (m *provMatcher) caseOK(toks []token, sp span) bool {
	r := &m.rules[sp.p.rule]
	if toks[sp.start].caps {
		return true
	}
	if r.Admin > 0 { // "xã Chợ Đồn": the name capitalised, the word as it comes
		for i := sp.start + r.Admin; i < sp.end; i++ {
			if !capitalised(toks[i]) {
				return false
			}
		}
		return true
	}
	if r.Flags&(flagAmbiguous|flagCapFirst) == 0 {
		return r.Kind == kindNegative || capsAsWritten(toks, sp, r.upper)
	}
	if r.Flags&flagCapFirst != 0 {
		return toks[sp.start].upper
	}
	for i := sp.start; i < sp.end; i++ {
		if !capitalised(toks[i]) {
			return false
		}
	}
	return true
}

// capitalised reports whether a word of a unit's name is written as names
// are: capitalised, or a number ("xã Bảo Lâm 4", "Quận 1" of TP.HCM), or
// the syllable after an apostrophe in a name of the Central Highlands,
// which papers write either way ("Ea H'leo", "Ea H'Leo", "đèo D’ran").
func capitalised(t token) bool {
	return t.upper || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9' || t.gap == "'" || t.gap == "’"
}

// upperMask returns bit k set when syllable k of text is capitalised.
func upperMask(text string) uint64 {
	var m uint64
	for k, t := range vntext.Tokens(vntext.Normalize(text)) {
		if r, _ := utf8.DecodeRuneInString(t); k < 64 && unicode.IsUpper(r) {
			m |= 1 << k
		}
	}
	return m
}

// capsAsWritten reports, for mixed-case accented text, that a place's words are
// capitalised as the table writes them: every capitalised syllable after
// the first ("Mỹ đình chỉ" is not Mỹ Đình), and the first unless another
// syllable is ("chùa Hương", "thành cổ Quảng Trị" keep their place;
// "công nghệ an ninh", "cao bằng đường biển", "cơ hội an cư" name none).
func capsAsWritten(toks []token, sp span, upper uint64) bool {
	if toks[sp.start].ascii {
		return true // unaccented text: matched folded, its case says little
	}
	later := false
	for k := 1; k < sp.end-sp.start && k < 64; k++ {
		up := toks[sp.start+k].upper
		if upper&(1<<k) != 0 && !up {
			return false
		}
		later = later || up
	}
	return upper&1 == 0 || toks[sp.start].upper || later && !compoundStart(toks, sp.start) && !functionWords[toks[sp.start].fold]
}

// functionWords are common words, folded, that a place's first syllable
// written in capitals may be in prose before a capitalised name: "vận
// chuyển từ Sơn La" holds no Từ Sơn, "bộ ba Đình Bắc, Xuân Son" no Ba Đình.
var functionWords = map[string]bool{"tu": true, "ba": true, "hai": true, "bon": true, "nam": true, "va": true,
	"voi": true, "o": true, "tai": true, "cho": true, "cua": true, "la": true, "co": true, "ong": true, "anh": true,
	"chi": true, "em": true}

// compoundStart reports a lower-case syllable that ends a capitalised word
// before it and is no landmark's generic word: "Quảng trường Sa Đéc" (a
// square) holds no "trường Sa", "Hiệp hội An ninh" no "hội An"; "Hội Xuân
// núi Bà Đen" still holds the mountain.
func compoundStart(toks []token, i int) bool {
	return i > 0 && toks[i-1].upper && joinable(toks, i) && !landmarkWords[toks[i].fold] && !addressWord(toks, i-1)
}

// landmarkWords are the generic words prose writes in lower case before a
// landmark's name ("núi Bà Đen", "chùa Hương", "hồ Gươm"), folded.
var landmarkWords = map[string]bool{"nui": true, "chua": true, "ho": true, "dao": true, "cau": true, "bai": true,
	"vinh": true, "deo": true, "song": true, "thac": true, "dong": true, "hang": true, "den": true, "cho": true,
	"pho": true, "thanh": true, "lang": true, "cua": true, "mui": true, "suoi": true, "rung": true, "ben": true}

// dashMask returns bit k set when a dash stands between syllables k-1 and
// k of text ("Phong Nha - Kẻ Bàng": bit 2).
func dashMask(text string) uint64 {
	var m uint64
	rest := vntext.Normalize(text)
	for k, t := range vntext.Tokens(rest) {
		i := strings.Index(rest, t)
		if k > 0 && k < 64 && strings.ContainsAny(rest[:i], "-–—") {
			m |= 1 << k
		}
		rest = rest[i+len(t):]
	}
	return m
}

// dashesOK reports that a dash inside the span stands only where the
// place's name has one: "cao tốc Vân Phong - Nha Trang" joins two places
// and names no "Phong Nha", which the dash would otherwise let match.
func dashesOK(toks []token, sp span, dashes uint64) bool {
	for k := 1; k < sp.end-sp.start && k < 64; k++ {
		if dashes&(1<<k) == 0 && strings.ContainsAny(toks[sp.start+k].gap, "-–—") {
			return false
		}
	}
	return true
}
