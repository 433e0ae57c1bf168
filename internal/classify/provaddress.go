package classify

import (
	"slices"
	"strings"

	"bantin/internal/model"
)

// Parentheses after a place (issue 9, real news): a reader's signature
// names where the reader lives, not where the story is; an address names
// where the story is.

// signature reports a place closing a parenthesis that holds a list: a
// reader's or quoted person's name, age and home, "(Thanh Huyền, Bắc
// Ninh)", "(Anh Quốc, 38 tuổi, TP HCM)", "(35 tuổi, trú xã Tri Phú, tỉnh
// Tuyên Quang)". A list with an administrative or address word and no age
// is an address, not one: "(P.Phú Lãm, Q.Hà Đông cũ, Hà Nội)", "(số 5 Trần
// Thánh Tông, Hà Nội)" say where the story is.
func signature(toks []token, sp span) bool {
	if sp.end < len(toks) && !toks[sp.end].first && !strings.HasPrefix(strings.TrimSpace(toks[sp.end].gap), ")") {
		return false
	}
	comma, address, age := false, false, false
	for j := sp.start; j > 0 && j > sp.start-12; j-- {
		g := toks[j].gap
		if strings.Contains(g, ")") || toks[j].first {
			return false
		}
		if comma { // an earlier item of the list: "tỉnh" in "(Minh Tuấn, tỉnh Ninh Bình)" is the place's own
			address = address || addressWord(toks, j) || strings.ContainsAny(g, ",(") && landmarkItem(toks, j)
			age = age || toks[j].fold == "tuoi"
		} else if j < sp.start && publicBody(toks, j) {
			return false // "(Phòng Cảnh sát PCCC, Công an tỉnh Lâm Đồng)": a body of the province, no reader
		}
		comma = comma || strings.Contains(g, ",")
		if strings.Contains(g, "(") {
			return comma && (!address || age)
		}
	}
	return false
}

// landmarkItem reports an item of a parenthesised list that opens with a
// landmark's or a school's word and its name, not a person's: "(Hội quán
// Nghĩa An, TP.HCM)", "(Chợ Lớn, TP.HCM)", "(Trường THCS Hoằng Châu, Thanh
// Hóa)". "(Trường, 33 tuổi, Hà Nội)" names a reader.
func landmarkItem(toks []token, j int) bool {
	if j+1 >= len(toks) || !joinable(toks, j+1) {
		return false
	}
	next := toks[j+1]
	switch keyOf(toks, j) {
	case "hội", "nhà", "bảo", "công", "bệnh", "sân", "khu":
		return isLandmarkPair(keyOf(toks, j) + " " + keyOf(toks, j+1))
	case "chợ", "tòa", "bến", "bãi", "chùa", "cảng", "núi", "đảo":
		return next.upper
	case "trường":
		switch next.text {
		case "THPT", "THCS", "ĐH", "Tiểu", "Mầm", "Đại", "Cao", "Trung":
			return true
		}
	}
	return false
}

// isLandmarkPair reports the two-word generics of landmarkItem.
func isLandmarkPair(k string) bool {
	switch k {
	case "hội quán", "nhà thờ", "bảo tàng", "công viên", "bệnh viện", "sân bay", "khu du":
		return true
	}
	return false
}

// publicBody reports the police or the people's committee written at
// toks[j]: "Công an", "UBND".
func publicBody(toks []token, j int) bool {
	return toks[j].text == "UBND" || j > 0 && toks[j-1].text == "Công" && toks[j].fold == "an" && keyEqual(toks, j, "an")
}

// addressWords name a unit, a street or a number in an address, or say
// what a unit belongs to: "xã", "thuộc", "cũ" (keys, as vntext.Key gives).
var addressWords = map[string]bool{"xã": true, "phường": true, "quận": true, "huyện": true, "tỉnh": true,
	"thành": true, "thị": true, "khu": true, "thôn": true, "ấp": true, "đường": true, "phố": true,
	"số": true, "thuộc": true, "nay": true, "cũ": true, "đặc": true, "địa": true}

// addressWord reports that toks[i] is one of addressWords written in lower
// case (a name's syllable is capitalised: "Thành", "Phố"), or an
// administrative abbreviation: "TP", "KCN", "TX", and "P."/"Q."/"H." before
// a name.
func addressWord(toks []token, i int) bool {
	t := toks[i]
	switch t.text {
	case "TP", "KCN", "TX":
		return true
	case "P", "Q", "H":
		return i+1 < len(toks) && strings.HasPrefix(toks[i+1].gap, ".")
	}
	return !t.upper && addressWords[keyOf(toks, i)]
}

