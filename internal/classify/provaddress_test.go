package classify

import "testing"

// TestOtherProvinceUnits: a unit that the same address places in a
// province where no unit of its name lies is refused (an older ward, a
// namesake, a school named after a district); the address's own province
// and a unit that does lie there stay. The sentences are written for the
// test.
func TestOtherProvinceUnits(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a firm's pre-2025 ward", "Công ty được chấp thuận đầu tư",
			"Nhà đầu tư là Công ty CP Phương Nam (12 Lê Văn Lương, P.Tân Phong, TP.HCM).", "ho-chi-minh"},
		{"a market and its city", "Phố cổ qua tranh sơn dầu", "Họa sĩ vẽ chợ Đồng Xuân, Hà Nội những năm 1950.", "ha-noi"},
		{"a school named after a district", "Thầy hiệu trưởng đi tìm học trò nghèo",
			"Thầy Sơn, hiệu trưởng Trường THPT Hai Bà Trưng (TP Huế), giới thiệu học trò cho học bổng.", "hue"},
		{"a unit of the address's province stays", "Cháy nhà dân", "Vụ cháy ở xã Tân Phước 3, tỉnh Đồng Tháp.", "dong-thap tien-giang"},
		{"a unit whose namesake lies there", "Sạt lở đê", "Sạt lở ở xã Phú Hòa, tỉnh Đồng Nai.", "dong-nai"},
	}
	checkProvinces(t, c, cases, true)
}

// TestAbroadNamesakes: in world news a former district's bare name is a
// namesake abroad; a place with a name of its own stays, and the same bare
// name in a home story stays. The sentences are written for the test.
func TestAbroadNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a canal in China", "Kênh đào Bình Lục của Trung Quốc đi vào thử nghiệm", "", ""},
		{"a city in China", "Nổ nhà máy pháo hoa ở Trung Quốc, hơn 80 người thương vong",
			"Vụ nổ xảy ra ở Lạc Dương, tỉnh Hồ Nam.", ""},
		{"an island of its own name stays", "Tàu Trung Quốc áp sát Phú Quốc", "", "an-giang kien-giang"},
		{"a home story keeps the name", "Sạt lở đèo ở Lạc Dương sau mưa lớn", "", "lam-dong"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFormerWards: a ward that an address says a place belonged to before
// 2025 ("trước đây thuộc P.An Phú") is gone and names nothing; the place
// itself is a current one, not a former one; "trước đây" alone still marks
// a former province. The sentences are written for the test.
func TestFormerWards(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a ward's former ward", "Cây xanh lấn đường",
			"Trên đường Lưu Đình Lễ, P.An Khánh (trước đây thuộc P.An Phú, TP.Thủ Đức), TP.HCM, cây xanh vươn ra lòng đường.", "ho-chi-minh"},
		{"a former province", "Lũ lớn ở tỉnh Hà Nam trước đây", "", "ha-nam ninh-binh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestSecuritiesNames: a securities firm or a stock exchange named after a
// place ("Chứng khoán Hòa Bình", "sàn chứng khoán TP HCM") is not the
// place's news; the place named on its own still is. The sentences are
// written for the test.
func TestSecuritiesNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a securities firm", "Chứng khoán Hòa Bình bị đình chỉ giao dịch", "", ""},
		{"a stock exchange", "Sàn HoSE sắp thêm cổ phiếu ngân hàng",
			"Hơn 500 triệu cổ phiếu của một ngân hàng sẽ giao dịch phiên đầu tiên trên sàn chứng khoán TP HCM vào giữa tháng 1.", ""},
		{"the city on its own", "Nhà đầu tư chứng khoán ở TP HCM đổ xô mở tài khoản", "", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}
