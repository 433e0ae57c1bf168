package classify

// Places and traps added by i9prov12 (issue 9, real news), kept apart from
// the older lists (provlandmarks.go, provrules.go) so that each file stays
// small; placeEntries reads them with the others.

// moreLandmarks are landmarks and bare names of units that place a story
// (see gazetteer in provlandmarks.go for the format).
var moreLandmarks = []placeEntry{
	// Landmarks named alone in a recall sample of training-day items
	// (i9prov12, seed 1203), each checked on a map: the Thổ Chu island
	// and its airport (the special zone's other spelling), the exhibition
	// centre at Đông Anh (only as a venue, "tại …": the centre's own deals
	// are a firm's news), TP.HCM's wholesale market, Thanh Hóa's Chuộng
	// market and Phủ Na temple, the Phi Lai pagoda (former Hà Nam), two
	// passes (Vi Ô Lắc in former Kon Tum, Bắc Sum in Lạng Sơn) and Hoàng
	// Trù, the president's birthplace.
	{"Thổ Chu", "kien-giang", kindPlace, 0},
	{"Trung tâm Triển lãm Việt Nam", "ha-noi", kindPlace, flagNeedContext},
	{"chợ Bình Điền", "ho-chi-minh", kindPlace, 0},
	{"chợ Chuộng", "thanh-hoa", kindPlace, 0},
	{"đền Phủ Na", "thanh-hoa", kindPlace, 0},
	{"chùa Địa Tạng Phi Lai", "ha-nam", kindPlace, 0},
	{"đèo Vi Ô Lắc", "kon-tum", kindPlace, 0},
	{"đèo Bắc Sum", "lang-son", kindPlace, 0},
	{"Hoàng Trù", "nghe-an", kindPlace, 0},
	// Communes and a quarter the news names bare, each the only unit of
	// its name (i9prov12, from untagged training-day items naming them
	// after "ở"/"tại"): Lai Châu's Mường Than (the July 2026 flash flood),
	// Quảng Trị's Khe Sanh, Lào Cai's Y Tý, TP.HCM's Chợ Lớn, Hà Nội's
	// Temple of Literature; Sa Huỳnh only as a place ("ở Sa Huỳnh"): it is
	// also a singer's name.
	{"Mường Than", "lai-chau", kindPlace, 0},
	{"Khe Sanh", "quang-tri", kindPlace, 0},
	{"Y Tý", "lao-cai", kindPlace, 0},
	{"Chợ Lớn", "ho-chi-minh", kindPlace, 0},
	{"Văn Miếu - Quốc Tử Giám", "ha-noi", kindPlace, 0},
	{"Văn Miếu Quốc Tử Giám", "ha-noi", kindPlace, 0},
	{"Sa Huỳnh", "quang-ngai", kindPlace, flagNeedContext},
	// The Đông Hồ print village of Bắc Ninh by its craft's name, and the
	// craft itself, whose UNESCO listing is the village's news (a dev label;
	// i10prov15: "tranh Đông Hồ" alone is a print style, moreNegatives).
	{"làng tranh Đông Hồ", "bac-ninh", kindPlace, 0},
	{"nghề làm tranh Đông Hồ", "bac-ninh", kindPlace, 0},
	{"nghề tranh Đông Hồ", "bac-ninh", kindPlace, 0},
	{"nghề làm tranh dân gian Đông Hồ", "bac-ninh", kindPlace, 0},
	{"nghề tranh dân gian Đông Hồ", "bac-ninh", kindPlace, 0},
}

// moreNegatives are phrases that look like places but are not (see
// negatives in provrules.go).
var moreNegatives = []string{
	// The province of Chợ Lớn (1900–1956, now TP.HCM and Long An), not
	// TP.HCM's Chợ Lớn quarter (a landmark).
	"tỉnh Chợ Lớn", "Tỉnh ủy Chợ Lớn",
	// A dairy's premium brand and the dairy named after its plateau (the
	// labels' convention on firms): a launch in Hà Nội, a certificate, a
	// pop-up in TP.HCM are not Sơn La's news (i9prov12; "tại Mộc Châu",
	// "cao nguyên Mộc Châu" still are).
	"Mộc Châu Creamery", "Giống bò sữa Mộc Châu", "Mộc Châu Milk",
	// A university named after Hà Nội that stands in Phúc Yên (Phú Thọ,
	// formerly Vĩnh Phúc): its own news, two training-day items (i9prov12),
	// is not Hà Nội's. ("Sư phạm Hà Nội" alone is in Hà Nội.)
	"Sư phạm Hà Nội 2", "ĐHSP Hà Nội 2", "SP Hà Nội 2",
	// A folk print style, made, shown and copied far from its village: a
	// foreign artist's horse "mang hơi thở tranh Đông Hồ", prints re-enacted
	// by a circus (i10prov15: the two training-day items it names without
	// the village). "làng tranh Đông Hồ" and "làng Đông Hồ" still are Bắc
	// Ninh's.
	"tranh Đông Hồ",
}
