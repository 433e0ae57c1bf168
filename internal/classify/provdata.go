package classify

// This file holds the province names, aliases and gazetteer of reference §1
// as data. Slugs are current or legacy slugs of model.Catalog; a legacy slug
// tags its successor and is kept as the legacy province. New checks every
// slug against the catalog.

// placeKind says what a place entry names.
type placeKind uint8

const (
	kindName     placeKind = iota // the unit's own name or a spelling of it
	kindAlias                     // a nickname or abbreviation (Thủ đô, xứ Thanh, TP.HCM)
	kindPlace                     // a city, district or landmark inside the unit
	kindNegative                  // not a place: consumes the words, tags nothing
)

// placeFlag refines how an entry may match.
type placeFlag uint8

const (
	// flagAmbiguous: also a common word or a given name (hòa bình = peace,
	// Huế, Vinh). In mixed-case text every syllable must be capitalised; in
	// ALL-CAPS text it needs strengthening context or a clear mention elsewhere.
	flagAmbiguous placeFlag = 1 << iota
	// flagCapFirst: only the first syllable must be capitalised ("Thủ đô").
	flagCapFirst
	// flagNoFold: never matched on folded text (one syllable, Điện Biên).
	flagNoFold
	// flagNeedContext: only with strengthening context ("tại Hồ Chí Minh").
	flagNeedContext
	// flagNoProperAfter: refused when a capitalised word follows ("thủ đô Paris").
	flagNoProperAfter
)

// placeEntry is one row of the province tables.
type placeEntry struct {
	Text  string
	Slug  string // "" for kindNegative and gazetteer entries; several (space-separated) for a landmark several units share
	Kind  placeKind
	Flags placeFlag
}

// provinceNames lists every unit's canonical name and the spellings of
// reference §1. Canonical names of the catalog are added by New as well.
var provinceNames = []placeEntry{
	{"Hanoi", "ha-noi", kindName, 0},
	{"Ha Noi", "ha-noi", kindName, 0},
	{"Thủ đô", "ha-noi", kindAlias, flagCapFirst | flagNoProperAfter | flagNoFold},
	{"Thừa Thiên - Huế", "thua-thien-hue", kindName, 0},
	{"TT-Huế", "thua-thien-hue", kindName, 0},
	{"TT Huế", "thua-thien-hue", kindName, 0},
	{"Huế", "hue", kindName, flagAmbiguous | flagNoFold},
	{"Hue", "hue", kindName, flagAmbiguous | flagNoFold},
	{"Cố đô Huế", "hue", kindAlias, 0},
	{"xứ Huế", "hue", kindAlias, 0},
	{"Điện Biên", "dien-bien", kindName, flagNoFold},
	{"xứ Lạng", "lang-son", kindAlias, 0},
	{"Thanh Hoá", "thanh-hoa", kindName, 0},
	{"xứ Thanh", "thanh-hoa", kindAlias, 0},
	{"Bắc Cạn", "bac-kan", kindName, 0},
	{"Hoà Bình", "hoa-binh", kindName, flagAmbiguous},
	{"Hòa Bình", "hoa-binh", kindName, flagAmbiguous},
	{"Kinh Bắc", "bac-ninh", kindAlias, flagAmbiguous},
	{"Thái Bình", "thai-binh", kindName, flagAmbiguous},
	{"Hà Nam", "ha-nam", kindName, flagAmbiguous},
	{"Bình Định", "binh-dinh", kindName, flagAmbiguous},
	{"Bình Dương", "binh-duong", kindName, 0},
	{"Danang", "da-nang", kindName, 0},
	{"Kontum", "kon-tum", kindName, 0},
	{"Khánh Hoà", "khanh-hoa", kindName, 0},
	{"Đăk Nông", "dak-nong", kindName, 0},
	{"Đắc Nông", "dak-nong", kindName, 0},
	{"Đắk Nông", "dak-nong", kindName, 0},
	{"Dak Nong", "dak-nong", kindName, 0},
	{"Đăk Lăk", "dak-lak", kindName, 0},
	{"Đắc Lắc", "dak-lak", kindName, 0},
	{"Đác Lắc", "dak-lak", kindName, 0},
	{"Đắc Lắk", "dak-lak", kindName, 0},
	{"Đắk Lăk", "dak-lak", kindName, 0},
	{"Dak Lak", "dak-lak", kindName, 0},
	{"Daklak", "dak-lak", kindName, flagNoFold},
	{"ĐắkLắk", "dak-lak", kindName, flagNoFold},
	{"Hồ Chí Minh", "ho-chi-minh", kindName, flagNeedContext},
	{"TP.HCM", "ho-chi-minh", kindAlias, 0},
	{"TP HCM", "ho-chi-minh", kindAlias, 0},
	{"TPHCM", "ho-chi-minh", kindAlias, flagNoFold},
	{"HCMC", "ho-chi-minh", kindAlias, flagNoFold},
	{"TP. Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"TP Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"Thành phố Hồ Chí Minh", "ho-chi-minh", kindName, 0},
	{"Sài Gòn", "ho-chi-minh", kindAlias, 0},
	{"Saigon", "ho-chi-minh", kindAlias, flagNoFold},
	{"thành phố mang tên Bác", "ho-chi-minh", kindAlias, 0},
	{"TP mang tên Bác", "ho-chi-minh", kindAlias, 0},
	{"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", kindName, 0},
	{"BR-VT", "ba-ria-vung-tau", kindName, 0},
	{"BRVT", "ba-ria-vung-tau", kindName, flagNoFold},
	{"Tây Đô", "can-tho", kindAlias, flagAmbiguous},
	{"Thủ đô kháng chiến", "tuyen-quang", kindAlias, 0},
}

