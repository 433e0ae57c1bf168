package classify

// formerLandmarks are border gates, bridges, ports and routes that lie in a
// dissolved province and that training-day items name alone, without the
// commune or district (i15legacy2, issue 9 point 4: a place inside the
// former territory gives its legacy tag and its successor). They came from
// a random sample of 300 items tagged with a successor and no former
// province and a search of every training-day "cửa khẩu" name; every
// training-day item a name changed was read (BENCHMARKS.md, "Fifteenth
// session: i15legacy2"). Names are facts of public record.
//
// A gate is read with its noun: "ĐG Cha Lo - TBA Hà Tĩnh" names a power
// line's far end (its one training-day item, in Hà Tĩnh, was judged open
// when "Cha Lo" was read alone). "Gianh" alone is a river, a ward (Bắc
// Gianh, Tân Gianh) and a ferry's history, so it too is read with its
// noun. "Thanh Thủy" (Hà Giang's gate) is a beauty queen's name far more
// often than the gate's and is left out; "Nam Giang" and "Hoa Lư" are
// read already (a former district; Ninh Bình's ancient capital), and so is
// "cửa khẩu Bờ Y" (landmarks25, written at the same time).
var formerLandmarks = []placeEntry{
	// Border gates.
	{"cửa khẩu Cha Lo", "quang-binh", kindPlace, 0}, // Minh Hóa, on the Lao border
	{"cửa khẩu quốc tế Cha Lo", "quang-binh", kindPlace, 0},
	{"Mỹ Quý Tây", "long-an", kindPlace, 0}, // Đức Huệ, on the Cambodian border
	// The Gianh river's crossings and port, in Quảng Bình's Quảng Trạch and Bố Trạch.
	{"cầu Gianh", "quang-binh", kindPlace, 0},
	{"cảng Gianh", "quang-binh", kindPlace, 0},
	{"phà Gianh", "quang-binh", kindPlace, 0},
	// i17legacy3: landmarks of a dissolved province that training-day items
	// name without their commune or province. The Rạch Miễu bridges span
	// the Tiền between former Tiền Giang and former Bến Tre: a name two
	// units share, kept on the side the text names (none when it names
	// both or neither). The Đại Ngãi bridges and ferry land in former Sóc
	// Trăng's Long Phú and Cù Lao Dung. "Vĩnh Tân" alone is also a ward of
	// TP.HCM (former Bình Dương), so the Tuy Phong power centre is read
	// with its noun; "Tam Quan" alone is a statue's and a minister's name.
	{"cầu Rạch Miễu", "tien-giang ben-tre", kindPlace, 0},
	{"cầu Đại Ngãi", "soc-trang", kindPlace, 0},
	{"phà Đại Ngãi", "soc-trang", kindPlace, 0},
	{"cảng cá Bình Châu", "ba-ria-vung-tau", kindPlace, 0}, // Xuyên Mộc
	{"Phước Bửu", "ba-ria-vung-tau", kindPlace, 0},         // Xuyên Mộc's former town and nature reserve
	{"dầu khí Long Sơn", "ba-ria-vung-tau", kindPlace, 0},  // the Long Sơn petrochemical zone, Vũng Tàu
	{"Long Sơn - Phú Mỹ", "ba-ria-vung-tau", kindPlace, 0},
	// The former town of Phú Mỹ's industry, port and services; bare "Phú
	// Mỹ" is also TP.HCM's own bridge (cầu Phú Mỹ) and old ward, and "khu
	// vực Phú Mỹ" its Phú Mỹ Hưng or Nhà Bè's Phú Mỹ, so only these.
	{"Phú Mỹ 3", "ba-ria-vung-tau", kindPlace, 0},
	{"nhiệt điện Phú Mỹ", "ba-ria-vung-tau", kindPlace, 0},
	{"Hải quan Phú Mỹ", "ba-ria-vung-tau", kindPlace, 0},
	{"cảng biển Phú Mỹ", "ba-ria-vung-tau", kindPlace, 0},
	{"Trung tâm Y tế khu vực Phú Mỹ", "ba-ria-vung-tau", kindPlace, 0},
	{"Gò Cát - Lái Thiêu", "binh-duong", kindPlace, 0}, // Thuận An
	{"cảng Tam Quan", "binh-dinh", kindPlace, 0},       // Hoài Nhơn
	{"cảng cá Tam Quan", "binh-dinh", kindPlace, 0},
	{"Bàu Trắng", "binh-thuan", kindPlace, 0}, // the lake and dunes of Bắc Bình
	{"Điện lực Vĩnh Tân", "binh-thuan", kindPlace, 0},
	{"nhiệt điện Vĩnh Tân", "binh-thuan", kindPlace, 0},
	{"đảo Nam Du", "kien-giang", kindPlace, 0}, // Kiên Hải
	{"quần đảo Nam Du", "kien-giang", kindPlace, 0},
	{"sông Nhật Lệ", "quang-binh", kindPlace, 0}, // Đồng Hới
}
