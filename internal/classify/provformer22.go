package classify

import "strings"

// shoreFormer maps a current province whose whole sea coast lies in the
// territory of one dissolved province to that province: Lâm Đồng's coast
// is former Bình Thuận's (Lâm Đồng and Đắk Nông had none), Gia Lai's
// former Bình Định's, Đắk Lắk's former Phú Yên's, Tây Ninh's former Long
// An's (Cần Giuộc), Hưng Yên's former Thái Bình's, Cần Thơ's former Sóc
// Trăng's (Cần Thơ and Hậu Giang had none), Đồng Tháp's former Tiền
// Giang's (Gò Công) and An Giang's former Kiên Giang's. Provinces whose
// coast lay in two units (TP.HCM, Vĩnh Long, Ninh Bình, Khánh Hòa, Quảng
// Trị, Đà Nẵng, Hải Phòng, Cà Mau) are not listed. Source: the units'
// geography as National Assembly Resolution 202/2025/QH15 merged them
// (vietnam.md §1) and the provinces' portals.
var shoreFormer = map[string]string{
	"lam-dong": "binh-thuan", "gia-lai": "binh-dinh", "dak-lak": "phu-yen", "tay-ninh": "long-an",
	"hung-yen": "thai-binh", "can-tho": "soc-trang", "dong-thap": "tien-giang", "an-giang": "kien-giang",
}

// borderFormer maps a current province whose whole land border with a
// neighbouring country lies in one dissolved province to that province:
// Tuyên Quang's border with China is former Hà Giang's, Quảng Ngãi's with
// Laos and Cambodia former Kon Tum's, Đồng Nai's with Cambodia former Bình
// Phước's, Lâm Đồng's former Đắk Nông's and Đà Nẵng's with Laos former
// Quảng Nam's. Provinces whose border lay in two units (Tây Ninh, An
// Giang, Quảng Trị) or in their own old territory (Lào Cai, Gia Lai, Đắk
// Lắk, Đồng Tháp) are not listed. Same source as shoreFormer.
var borderFormer = map[string]string{
	"tuyen-quang": "ha-giang", "quang-ngai": "kon-tum", "dong-nai": "binh-phuoc", "lam-dong": "dak-nong",
	"da-nang": "quang-nam",
}

// shoreWords end the phrases that, right before a province's name, name
// its coast: "biển Gia Lai", "bờ biển Đắk Lắk", "ven biển tỉnh Hưng Yên",
// "ngư dân Gia Lai", "tàu cá Lâm Đồng". borderWords name its land border:
// "xã biên giới Quảng Ngãi", "vùng biên Đà Nẵng", "trường nội trú biên
// giới ở Lâm Đồng". Each is a list of word keys, last word last.
var (
	shoreWords  = [][]string{{"biển"}, {"ngư", "dân"}, {"tàu", "cá"}, {"cảng", "cá"}}
	borderWords = [][]string{{"biên", "giới"}, {"vùng", "biên"}}
)

// shoreLinks may stand between the coast's or the border's words and the
// province's name: "ven biển ở Hưng Yên", "ven biển của tỉnh An Giang",
// "xã biên giới thuộc tỉnh Lâm Đồng".
var shoreLinks = []string{"ở", "của", "thuộc"}

// shoreRefusals are the words before "biển" that make it a number plate
// or a sign ("xe mang biển Lâm Đồng", "ô tô biển Gia Lai"), not the sea.
var shoreRefusals = map[string]bool{"mang": true, "xe": true, "tô": true, "gắn": true, "đeo": true, "có": true}

// formerByShore gives a kept mention of a province's own name the former
// province whose territory holds that province's coast or land border,
// when the words right before it name the coast or the border (shoreWords,
// borderWords; "tỉnh" and shoreLinks may stand between): vietnam.md's
// territory rule, the place being the former province's. A mention inside a range
// ("vùng biển Gia Lai - Khánh Hòa", "từ Gia Lai đến Cà Mau": a forecast's
// sea areas) is left alone. The coast or the border named elsewhere in
// the title or lead ("Gia Lai vận động ngư dân …", "biên phòng ở Quảng
// Ngãi … từ khu vực biên giới") is not read: the dev labels give such a
// border item no former province (BENCHMARKS.md, "Twenty-second session:
// i22former").
func formerByShore(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.legacy != "" || mt.rule == nil || mt.rule.Kind == kindPlace {
			continue
		}
		shore, border := shoreFormer[mt.province], borderFormer[mt.province]
		if shore == "" && border == "" || inRange(toks, mt.start, mt.end) {
			continue
		}
		k := wordBefore(toks, mt.start, "tỉnh")
		for _, w := range shoreLinks {
			k = wordBefore(toks, k, w)
		}
		switch {
		case shore != "" && adjacent(toks, k, shoreWords) && !plate(toks, k):
			mt.legacy = shore
		case border != "" && adjacent(toks, k, borderWords):
			mt.legacy = border
		}
	}
}

// wordBefore returns s-1 when the token before s, in the same field with
// only spaces between, is word (a key); s otherwise.
func wordBefore(toks []token, s int, word string) int {
	if s > 0 && joined(toks, s-1, s) && keyEqual(toks, s-1, word) {
		return s - 1
	}
	return s
}

// joined reports whether toks[a] and toks[b] (a < b, adjacent) lie in one
// field with nothing but spaces between.
func joined(toks []token, a, b int) bool {
	return toks[a].field == toks[b].field && strings.TrimSpace(toks[b].gap) == ""
}

// endsWith reports whether the words right before toks[s] are one of
// phrases, their words in one field with only spaces between.
func endsWith(toks []token, s int, phrases [][]string) bool {
	for _, p := range phrases {
		n := len(p)
		if s < n {
			continue
		}
		ok := true
		for j := 0; j < n && ok; j++ {
			k := s - n + j
			ok = keyEqual(toks, k, p[j]) && (j == 0 || joined(toks, k-1, k))
		}
		if ok {
			return true
		}
	}
	return false
}

// adjacent reports one of phrases right before toks[s], with only spaces
// between it and toks[s].
func adjacent(toks []token, s int, phrases [][]string) bool {
	return s > 0 && joined(toks, s-1, s) && endsWith(toks, s, phrases)
}

// plate reports "biển" right before toks[s] preceded by a word that makes
// it a number plate (shoreRefusals).
func plate(toks []token, s int) bool {
	b := s - 1
	return b > 0 && keyEqual(toks, b, "biển") && joined(toks, b-1, b) && shoreRefusals[keyOf(toks, b-1)]
}

// inRange reports a mention toks[s:end] that starts or ends a range: a
// dash or "đến"/"tới" right after it, or "từ" or a dash right before it.
func inRange(toks []token, s, end int) bool {
	if end < len(toks) && toks[end].field == toks[end-1].field {
		if strings.ContainsAny(toks[end].gap, "-–—") {
			return true
		}
		if keyEqual(toks, end, "đến") || keyEqual(toks, end, "tới") {
			return true
		}
	}
	if s > 0 && toks[s-1].field == toks[s].field {
		return strings.ContainsAny(toks[s].gap, "-–—") || keyEqual(toks, s-1, "từ")
	}
	return false
}

// formerLandmarks22 are places of a dissolved province that training-day
// items name without their commune, read as no place because a canal named
// after a district is refused as a place of the current province: the Chợ
// Gạo canal runs through former Chợ Gạo district (Tiền Giang), now in Đồng
// Tháp. Source: the gazetteer's former district and Tiền Giang's portal.
var formerLandmarks22 = []placeEntry{
	{"kênh Chợ Gạo", "tien-giang", kindPlace, 0},
}