// delegation reports a place alone in parentheses after "đoàn", with
// "ĐBQH" or "đại biểu Quốc hội" and "tỉnh" or "TP" between them: a National
// Assembly deputy's delegation, "đại biểu Trần A (đoàn TP.HCM)", says whom
// the deputy represents, not where the story is.
func delegation(toks []token, sp span) bool {
	if sp.end < len(toks) && !toks[sp.end].first && !strings.HasPrefix(strings.TrimSpace(toks[sp.end].gap), ")") {
		return false
	}
	for j := sp.start - 1; j >= 0 && j >= sp.start-6; j-- {
		if toks[j+1].first || !joinable(toks, j+1) {
			return false
		}
		if toks[j].fold == "doan" && keyEqual(toks, j, "đoàn") {
			return strings.HasSuffix(strings.TrimSpace(toks[j].gap), "(") && !toks[j].first
		}
		switch toks[j].fold {
		case "dbqh", "dai", "bieu", "quoc", "hoi", "tinh", "tp", "thanh", "pho":
		default:
			return false
		}
	}
	return false
}

// givenBefore reports a common given name, capitalised, right before
// toks[i]: "Phương Vinh", "Thu Huế" name people.
func (m *provMatcher) givenBefore(toks []token, i int) bool {
	return i > 0 && joinable(toks, i) && !strings.ContainsAny(toks[i].gap, "-–—.") &&
		toks[i-1].upper && m.given[keyOf(toks, i-1)]
}

// residenceVerbs say where a person lives or comes from (keys).
var residenceVerbs = map[string]bool{"ngụ": true, "trú": true, "ở": true, "sống": true}

// residence returns the verb ("ngụ", "trú", "ở", "sống") of a person's home
// in the parenthesis that holds the place together with an age: "Nguyễn
// Văn A (48 tuổi, ngụ xã X, tỉnh Y)", "(sinh năm 2005, trú tại Tây Ninh)".
// Such a home says where the person lives, which is where the story is
// unless it names another place (keptPlaces). A reader's signature opens
// with a name, "(Thanh Vy, 32 tuổi, ở TP.HCM)", or has no such verb, "(Nam,
// 33 tuổi, Hà Nội)": "". A home town, "(52 tuổi, quê Nghệ An)", is not
// where the person lives: "".
func residence(toks []token, sp span) string {
	verb, age := "", false
	for j := sp.start - 1; j >= 0 && j > sp.start-16; j-- {
		t := toks[j]
		if strings.Contains(t.gap, ")") || t.first {
			return ""
		}
		switch {
		case !t.upper && residenceVerbs[keyOf(toks, j)]:
			verb = t.text
		case t.fold == "tuoi" || t.fold == "nam" && j > 0 && toks[j-1].fold == "sinh":
			age = true
		}
		if strings.Contains(t.gap, "(") {
			if t.upper && t.fold != "sinh" {
				return "" // "(Thanh Vy, …": a signature opens with a name
			}
			break
		}
	}
	if !age {
		return ""
	}
	return verb
}

// streetCities are the cities whose name after "đường"/"phố" is the city's
// streets, not a street named after it: no street of note is called Hà
// Nội, Sài Gòn or TP.HCM, while "đường Hải Phòng" (Đà Nẵng) and "phố Huế"
// (Hà Nội) are streets.
var streetCities = map[string]bool{"ha-noi": true, "ho-chi-minh": true}

// streetsBefore are the words before "đường"/"phố" that make it the city's
// streets in general: "trên phố Hà Nội", "các con đường Sài Gòn".
var streetsBefore = map[string]bool{"trên": true, "con": true, "các": true, "những": true, "khắp": true, "xuống": true}

// cityStreets reports "đường"/"phố" at toks[c], after one of streetsBefore,
// before the name of one of streetCities (not "Hồ Chí Minh", which after
// "đường" is the trans-Vietnam road): "Ô tô tông loạt xe máy trên phố Hà
// Nội", "rước tượng Phật trên đường TP HCM".
func cityStreets(toks []token, c int, r *placeRule) bool {
	if c < 1 || !streetCities[r.province] || r.Kind == kindPlace || toks[c+1].fold == "ho" {
		return false
	}
	w := keyOf(toks, c)
	return (w == "đường" || w == "phố") && !toks[c].upper && streetsBefore[keyOf(toks, c-1)]
}

