package classify

// formerLandmarks21 are sites, rivers, islets, border relics and industrial
// parks that lie in one dissolved province and that training-day items
// name without their commune or province, which bantin read as no place
// or only as the successor (i21former's check of every training-day item
// tagged with a successor and no former province against the gazetteer
// and a list of well-known places; the entry's slug is the former
// province, which gives its successor too). Each is a fact of the map:
// the Nhạn tower in Tuy Hòa, Cù Lao Mái Nhà in Sông Cầu, the Vũng Rô bay
// in Đông Hòa, Bãi Xép in Tuy An and Ghềnh Đá Đĩa (Gành Đá Đĩa's other
// spelling) in Tuy An (Phú Yên); the Hàm Luông, a branch of the Mekong
// that runs its whole course through Bến Tre; Ba Động's beach in Duyên
// Hải (Trà Vinh); the Thới Sơn islet in Mỹ Tho (Tiền Giang); the Tà Thiết
// relic site in Lộc Ninh and the Thác Mơ dam in Phước Long (Bình
// Phước); Tây Yên Tử, a commune and a sacred site of Sơn Động, and the
// Quang Châu industrial park in Việt Yên (Bắc Giang); the
// Bá Thiện industrial park in Bình Xuyên (Vĩnh Phúc); Đại Nam's theme
// park in Thủ Dầu Một (Bình Dương); Hang Rái in Ninh Hải (Ninh Thuận);
// Cồn Vành in Tiền Hải (Thái Bình); Phủ Dầy in Vụ Bản (Nam Định); Suối
// Giàng in Văn Chấn (Yên Bái); the Quang Trung museum in Tây Sơn (Bình
// Định). Source: the provinces' own descriptions of these sites and the
// gazetteer's units (Tây Yên Tử, Thới Sơn: gazetteer.tsv).
//
// Read with their nouns: Ba Động alone is also a commune of Quảng Ngãi's
// Ba Tơ; Đại Nam alone is a Hà Nội university's and a firm's name; Thới
// Sơn alone is also part of Xuân Thới Sơn (TP.HCM); Quang Châu and Bá
// Thiện alone are people's names. Already read elsewhere, so not here:
// "cù lao Thới Sơn" (landmarks25), "núi Bà Rá" (landmarks21), "Vườn quốc
// gia Núi Chúa" (provlandmarks.go).
var formerLandmarks21 = []placeEntry{
	{"Tháp Nhạn", "phu-yen", kindPlace, 0},
	{"Cù Lao Mái Nhà", "phu-yen", kindPlace, 0},
	{"Vũng Rô", "phu-yen", kindPlace, 0},
	{"Bãi Xép", "phu-yen", kindPlace, 0},
	{"Ghềnh Đá Đĩa", "phu-yen", kindPlace, 0},
	{"Hàm Luông", "ben-tre", kindPlace, 0},
	{"sông Hàm Luông", "ben-tre", kindPlace, 0},
	{"dòng Hàm Luông", "ben-tre", kindPlace, 0},
	{"biển Ba Động", "tra-vinh", kindPlace, 0},
	{"khu du lịch Ba Động", "tra-vinh", kindPlace, 0},
	{"cồn Thới Sơn", "tien-giang", kindPlace, 0},
	{"Tà Thiết", "binh-phuoc", kindPlace, 0},
	{"Thủy điện Thác Mơ", "binh-phuoc", kindPlace, 0},
	{"Tây Yên Tử", "bac-giang", kindPlace, 0},
	{"KCN Quang Châu", "bac-giang", kindPlace, 0},
	{"Khu công nghiệp Quang Châu", "bac-giang", kindPlace, 0},
	{"KCN Bá Thiện", "vinh-phuc", kindPlace, 0},
	{"Khu công nghiệp Bá Thiện", "vinh-phuc", kindPlace, 0},
	{"Khu du lịch Đại Nam", "binh-duong", kindPlace, 0},
	{"KDL Đại Nam", "binh-duong", kindPlace, 0},
	{"Hang Rái", "ninh-thuan", kindPlace, 0},
	{"Cồn Vành", "thai-binh", kindPlace, 0},
	{"Phủ Dầy", "nam-dinh", kindPlace, 0},
	{"Suối Giàng", "yen-bai", kindPlace, 0},
	{"Bảo tàng Quang Trung", "binh-dinh", kindPlace, 0},
}
