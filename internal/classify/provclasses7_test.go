package classify

import "testing"

// TestFirmsAndNamesakes covers classes of the fifth session's sample
// (s11): a firm named in full with its legal form, a firm's short name
// after its full one, and a plant or a bridge named after a place of
// another province. The sentences are written for the test.
func TestFirmsAndNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a firm's full name with its abbreviation", "Công ty khai trương phòng chờ mới",
			"Công ty Cổ phần Dịch vụ Thương mại Hàng không Sân bay Nội Bài (ABCX) khai trương phòng chờ hạng thương gia.", ""},
		{"a long name without its legal form", "Công ty khai trương phòng chờ",
			"Công ty kinh doanh dịch vụ hàng không gửi văn bản tới Sở Công thương Hà Nội đề nghị hỗ trợ.", "ha-noi"},
		{"a firm's short name after the full one", "Hưng Thịnh Đồng Nai đề xuất làm khu công nghiệp",
			"Tập đoàn Hưng Thịnh Đồng Nai vừa gửi đề xuất lên Bộ Tài chính.", ""},
		{"an abbreviated firm", "ABCO Quảng Ngãi đầu tư vào Lào", "Tổng công ty ABCO Quảng Ngãi cam kết rót vốn vào Lào.", ""},
		{"a zone is no firm", "Cháy xưởng trong KCN Nhơn Trạch", "Xưởng của công ty may trong KCN Nhơn Trạch bốc cháy lúc rạng sáng.", "dong-nai"},
		{"a plant after its number", "Khởi công nhà máy điện gió Ninh Phước 2",
			"Sáng nay, nhà máy điện gió Ninh Phước 2 (Khánh Hòa) được khởi công.", "khanh-hoa ninh-thuan"},
		{"a bridge's number and its city", "Thử tải cầu Bình Phước 2", "Cầu Bình Phước 2 (TP.HCM) được thử tải trước khi thông xe.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestRoutesTeamsOrigins covers the session's other classes: mishaps on a
// route named by its ends, a vehicle's direction, an athlete's team in
// parentheses, a fellow native, and a first-division club's sponsor. The
// sentences are written for the test.
func TestRoutesTeamsOrigins(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a lost wheel on a route", "Ôtô văng bánh trên cao tốc Hà Nội - Hải Phòng", "", ""},
		{"stones thrown at cars", "Bắt người ném đá vào ôtô", "Một thanh niên ném đá vào xe khách trên cao tốc Cần Thơ - Cà Mau.", ""},
		{"tyres punctured by scrap", "Hàng chục ôtô thủng lốp trên cao tốc Nha Trang - Cam Lâm", "", "khanh-hoa"},
		{"a route's works", "Thông xe cao tốc Cần Thơ - Cà Mau", "", "can-tho ca-mau"},
		{"a direction of travel", "Xe khách lật ở Quảng Ngãi",
			"Xe khách chạy hướng Gia Lai - Đà Nẵng mất lái, lật bên quốc lộ tại Quảng Ngãi.", "quang-ngai"},
		{"a storm's heading", "Bão mạnh lên, hướng Nghệ An - Hà Tĩnh", "", "ha-tinh nghe-an"},
		{"a cyclist's team", "Chặng 6 Cúp xe đạp", "Cua-rơ Lê Văn Nam (Đồng Tháp) thắng chặng 6 về đích tại Buôn Ma Thuột.", "dak-lak"},
		{"a runner's team", "Giải marathon", "VĐV Trần Thị Hoa (Lâm Đồng) về nhất cự ly 42 km.", ""},
		{"a person's home after an honorific", "Đi chợ Tết", "Chị Lan (Hà Nội) cho biết giá hoa tăng.", ""},
		{"a fellow native", "Cổ động viên đến sân từ sớm", "Anh đến cổ vũ người anh đồng hương Nghệ An đang thi đấu ở TP.HCM.", "ho-chi-minh"},
		{"natives meeting elsewhere", "Họp mặt đồng hương Bến Tre tại Cần Thơ", "", "can-tho"},
		{"a first-division club", "Hạng nhất: Bắc Ninh thắng đậm Xuân Thiện Phú Thọ", "", ""},
		{"the club at home", "Hạng nhất: Bắc Ninh đánh bại chủ nhà Xuân Thiện Phú Thọ", "", "phu-tho"},
	}
	checkProvinces(t, c, cases, true)
}

// TestStandingsAndWomensTeams covers the clubs of the second sample (s12):
// a club named with its standing or a fixture's verb, and a women's club's
// first team or sponsor; the club's own ground and the home side still
// place the match. The sentences are written for the test.
func TestStandingsAndWomensTeams(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a club by its standing", "Hạng nhất: Long An gặp khó trước đội nhì bảng Bắc Ninh", "", ""},
		{"the standing club's ground", "V-League: HAGL thắng 2-1 trên sân đội đầu bảng Ninh Bình", "", "ninh-binh"},
		{"a fixture's verb", "V-League hôm nay: HAGL quyết chiến Đà Nẵng", "", ""},
		{"a women's first team", "Bóng đá nữ: Hà Nội I thắng đậm ở vòng 5", "", ""},
		{"a women's club's sponsor", "Bóng đá nữ: Thái Nguyên T&T lên nhì bảng", "", ""},
		{"the women's home side", "Bóng đá nữ: TP.HCM I hòa chủ nhà Thái Nguyên T&T", "", "thai-nguyen"},
	}
	checkProvinces(t, c, cases, true)
}
