package classify

import "testing"

// TestNumberedUnits: a unit whose name ends in a number (44 of the
// gazetteer's: communes such as Bảo Lâm 1–5, TP.HCM's former quận 1–12) is
// read whole, the number being part of the name, not cut before it (where
// "xã Bảo Lâm" is another province's commune) or refused for an
// uncapitalised word. The sentences are written for the test.
func TestNumberedUnits(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a numbered commune, not the shorter namesake", "Lũ cuốn trôi cầu ở xã Bảo Lâm 4", "", "lam-dong"},
		{"a numbered commune alone", "Cháy rừng tại xã Sơn Kim 1", "", "ha-tinh"},
		{"a numbered commune in a former province", "Công an xã Tân Phước 2 bắt kẻ cướp giật", "", "dong-thap tien-giang"},
		{"a numbered ward in a former province", "Phường Hà Giang 1 trao nhà đại đoàn kết", "", "ha-giang tuyen-quang"},
		{"a former numbered district", "Phạt quán karaoke ở quận 7 cũ", "", "ho-chi-minh"},
		{"the unnumbered namesake stays", "Mưa lớn ở xã Bảo Lâm", "", "cao-bang"},
		{"a number after a unit's name that is not part of it", "Xã Bảo Lâm 12 hộ dân được hỗ trợ", "", "cao-bang"},
	}
	checkProvinces(t, c, cases, true)
}

// TestAbbreviatedUnits: "P." and "Q." before a name stand for phường and
// quận, as "TP." and "TX." stand for theirs; a quarter ("Q1") or a letter
// without its dot is no unit. The sentences are written for the test.
func TestAbbreviatedUnits(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a former district", "Cháy nhà ở Q.1 cũ", "", "ho-chi-minh"},
		{"a ward in a former province", "Công an P.Mỹ Phước Tây bắt nghi phạm trộm xe", "", "dong-thap tien-giang"},
		{"a ward with a space after the dot", "Ngập sâu ở P. Vũng Tàu sau mưa lớn", "", "ba-ria-vung-tau ho-chi-minh"},
		{"a quarter, not a district", "Doanh thu Q1 của doanh nghiệp tăng 10%", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestCompoundStarts: a place whose first syllable, written in lower case,
// ends a capitalised word before it is no place ("Quảng trường Sa Đéc",
// "Cầu thủ Đức Huy", "Hiệp hội An ninh"); a landmark's generic word and
// an administrative word before a name keep it. The sentences are written
// for the test.
func TestCompoundStarts(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a square", "Lễ hội khai mạc tại Quảng trường Sa Đéc, tỉnh Đồng Tháp", "", "dong-thap"},
		{"a footballer", "Cầu thủ Đức Huy làm đám cưới", "", ""},
		{"an association", "Hiệp hội An ninh mạng cảnh báo lừa đảo", "", ""},
		{"a mountain after a festival's name", "Hội Xuân núi Bà Đen khai mạc mùng 4 Tết", "", "tay-ninh"},
		{"a city after its abbreviation, miswritten", "Công an TP cần Thơ cảnh báo lừa đảo", "", "can-tho"},
		{"a pagoda", "Du khách đổ về chùa Hương ngày khai hội", "", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}
