package classify

// eastFormer maps a current province whose eastern part is, as the papers
// write it since the merger, exactly one dissolved province to that
// province: "phía đông Gia Lai" is former Bình Định (the coast from Hoài
// Nhơn to Quy Nhơn; old Gia Lai is the highland west), "phía đông Đắk
// Lắk" former Phú Yên (the coast from Sông Cầu to Đông Hòa; old Đắk Lắk
// is the west). Other merged provinces' quarters are not listed: their
// halves straddle (the west of Quảng Ngãi holds old Quảng Ngãi's
// mountains and Kon Tum, the south of Khánh Hòa Cam Ranh and Ninh Thuận,
// the south of Đà Nẵng old Đà Nẵng's wards and Quảng Nam). Source: the
// units' geography as National Assembly Resolution 202/2025/QH15 merged
// them (vietnam.md §1); training-day items write "phía đông Đắk Lắk (Phú
// Yên cũ)" and "phía đông Gia Lai (địa bàn tỉnh Bình Định cũ)".
var eastFormer = map[string]string{"gia-lai": "binh-dinh", "dak-lak": "phu-yen"}

// eastRefusals are the words before "đông" that make it no compass point:
// "mùa đông Gia Lai" (winter), "rạng đông" (dawn), "đám đông" (a crowd),
// "trời đông" (winter sky).
var eastRefusals = map[string]bool{"mùa": true, "rạng": true, "đám": true, "trời": true}

// formerByEast gives a kept mention of a province in eastFormer the
// former province its east was, when "đông" stands right before it
// ("tỉnh" may stand between): "phía đông Đắk Lắk", "vùng đông Đắk Lắk",
// "ở đông Gia Lai", "khu vực phía đông tỉnh Gia Lai" — vietnam.md's
// territory rule, the place named being inside the former province. Not
// when the word before "đông" makes it another word (eastRefusals).
func formerByEast(toks []token, ms []mention) {
	for i := range ms {
		mt := &ms[i]
		if mt.dropped != "" || mt.legacy != "" || mt.rule == nil || mt.rule.Kind == kindPlace {
			continue
		}
		east := eastFormer[mt.province]
		if east == "" {
			continue
		}
		k := wordBefore(toks, mt.start, "tỉnh")
		d := wordBefore(toks, k, "đông")
		if d == k || d > 0 && joined(toks, d-1, d) && eastRefusals[keyOf(toks, d-1)] {
			continue
		}
		mt.legacy = east
	}
}

// The Lê Trực upper secondary school, in xã Tuyên Hóa (former Tuyên Hóa
// district, Quảng Bình), is an entry of schools (provschools.go): a
// dozen training-day items of its 2026 exam-cheating case name it with
// "Quảng Trị" only (two give its commune; gazetteer: xã Tuyên Hóa,
// quang-tri / quang-binh).
