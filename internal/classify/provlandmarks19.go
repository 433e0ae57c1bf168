package classify

// landmarks19 are landmarks training-day items name alone, with no other
// word that places them (i12prov19, issue 9 recall; each checked on a map
// and every training-day item it changed read). Only the forms that name
// the one place: the Bạch Mã national park and its peak, not the Hà Nội
// temple of that name; the Ba Vì national park, not the Quảng Ngãi commune
// or the typhoon; the Cát Lái port and ferry, not the bridge to Đồng Nai;
// the Hàn river where something happens on or beside it, not "đội bóng
// sông Hàn" (Đà Nẵng's club) nor "bên bờ sông Hàn" (a player staying on).
var landmarks19 = []placeEntry{
	{"sông Gianh", "quang-binh", kindPlace, 0},
	{"Hòn Khoai", "ca-mau", kindPlace, 0},
	{"Tam Chúc", "ha-nam", kindPlace, 0},
	{"chùa Ba Vàng", "quang-ninh", kindPlace, 0},
	{"Vườn quốc gia Ba Vì", "ha-noi", kindPlace, 0},
	{"VQG Ba Vì", "ha-noi", kindPlace, 0},
	{"Vườn quốc gia Bạch Mã", "hue", kindPlace, 0},
	{"VQG Bạch Mã", "hue", kindPlace, 0},
	{"đỉnh Bạch Mã", "hue", kindPlace, 0},
	{"Trúc Lâm Bạch Mã", "hue", kindPlace, 0},
	{"cảng Cát Lái", "ho-chi-minh", kindPlace, 0},
	{"Tân Cảng Cát Lái", "ho-chi-minh", kindPlace, 0},
	{"phà Cát Lái", "ho-chi-minh", kindPlace, 0},
	{"ven sông Hàn", "da-nang", kindPlace, 0},
	{"trên sông Hàn", "da-nang", kindPlace, 0},
	{"xuống sông Hàn", "da-nang", kindPlace, 0},
	{"dọc sông Hàn", "da-nang", kindPlace, 0},
	{"cầu sông Hàn", "da-nang", kindPlace, 0},
	// A second pass over what was left: TP.HCM's zoo and cathedral (the
	// bare name: Hà Nội's is Nhà thờ Lớn), the Nhà Rồng wharf; two passes
	// that lie in one province (Khánh Lê on QL27C in Khánh Hòa, Đại Ninh on
	// QL28B in Lâm Đồng); the La Vang shrine (not the statue named after
	// it); SECC only as a venue ("tại SECC").
	{"Thảo Cầm Viên", "ho-chi-minh", kindPlace, 0},
	{"Nhà thờ Đức Bà", "ho-chi-minh", kindPlace, 0},
	{"Bến Nhà Rồng", "ho-chi-minh", kindPlace, 0},
	{"Nhà Rồng - Khánh Hội", "ho-chi-minh", kindPlace, 0},
	{"đèo Khánh Lê", "khanh-hoa", kindPlace, 0},
	{"đèo Đại Ninh", "lam-dong", kindPlace, 0},
	{"Trung tâm hành hương Đức Mẹ La Vang", "quang-tri", kindPlace, 0},
	{"SECC", "ho-chi-minh", kindPlace, flagNeedContext},
}
