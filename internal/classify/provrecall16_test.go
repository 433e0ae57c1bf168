package classify

import (
	"testing"

	"bantin/internal/vntext"
)

// TestLandFolds: landFold, the cheap test, knows every land noun's folded
// form.
func TestLandFolds(t *testing.T) {
	for k := range landNouns {
		if !landFold(vntext.Fold(k)) {
			t.Errorf("landFold misses %q (%q)", k, vntext.Fold(k))
		}
	}
}

// TestFormerByAddress covers a commune's or a ward's bare name written as
// the address of a place right before its current province ("chợ X, tỉnh
// P", "đảo X (P)"): the place lies in the former province that held the
// unit (the labels' convention), and the counter-cases: a bridge or a
// junction named after an old ward elsewhere in the city, a name the whole
// capitalised run does not equal, a unit of the old province itself. The
// sentences are written for the test; the units are the gazetteer's.
func TestFormerByAddress(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a market's commune, comma", "Trộm xe máy ở chợ Nhân Cơ, Lâm Đồng", "", "lam-dong dak-nong"},
		{"an island commune in parentheses", "Ngư dân đảo Nhơn Châu (Gia Lai) vào mùa cá", "", "gia-lai binh-dinh"},
		{"a ward after tỉnh", "Khánh thành nhà văn hóa",
			"Nhà văn hóa khu phố ở Kim Bảng, tỉnh Ninh Bình vừa được khánh thành.", "ninh-binh ha-nam"},
		{"after TP. written with a dot", "Sạt lở bờ sông", "Bờ sông Thu Bồn (TP.Đà Nẵng) sạt lở sau mưa.", "da-nang quang-nam"},
		{"a landmark's capitalised noun", "Mùa nước nổi",
			"Hồ Ba Bể (tỉnh Thái Nguyên) đón khách trở lại.", "thai-nguyen bac-kan"},
		{"a body's capitalised name", "Trao quà cho người khuyết tật",
			"UBND Tân Đông Hiệp (TP.HCM) trao 100 suất quà.", "ho-chi-minh binh-duong"},
		{"a school's name", "Tư vấn tuyển sinh",
			"Buổi tư vấn diễn ra tại Trường THPT Phú Mỹ, TP.HCM.", "ho-chi-minh ba-ria-vung-tau"},
		{"a bridge named after an old ward", "Vớt được xe máy dưới chân cầu Phú Mỹ, TP.HCM", "", "ho-chi-minh"},
		{"an interchange named after an old ward", "Thông xe nhánh rẽ",
			"Nhánh rẽ của nút giao An Phú (TP.HCM) thông xe.", "ho-chi-minh"},
		{"a longer name than the unit's", "Xây cầu mới",
			"Cầu mới nối xã Bình Thạnh Đông, tỉnh An Giang với bờ bên kia.", "an-giang"},
		{"a unit of the old province itself", "Mưa lớn ở vùng cao",
			"Đường vào Di Linh (Lâm Đồng) sạt lở.", "lam-dong"},
		{"a province without a former one", "Lễ hội mùa xuân", "Lễ hội ở Đồng Hới (Quảng Bình) khai mạc.", "quang-tri quang-binh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFormerByPlaceNoun covers a unit's bare name after a land noun in an
// item that names the unit's current province: the place lies in the former
// province that held the unit; and the counter-cases: a name a mention
// reads (a province's), a street's, a unit of the old province itself. The
// sentences are written for the test; the units are the gazetteer's.
func TestFormerByPlaceNoun(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a river", "Đà Nẵng cấm khai thác cát trên sông Vu Gia", "", "da-nang quang-nam"},
		{"a sea dike", "Cà Mau gia cố đê biển Gành Hào trước mùa mưa", "", "ca-mau bac-lieu"},
		{"a market", "Cháy ki-ốt ở chợ Xuân Hòa", "Công an tỉnh Phú Thọ điều tra vụ cháy.", "phu-tho vinh-phuc"},
		{"at a unit", "Đồng Nai khởi công trường học tại Lộc Ninh", "", "dong-nai binh-phuoc"},
		{"a street's name", "Đà Nẵng mở rộng đường Hội An Đông", "", "da-nang"},
		{"a province's name", "Đồng Tháp đón du khách ở Tiền Giang cũ", "", "dong-thap tien-giang"},
		{"a unit of the old province itself", "Lâm Đồng nâng cấp chợ Di Linh", "", "lam-dong"},
		{"no province named", "Khách du lịch đổ về sông Vu Gia", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestLandmarks16 covers landmarks training-day items name without their
// province (provlandmarks.go cites each fact), and the counter-cases of
// the names they share. The sentences are written for the test.
func TestLandmarks16(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the culture park", "Hội chợ ẩm thực mùa hè",
			"Hội chợ diễn ra ở Khu du lịch văn hóa Suối Tiên suốt ba ngày cuối tuần.", "ho-chi-minh"},
		{"the park's other name", "Trao giải cuộc thi ảnh", "Lễ trao giải tổ chức tại Công viên văn hóa Suối Tiên.", "ho-chi-minh"},
		{"a comparison with the park is not a place", "Hậu Giang muốn có công viên nước lớn như Suối Tiên", "", "can-tho hau-giang"},
		{"the bakery's grounds", "Khách du lịch bị móc túi ở Tân Huê Viên", "", "can-tho soc-trang"},
		{"the river", "Cứu hộ người bị lũ cuốn trên sông Đakrông", "", "quang-tri"},
		{"the city's long nickname", "Triển lãm ảnh về thành phố mang tên Chủ tịch Hồ Chí Minh", "", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}
