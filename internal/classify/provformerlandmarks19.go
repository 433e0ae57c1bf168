package classify

// formerLandmarks19 are lakes, beaches, rivers, islets, pagodas and parks
// that lie in one dissolved province and that bantin read as no place, or
// only as the successor, when an item names them alone (i19former's check
// of well-known places against the gazetteer; the entry's slug is the
// former province, which gives its successor too). Each is a fact of the
// map: "hồ Ba Bể" and its national park in Ba Bể (Bắc Kạn), Kỳ Co and Nhơn
// Lý's beaches and Ghềnh Ráng in Quy Nhơn (Bình Định), Ninh Chữ in Ninh Hải
// (Ninh Thuận), Tà Cú in Hàm Thuận Nam (Bình Thuận), đầm Ô Loan in Tuy An
// and vịnh Xuân Đài in Sông Cầu (Phú Yên), cồn Phụng in Châu Thành (Bến
// Tre), chùa Dơi in Sóc Trăng city, the floating village of Tân Lập in
// Mộc Hóa (Long An), Tà Đùng in Đắk Glong (Đắk Nông), Côn Sơn and Kiếp
// Bạc in Chí Linh (Hải Dương), Đại Lải in Phúc Yên and Tây Thiên in Tam
// Đảo (Vĩnh Phúc), Tam Thanh's beach in Tam Kỳ and the Vĩnh Điện
// river (Quảng Nam), Thịnh Long's beach in Hải Hậu (Nam Định), Bảo
// Ninh's beach in Đồng Hới (Quảng Bình), the Pô Kô river (Kon Tum), and
// Hoàng Su Phì, a former district of Hà Giang whose bare name the gazetteer
// leaves out (it starts with a surname). "Tây Thiên" alone is also the
// Buddhist west ("đi Tây Thiên thỉnh kinh"): only its named sites. "Côn
// Sơn" alone is also Côn Đảo's island: only with Kiếp Bạc. Not the Thu
// Bồn: Quảng Nam's river stands for the land in poems and obituaries ("về
// với dòng sông Thu Bồn"), and its news names the place anyway. A lake is
// written with its noun ("hồ Tà Đùng"), which a place's bare name after
// "hồ" would otherwise refuse as a thing named after the place.
//
// The Kim Thành road crossing of Lào Cai city (cửa khẩu, cầu đường bộ Kim
// Thành) is read as itself: since the gazetteer gives its Hải Phòng
// namesakes one former province (Hải Dương), the bare "Kim Thành" is the
// former district's, which the crossing is not.
var formerLandmarks19 = []placeEntry{
	{"hồ Ba Bể", "bac-kan", kindPlace, 0},
	{"Vườn quốc gia Ba Bể", "bac-kan", kindPlace, 0},
	{"Hoàng Su Phì", "ha-giang", kindPlace, 0},
	{"Kỳ Co", "binh-dinh", kindPlace, 0},
	{"Ghềnh Ráng", "binh-dinh", kindPlace, 0},
	{"Nhơn Lý", "binh-dinh", kindPlace, 0},
	{"Ninh Chữ", "ninh-thuan", kindPlace, 0},
	{"Tà Cú", "binh-thuan", kindPlace, 0},
	{"đầm Ô Loan", "phu-yen", kindPlace, 0},
	{"vịnh Xuân Đài", "phu-yen", kindPlace, 0},
	{"cồn Phụng", "ben-tre", kindPlace, 0},
	{"chùa Dơi", "soc-trang", kindPlace, 0},
	{"làng nổi Tân Lập", "long-an", kindPlace, 0},
	{"Tà Đùng", "dak-nong", kindPlace, 0},
	{"hồ Tà Đùng", "dak-nong", kindPlace, 0},
	{"Côn Sơn Kiếp Bạc", "hai-duong", kindPlace, 0},
	{"Kiếp Bạc", "hai-duong", kindPlace, 0},
	{"Đại Lải", "vinh-phuc", kindPlace, 0},
	{"hồ Đại Lải", "vinh-phuc", kindPlace, 0},
	{"Mandala Tây Thiên", "vinh-phuc", kindPlace, 0},
	{"Thiền viện Trúc Lâm Tây Thiên", "vinh-phuc", kindPlace, 0},
	{"Khu danh thắng Tây Thiên", "vinh-phuc", kindPlace, 0},
	{"biển Tam Thanh", "quang-nam", kindPlace, 0},
	{"sông Vĩnh Điện", "quang-nam", kindPlace, 0},
	{"biển Thịnh Long", "nam-dinh", kindPlace, 0},
	{"biển Bảo Ninh", "quang-binh", kindPlace, 0},
	{"sông Pô Kô", "kon-tum", kindPlace, 0},
	// Ports, economic zones, energy projects, border gates and national
	// parks of dissolved provinces that bantin read as no place: LNG Sơn
	// Mỹ in Hàm Tân (Bình Thuận), Nhơn Hội's economic zone and Cù Lao Xanh
	// in Quy Nhơn (Bình Định), Kỳ Hà's port in Núi Thành and Điện Nam -
	// Điện Ngọc's industrial park in Điện Bàn (Quảng Nam), Trần Đề's port
	// (Sóc Trăng; the former district's bare name starts with a surname),
	// Thác Bà's dam (Yên Bái), Mã Pí Lèng as also spelt and Du Già (Hà
	// Giang), the Hoàng Diệu gate in Bù Đốp (Bình Phước), the Bình Hiệp
	// gate in Kiến Tường (Long An), and the national parks of Phước Bình
	// (Ninh Thuận), Xuân Thủy (Nam Định) and Sông Thanh (Quảng Nam). Not
	// the Thanh Thủy gate: Hà Giang's and Nghệ An's share the name.
	{"LNG Sơn Mỹ", "binh-thuan", kindPlace, 0},
	{"điện khí Sơn Mỹ", "binh-thuan", kindPlace, 0},
	{"Khu kinh tế Nhơn Hội", "binh-dinh", kindPlace, 0},
	{"KKT Nhơn Hội", "binh-dinh", kindPlace, 0},
	{"Cù Lao Xanh", "binh-dinh", kindPlace, 0},
	{"cảng Kỳ Hà", "quang-nam", kindPlace, 0},
	{"Điện Nam - Điện Ngọc", "quang-nam", kindPlace, 0},
	{"cảng Trần Đề", "soc-trang", kindPlace, 0},
	{"thủy điện Thác Bà", "yen-bai", kindPlace, 0},
	{"Mã Pí Lèng", "ha-giang", kindPlace, 0},
	{"Du Già", "ha-giang", kindPlace, 0},
	{"cửa khẩu Hoàng Diệu", "binh-phuoc", kindPlace, 0},
	{"cửa khẩu Bình Hiệp", "long-an", kindPlace, 0},
	{"Vườn quốc gia Phước Bình", "ninh-thuan", kindPlace, 0},
	{"VQG Phước Bình", "ninh-thuan", kindPlace, 0},
	{"Vườn quốc gia Xuân Thủy", "nam-dinh", kindPlace, 0},
	{"VQG Xuân Thủy", "nam-dinh", kindPlace, 0},
	{"Vườn quốc gia Sông Thanh", "quang-nam", kindPlace, 0},
	{"VQG Sông Thanh", "quang-nam", kindPlace, 0},
	{"cửa khẩu Kim Thành", "lao-cai", kindPlace, 0},
	{"cầu đường bộ Kim Thành", "lao-cai", kindPlace, 0},
}
