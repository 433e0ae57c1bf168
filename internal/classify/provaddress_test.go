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