// otherProvinceUnits refuses a gazetteer unit that the same address places
// in a province none of its units lies in: the next mention, after a comma
// or a parenthesis and at most an administrative word, is that province.
// The address names a unit the tables do not list, an older one or a
// namesake: "(486 Lê Văn Lương, P.Tân Phong, TP.HCM)" is a ward of TP.HCM
// before 2025, not Lai Châu's Tân Phong; "xã Bảo Lâm (Lâm Đồng)" is not Cao
// Bằng's commune.
func otherProvinceUnits(toks []token, ms []mention) {
	for i := 0; i+1 < len(ms); i++ {
		unit, prov := &ms[i], &ms[i+1]
		if unit.dropped != "" || prov.dropped != "" || len(unit.rule.Cands) == 0 || prov.rule.Kind != kindName && prov.rule.Kind != kindAlias ||
			!sameAddress(toks, unit.end, prov.start) {
			continue
		}
		if !slices.ContainsFunc(unit.rule.Cands, func(c gazCand) bool { return c.province == prov.province }) {
			unit.dropped = "a unit the address places in " + prov.text + ", where no unit of that name lies"
		}
	}
}

// sameAddress reports that toks[end:next] continue an address after a unit
// ending before toks[end]: a comma or an opening parenthesis, then at most
// administrative words ("tỉnh", "TP") before the province at toks[next].
func sameAddress(toks []token, end, next int) bool {
	if end >= len(toks) || next < end || next-end > 2 || toks[end].first || !strings.ContainsAny(toks[end].gap, ",(") {
		return false
	}
	for j := end; j < next; j++ {
		if !addressWord(toks, j) {
			return false
		}
	}
	return true
}

// abroadNamesakes refuses, in a story whose primary topic is world news, a
// former district's bare name (no administrative word, a name the tables
// flag as ambiguous): there it is a place abroad or at sea that shares it,
// "kênh đào Bình Lục" (China's Pinglu canal), "Lạc Dương, tỉnh Hồ Nam"
// (Luoyang), "đá Hoài Ân" (a reef of the Spratlys). Province names, units
// with their administrative word and unambiguous names (Phú Quốc) still
// count.
func abroadNamesakes(ms []mention, topics []model.TopicTag) {
	if len(topics) == 0 || topics[0].Topic != "the-gioi" {
		return
	}
	for i := range ms {
		if mt := &ms[i]; mt.dropped == "" && mt.rule.Admin == 0 && len(mt.rule.Cands) > 0 && mt.rule.Flags&flagAmbiguous != 0 {
			mt.dropped = "a former district's name in world news: a namesake abroad"
		}
	}
}

// formerWards refuses a commune or a ward that an address says a place
// belonged to before the 2025 reorganisation ("P.An Khánh (trước đây
// thuộc P.An Phú, TP.Thủ Đức)"): the old unit is gone, and its name may
// now be a unit of another province or a ward formed elsewhere. The former
// district or city of the same clause still counts.
func formerWards(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		shared := len(mt.wardOf) > 0 // refused for now, kept if the text names one of its provinces
		if (mt.dropped == "" || shared) && mt.rule.Admin > 0 && len(mt.rule.Cands) > 0 && wardWord(toks[mt.start]) &&
			formerlyBefore(toks, mt.start) {
			mt.dropped, mt.wardOf = "a ward or commune before 2025 (trước đây thuộc …)", nil
		}
	}
}

// wardWord reports the administrative word of a commune or a ward.
func wardWord(t token) bool {
	switch t.fold {
	case "xa", "phuong", "p":
		return true
	}
	return false
}

// formerlyBefore reports "trước đây thuộc", "trước thuộc" or "trước đây là"
// within the eight words before toks[i], in the same clause (no sentence
// end or closing parenthesis between).
func formerlyBefore(toks []token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		if toks[j+1].first || strings.ContainsAny(toks[j+1].gap, ").;:") {
			return false
		}
		if (toks[j].fold == "thuoc" || toks[j].fold == "la") && (toks[j-1].fold == "truoc" ||
			j >= 2 && toks[j-1].fold == "day" && toks[j-2].fold == "truoc") {
			return true
		}
	}
	return false
}