// gazetteer maps well-known places to the unit that holds them now; a place
// in a dissolved province names the legacy slug (reference §1, extended).
var gazetteer = []placeEntry{
	{"Đà Lạt", "lam-dong", kindPlace, 0},
	{"Bảo Lộc", "lam-dong", kindPlace, 0},
	{"Phan Thiết", "binh-thuan", kindPlace, 0},
	{"Mũi Né", "binh-thuan", kindPlace, 0},
	{"Gia Nghĩa", "dak-nong", kindPlace, 0},
	{"Nha Trang", "khanh-hoa", kindPlace, 0},
	{"Cam Ranh", "khanh-hoa", kindPlace, 0},
	{"Trường Sa", "khanh-hoa", kindPlace, 0},
	{"Phan Rang - Tháp Chàm", "ninh-thuan", kindPlace, 0},
	{"Phan Rang", "ninh-thuan", kindPlace, 0},
	{"Vũng Tàu", "ba-ria-vung-tau", kindPlace, 0},
	{"Bà Rịa", "ba-ria-vung-tau", kindPlace, 0},
	{"Côn Đảo", "ba-ria-vung-tau", kindPlace, 0},
	{"Thủ Dầu Một", "binh-duong", kindPlace, 0},
	{"Dĩ An", "binh-duong", kindPlace, 0},
	{"Thuận An", "binh-duong", kindPlace, 0},
	{"Củ Chi", "ho-chi-minh", kindPlace, 0},
	{"Cần Giờ", "ho-chi-minh", kindPlace, 0},
	{"Tân Sơn Nhất", "ho-chi-minh", kindPlace, 0},
	{"Hạ Long", "quang-ninh", kindPlace, 0},
	{"Móng Cái", "quang-ninh", kindPlace, 0},
	{"Cẩm Phả", "quang-ninh", kindPlace, 0},
	{"Uông Bí", "quang-ninh", kindPlace, 0},
	{"Vân Đồn", "quang-ninh", kindPlace, 0},
	{"Phú Quốc", "kien-giang", kindPlace, 0},
	{"Rạch Giá", "kien-giang", kindPlace, 0},
	{"Hà Tiên", "kien-giang", kindPlace, 0},
	{"Long Xuyên", "an-giang", kindPlace, 0},
	{"Châu Đốc", "an-giang", kindPlace, 0},
	{"Sa Pa", "lao-cai", kindPlace, 0},
	{"Sapa", "lao-cai", kindPlace, flagNoFold},
	{"Mù Cang Chải", "yen-bai", kindPlace, 0},
	{"Hội An", "quang-nam", kindPlace, 0},
	{"Tam Kỳ", "quang-nam", kindPlace, 0},
	{"Mỹ Sơn", "quang-nam", kindPlace, 0},
	{"Buôn Ma Thuột", "dak-lak", kindPlace, 0},
	{"Tuy Hòa", "phu-yen", kindPlace, 0},
	{"Pleiku", "gia-lai", kindPlace, flagNoFold},
	{"Quy Nhơn", "binh-dinh", kindPlace, 0},
	{"Vinh", "nghe-an", kindPlace, flagAmbiguous | flagNoFold},
	{"Cửa Lò", "nghe-an", kindPlace, 0},
	{"Đồng Hới", "quang-binh", kindPlace, 0},
	{"Phong Nha - Kẻ Bàng", "quang-binh", kindPlace, 0},
	{"Phong Nha", "quang-binh", kindPlace, 0},
	{"Đồ Sơn", "hai-phong", kindPlace, 0},
	{"Cát Bà", "hai-phong", kindPlace, 0},
	{"Biên Hòa", "dong-nai", kindPlace, 0},
	{"Long Thành", "dong-nai", kindPlace, 0},
	{"Mỹ Tho", "tien-giang", kindPlace, 0},
	{"Cao Lãnh", "dong-thap", kindPlace, 0},
	{"Sa Đéc", "dong-thap", kindPlace, 0},
	{"Tân An", "long-an", kindPlace, 0},
	{"Mộc Châu", "son-la", kindPlace, 0},
	{"Sầm Sơn", "thanh-hoa", kindPlace, 0},
	{"Tam Đảo", "vinh-phuc", kindPlace, 0},
	{"Mai Châu", "hoa-binh", kindPlace, 0},
	{"Hoa Lư", "ninh-binh", kindPlace, 0},
	{"Tràng An", "ninh-binh", kindPlace, 0},
	{"Tam Cốc", "ninh-binh", kindPlace, 0},
	{"Lý Sơn", "quang-ngai", kindPlace, 0},
	{"Dung Quất", "quang-ngai", kindPlace, 0},
	{"Hoàng Sa", "da-nang", kindPlace, 0},
	{"Bà Nà", "da-nang", kindPlace, 0},
	{"Sơn Trà", "da-nang", kindPlace, 0},
	{"Đại Nội", "hue", kindPlace, 0},
	{"Lăng Cô", "hue", kindPlace, 0},
	{"Chân Mây", "hue", kindPlace, 0},
	{"Cửa Tùng", "quang-tri", kindPlace, 0},
	{"Thành cổ Quảng Trị", "quang-tri", kindPlace, 0},
	{"Tân Trào", "tuyen-quang", kindPlace, 0},
	{"Na Hang", "tuyen-quang", kindPlace, 0},
	{"Đồng Văn", "ha-giang", kindPlace, 0},
	{"Mã Pì Lèng", "ha-giang", kindPlace, 0},
	{"Lũng Cú", "ha-giang", kindPlace, 0},
	{"Ba Bể", "bac-kan", kindPlace, 0},
	{"ATK Định Hóa", "thai-nguyen", kindPlace, 0},
	{"Định Hóa", "thai-nguyen", kindPlace, 0},
	{"Phổ Yên", "thai-nguyen", kindPlace, 0},
	{"Sông Công", "thai-nguyen", kindPlace, 0},
	{"Hồ Núi Cốc", "thai-nguyen", kindPlace, 0},
	{"Pác Bó", "cao-bang", kindPlace, 0},
	{"Bản Giốc", "cao-bang", kindPlace, 0},
	{"Mường Thanh", "dien-bien", kindPlace, 0},
	{"thành phố Điện Biên Phủ", "dien-bien", kindPlace, 0},
	{"TP Điện Biên Phủ", "dien-bien", kindPlace, 0},
	{"phường Điện Biên Phủ", "dien-bien", kindPlace, 0},
	{"Sìn Hồ", "lai-chau", kindPlace, 0},
	{"Đồng Đăng", "lang-son", kindPlace, 0},
	{"Việt Trì", "phu-tho", kindPlace, 0},
	{"Đền Hùng", "phu-tho", kindPlace, 0},
	{"Vĩnh Yên", "vinh-phuc", kindPlace, 0},
	{"Phúc Yên", "vinh-phuc", kindPlace, 0},
	{"Từ Sơn", "bac-ninh", kindPlace, 0},
	{"Yên Phong", "bac-ninh", kindPlace, 0},
	{"Lục Ngạn", "bac-giang", kindPlace, 0},
	{"Phố Hiến", "hung-yen", kindPlace, 0},
	{"Chí Linh", "hai-duong", kindPlace, 0},
	{"Côn Sơn", "hai-duong", kindPlace, 0},
	{"Phủ Lý", "ha-nam", kindPlace, 0},
	{"Thiên Cầm", "ha-tinh", kindPlace, 0},
	{"Vũng Áng", "ha-tinh", kindPlace, 0},
	{"Ngã ba Đồng Lộc", "ha-tinh", kindPlace, 0},
	{"Măng Đen", "kon-tum", kindPlace, 0},
	{"Ngọc Linh", "kon-tum quang-nam", kindPlace, 0}, // the massif (and its ginseng) spans both
	// Namesakes the news names often (each in several training-day items):
	// a street and a university of TP.HCM, a pottery village of Hội An.
	{"Bến Vân Đồn", "ho-chi-minh", kindPlace, 0},
	{"phố đi bộ Nguyễn Huệ", "ho-chi-minh", kindPlace, 0},
	{"đường đi bộ Nguyễn Huệ", "ho-chi-minh", kindPlace, 0},
	{"đường hoa Nguyễn Huệ", "ho-chi-minh", kindPlace, 0},
	{"Quốc tế Hồng Bàng", "ho-chi-minh", kindPlace, 0},
	{"làng gốm Thanh Hà", "quang-nam", kindPlace, 0},
	// The venues of TP.HCM's Phú Thọ ward (the province's own hall is "Nhà
	// thi đấu tỉnh Phú Thọ"): the gym, the circus and the former racecourse.
	{"Nhà thi đấu Phú Thọ", "ho-chi-minh", kindPlace, 0},
	{"Nhà thi đấu TDTT Phú Thọ", "ho-chi-minh", kindPlace, 0},
	{"biểu diễn đa năng Phú Thọ", "ho-chi-minh", kindPlace, 0},
	{"Trường đua Phú Thọ", "ho-chi-minh", kindPlace, 0},
	{"đua ngựa Phú Thọ", "ho-chi-minh", kindPlace, 0},
	{"cửa khẩu Hoa Lư", "binh-phuoc", kindPlace, 0}, // the border gate in Lộc Ninh, not the old capital
	// TP.HCM's Bình Phước interchange (Thủ Đức), not the former province;
	// the expressway of Quảng Trị (former Quảng Bình), not Khánh Hòa's Vạn Ninh.
	{"cầu vượt Bình Phước", "ho-chi-minh", kindPlace, 0},
	{"nút giao Bình Phước", "ho-chi-minh", kindPlace, 0},
	{"ngã tư Bình Phước", "ho-chi-minh", kindPlace, 0},
	{"Bùng - Vạn Ninh", "quang-binh", kindPlace, 0},
	{"Cửa khẩu quốc tế Hoa Lư", "binh-phuoc", kindPlace, 0},
	{"Gành Đá Đĩa", "phu-yen", kindPlace, 0},
	// The commune at the heart of Phú Yên's flood of November 2025, which the
	// news names bare ("rốn lũ Hòa Thịnh"); no other unit has the name.
	{"Hòa Thịnh", "phu-yen", kindPlace, 0},
	// Since July 2025 the Saigon river's lower course, past Thủ Dầu Một and
	// Thủ Đức, lies in TP.HCM: what happens on the river, over it or on its
	// banks (boats, bridges, the tunnel, the riverside parks) is the city's.
	// The river itself stays a trap ("mực nước sông Sài Gòn", a negative):
	// its water comes from Dầu Tiếng lake in Tây Ninh. The port's history is
	// the city's too; "Cảng Sài Gòn" the firm stays refused.
	{"trên sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"giữa sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"qua sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"vượt sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"hầm sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"du thuyền sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"bờ sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"bên sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"dọc sông Sài Gòn", "ho-chi-minh", kindPlace, 0},
	{"thương cảng Sài Gòn", "ho-chi-minh", kindPlace, 0},
	// Landmarks the news names without their province, each in one unit
	// (public geography): the Trị An dam's lake (Đồng Nai), the Tà Xùa
	// cloud peaks (a commune of Sơn La, the gazetteer's only one), Kê Gà
	// cape and lighthouse (former Bình Thuận), the Tham Lương canal and the
	// Vàm Thuật river (TP.HCM), the Nhật Lệ river and estuary at Đồng Hới
	// (former Quảng Bình), the Vân Phong bay and economic zone (Khánh Hòa),
	// Mỹ Tân fishing port (former Ninh Thuận), and Hà Nội's Ngọc Hồi bridge
	// and road (not the former district of Kon Tum).
	{"hồ Trị An", "dong-nai", kindPlace, 0},
	{"thủy điện Trị An", "dong-nai", kindPlace, 0},
	{"Tà Xùa", "son-la", kindPlace, 0},
	{"Kê Gà", "binh-thuan", kindPlace, 0},
	{"Tham Lương", "ho-chi-minh", kindPlace, 0},
	{"kênh Tham Lương", "ho-chi-minh", kindPlace, 0},
	{"sông Vàm Thuật", "ho-chi-minh", kindPlace, 0},
	{"Nhật Lệ", "quang-binh", kindPlace, 0},
	{"vịnh Vân Phong", "khanh-hoa", kindPlace, 0},
	{"Khu kinh tế Vân Phong", "khanh-hoa", kindPlace, 0},
	{"KKT Vân Phong", "khanh-hoa", kindPlace, 0},
	{"Bắc Vân Phong", "khanh-hoa", kindPlace, 0},
	{"cảng Mỹ Tân", "ninh-thuan", kindPlace, 0},
	{"cầu Ngọc Hồi", "ha-noi", kindPlace, 0},
	{"đường Ngọc Hồi", "ha-noi", kindPlace, 0},
	// The Trà Khúc river runs within Quảng Ngãi; Việt Nam Quốc Tự is a
	// pagoda of TP.HCM (Hòa Hưng ward).
	{"sông Trà Khúc", "quang-ngai", kindPlace, 0},
	{"dòng Trà Khúc", "quang-ngai", kindPlace, 0},
	{"Việt Nam Quốc Tự", "ho-chi-minh", kindPlace, 0},
	{"Đồng Xoài", "binh-phuoc", kindPlace, 0},
	{"Vị Thanh", "hau-giang", kindPlace, 0},
	{"Ninh Kiều", "can-tho", kindPlace, 0},
	{"Cái Răng", "can-tho", kindPlace, 0},
	{"Năm Căn", "ca-mau", kindPlace, 0},
	{"Đất Mũi", "ca-mau", kindPlace, 0},
	{"Núi Bà Đen", "tay-ninh", kindPlace, 0},
	{"Cái Bè", "tien-giang", kindPlace, 0},
	{"Nội Bài", "ha-noi", kindPlace, 0},
	{"Hồ Gươm", "ha-noi", kindPlace, 0},
	{"Hồ Hoàn Kiếm", "ha-noi", kindPlace, 0},
	{"Mỹ Đình", "ha-noi", kindPlace, 0},
	{"Tây Hồ Tây", "ha-noi", kindPlace, 0},
	{"Nam Thăng Long", "ha-noi", kindPlace, 0},
	{"Cát Bi", "hai-phong", kindPlace, 0},
	// Stadiums and craft villages the news names without their province.
	{"Thiên Trường", "nam-dinh", kindPlace, 0},
	{"Lạch Tray", "hai-phong", kindPlace, 0},
	{"Hàng Đẫy", "ha-noi", kindPlace, 0},
	{"sân Thống Nhất", "ho-chi-minh", kindPlace, 0},
	{"sân Tao Đàn", "ho-chi-minh", kindPlace, 0},
	{"sân Hòa Xuân", "da-nang", kindPlace, 0},
	{"tranh Đông Hồ", "bac-ninh", kindPlace, 0},
	{"làng Đông Hồ", "bac-ninh", kindPlace, 0},
	{"Chư Mom Ray", "kon-tum", kindPlace, 0},
	{"Liên Khương", "lam-dong", kindPlace, 0},
	{"Chu Lai", "quang-nam", kindPlace, 0},
	{"Hoàn Kiếm", "ha-noi", kindPlace, 0},
	{"Ba Đình", "ha-noi", kindPlace, 0},
	{"Sóc Sơn", "ha-noi", kindPlace, 0},
	{"Hòa Lạc", "ha-noi", kindPlace, 0},
	{"Bến Thành", "ho-chi-minh", kindPlace, 0},
	{"Thủ Đức", "ho-chi-minh", kindPlace, 0},
	{"Yên Tử", "quang-ninh", kindPlace, 0},
	{"Cô Tô", "quang-ninh", kindPlace, 0},
	{"Bãi Cháy", "quang-ninh", kindPlace, 0},
	{"Mẫu Sơn", "lang-son", kindPlace, 0},
	{"Mèo Vạc", "ha-giang", kindPlace, 0},
	{"Nghĩa Lộ", "yen-bai", kindPlace, 0},
	{"Bắc Hà", "lao-cai", kindPlace, 0},
	{"Mường Nhé", "dien-bien", kindPlace, 0},
	{"Hoằng Hóa", "thanh-hoa", kindPlace, 0},
	{"Krông Pắc", "dak-lak", kindPlace, 0},
	{"Cù Lao Chàm", "quang-nam", kindPlace, 0},
	{"Ngũ Hành Sơn", "da-nang", kindPlace, 0},
	{"Vĩnh Hy", "ninh-thuan", kindPlace, 0},
	{"Hồ Tràm", "ba-ria-vung-tau", kindPlace, 0},
	{"Cái Mép", "ba-ria-vung-tau", kindPlace, 0},
	// Landmarks the news names alone, each on several training days.
	{"Quần Ngựa", "ha-noi", kindPlace, 0},
	{"Hồ Tây", "ha-noi", kindPlace, 0},
	{"Hoàng thành Thăng Long", "ha-noi", kindPlace, 0},
	{"Lăng Chủ tịch Hồ Chí Minh", "ha-noi", kindPlace, 0},
	{"Chùa Hương", "ha-noi", kindPlace, 0},
	{"Dinh Độc Lập", "ho-chi-minh", kindPlace, 0},
	{"Fansipan", "lao-cai", kindPlace, 0},
	{"Sơn Đoòng", "quang-binh", kindPlace, 0},
	{"Eo Gió", "binh-dinh", kindPlace, 0},
	{"Langbiang", "lam-dong", kindPlace, 0},
	{"Núi Sam", "an-giang", kindPlace, 0},
	// Landmarks named alone in training-day items that no rule placed:
	// lakes, forests, passes, bridges, markets (each checked on a map).
	{"cầu Ghềnh", "dong-nai", kindPlace, 0},
	{"hồ Thác Bà", "yen-bai", kindPlace, 0},
	{"rừng Cúc Phương", "ninh-binh", kindPlace, 0},
	{"Vườn quốc gia Cúc Phương", "ninh-binh", kindPlace, 0},
	{"VQG Cúc Phương", "ninh-binh", kindPlace, 0},
	{"đảo Phú Quý", "binh-thuan", kindPlace, 0},
	{"hồ Xuân Hương", "lam-dong", kindPlace, 0},
	{"đèo Mimosa", "lam-dong", kindPlace, 0},
	{"Vườn quốc gia Núi Chúa", "ninh-thuan", kindPlace, 0},
	{"Tràm Chim", "dong-thap", kindPlace, 0},
	{"chợ Kim Biên", "ho-chi-minh", kindPlace, 0},
	{"Thủ Thiêm", "ho-chi-minh", kindPlace, 0},
	{"Mả Lạng", "ho-chi-minh", kindPlace, 0},
	{"nút giao An Phú", "ho-chi-minh", kindPlace, 0},
	{"cầu Thăng Long", "ha-noi", kindPlace, 0},
	{"Cái Mơn", "ben-tre", kindPlace, 0},
	{"Rào Trăng", "hue", kindPlace, 0},
	{"sân Chi Lăng", "da-nang", kindPlace, 0},
	{"đầm Thị Nại", "binh-dinh", kindPlace, 0},
	{"hồ Đá Đen", "ba-ria-vung-tau", kindPlace, 0},
	{"nhà thờ Đức Bà Sài Gòn", "ho-chi-minh", kindPlace, 0}, // "Bà" is no honorific here
	{"Tháp Bà Ponagar", "khanh-hoa", kindPlace, 0},
	{"cầu Bình Triệu", "ho-chi-minh", kindPlace, 0},
	{"cầu Tân Thuận", "ho-chi-minh", kindPlace, 0},
	{"cầu Ba Son", "ho-chi-minh", kindPlace, 0},
	{"thủy điện Trị An", "dong-nai", kindPlace, 0},
	{"cầu Hiền Lương", "quang-tri", kindPlace, 0},
	{"nhà thờ Tắc Sậy", "bac-lieu", kindPlace, 0},
	{"nhà tù Hỏa Lò", "ha-noi", kindPlace, 0},
	{"thủy điện Trà Khúc", "quang-ngai", kindPlace, 0},
}
