package classify

import (
	"strings"
	"sync"

	"bantin/internal/vntext"
)

// unitsByName maps the key of every gazetteer name (a commune's, a ward's,
// a special zone's, a former district's) to the units bearing it, read from
// gazetteer.tsv.
var unitsByName = sync.OnceValue(func() map[string][]gazCand {
	out := map[string][]gazCand{}
	for _, line := range strings.Split(gazetteerTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue // gazetteerEntries reports malformed lines
		}
		k := vntext.Key(f[1])
		out[k] = appendCand(out[k], gazCand{province: f[2], legacy: f[3]})
	}
	return out
})

// provPrefixWords may stand between a place's name and its province's:
// "Nhân Cơ, tỉnh Lâm Đồng", "Trà Leng (thành phố Đà Nẵng)".
var provPrefixWords = map[string]bool{"tỉnh": true, "tp": true, "thành": true, "phố": true}

// streetWords before a name make it a street's, a bridge's or a junction's,
// often named after a place of the old map elsewhere in the city ("cầu Phú
// Mỹ, TP.HCM" spans the Saigon river, not phường Phú Mỹ formed from Bà Rịa -
// Vũng Tàu): no address.
var streetWords = map[string]bool{"cầu": true, "đường": true, "phố": true, "giao": true, "hầm": true,
	"xoay": true, "ga": true, "tuyến": true, "ngõ": true, "hẻm": true}

// placeNouns written with a capital before a unit's name make a landmark or
// a body of it ("Hồ Ba Bể", "UBND Tân Đông Hiệp", "Trường THPT Phú Mỹ"):
// the name after them is read when the whole run names no unit.
var placeNouns = map[string]bool{"hồ": true, "sông": true, "chợ": true, "đảo": true, "núi": true, "cảng": true,
	"làng": true, "vịnh": true, "biển": true, "đèo": true, "thác": true, "trường": true, "thpt": true, "thcs": true,
	"ubnd": true, "khu": true, "bến": true, "chùa": true, "đền": true, "đình": true, "tại": true, "ở": true}

// formerByAddress gives a current province's mention the former province
// its place lay in when the text writes a unit's bare name as the place's
// address right before the province: "chợ Nhân Cơ, Lâm Đồng", "đảo Nhơn
// Châu (Gia Lai)", "Hồ Ba Bể (tỉnh Thái Nguyên)". The name must be the whole
// capitalised run before the comma or parenthesis, and every unit of that
// name in the province must lie in one former province; a name a mention
// already reads (a former district, "xã …") is left to that mention.
func formerByAddress(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.legacy != "" || mt.rule == nil || mt.rule.Kind == kindPlace {
			continue
		}
		if l := addressLegacy(toks, ms, mt.start, mt.province); l != "" {
			mt.legacy = l
		}
	}
}

// addressLegacy returns the former province of the place named right before
// toks[at] (the start of a mention of province), or "".
func addressLegacy(toks []token, ms []mention, at int, province string) string {
	j := at
	for j > 0 && provPrefixWords[keyOf(toks, j-1)] && (strings.TrimSpace(toks[j].gap) == "" || toks[j].gap == ".") &&
		toks[j-1].field == toks[at].field {
		j--
	}
	if g := strings.TrimSpace(toks[j].gap); j == 0 || g != "(" && g != "," || toks[j-1].field != toks[j].field {
		return ""
	}
	end := j
	s := end
	for s > 0 && toks[s-1].upper && !toks[s-1].caps && toks[s-1].field == toks[end-1].field &&
		(s == end || strings.TrimSpace(toks[s].gap) == "") {
		s--
	}
	if s == end || covered(ms, s, end, province) {
		return ""
	}
	if s > 0 && strings.TrimSpace(toks[s].gap) == "" && toks[s-1].field == toks[s].field && streetWords[keyOf(toks, s-1)] {
		return ""
	}
	l := legacyOfName(toks, s, end, province)
	for ; l == "" && s+2 < end && placeNouns[keyOf(toks, s)]; s++ {
		l = legacyOfName(toks, s+1, end, province) // "Hồ Ba Bể (…)", "Tại Phú Mỹ, TP.HCM"
	}
	return l
}

// legacyOfName returns the one former province of the units named
// toks[s:end] that lie in province, or "" when none or several.
func legacyOfName(toks []token, s, end int, province string) string {
	ks := make([]string, 0, end-s)
	for k := s; k < end; k++ {
		ks = append(ks, keyOf(toks, k))
	}
	leg := ""
	for _, c := range unitsByName()[strings.Join(ks, " ")] {
		if c.province != province {
			continue
		}
		if c.legacy == "" || leg != "" && leg != c.legacy {
			return ""
		}
		leg = c.legacy
	}
	return leg
}

// covered reports whether a mention spans a token of [s, end), kept or
// refused; one of the address's own province refused as a named thing's
// ("Hồ Ba Bể") does not count: the address puts the place there.
func covered(ms []mention, s, end int, province string) bool {
	for i := range ms {
		if ms[i].start < end && ms[i].end > s && (ms[i].dropped == "" || ms[i].province != province) {
			return true
		}
	}
	return false
}

// landNouns before a unit's bare name make it a place of that unit: a
// river, a sea dike, a market, a port named after the commune it lies in
// ("sông Vu Gia", "đê biển Gành Hào", "chợ Nhân Cơ"), or "tại/ở" a unit.
var landNouns = map[string]bool{"sông": true, "biển": true, "chợ": true, "kênh": true, "hồ": true, "cảng": true,
	"núi": true, "sóc": true, "đảo": true, "đầm": true, "vịnh": true, "làng": true, "bãi": true, "rừng": true,
	"thác": true, "tại": true, "ở": true}

// landFold reports a folded form of a landNouns word: a cheap test before
// the key (TestLandFolds checks the two lists agree).
func landFold(f string) bool {
	switch f {
	case "song", "bien", "cho", "kenh", "ho", "cang", "nui", "soc", "dao", "dam", "vinh", "lang", "bai",
		"rung", "thac", "tai", "o":
		return true
	}
	return false
}

// formerByPlaceNoun gives a current province's mention the former province
// of a unit the text names bare after a land noun ("sông Vu Gia" in an item
// on Đà Nẵng lies in former Quảng Nam), when the item names that province
// and every unit of the name in it lies in one former province. The name
// must be the whole capitalised run and no mention may read it.
func formerByPlaceNoun(toks []token, ms []mention) {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i+1].upper || toks[i].upper || toks[i+1].caps || toks[i+1].field != toks[i].field ||
			!landFold(toks[i].fold) || strings.TrimSpace(toks[i+1].gap) != "" || !landNouns[keyOf(toks, i)] {
			continue
		}
		end := i + 2
		for end < len(toks) && toks[end].upper && toks[end].field == toks[i].field && strings.TrimSpace(toks[end].gap) == "" {
			end++
		}
		if end-i-1 < 2 || covered(ms, i+1, end, "") {
			continue
		}
		for k := range ms {
			mt := &ms[k]
			if mt.dropped != "" || mt.legacy != "" || mt.rule == nil || mt.rule.Kind == kindPlace {
				continue
			}
			if l := legacyOfName(toks, i+1, end, mt.province); l != "" {
				mt.legacy = l
			}
		}
	}
}
