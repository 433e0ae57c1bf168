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
}
