package classify

import "testing"

// TestLandmarks25 covers the places of provlandmarks25.go named alone and
// the counter-cases of the names they share or were kept from: the Kim Liên
// ward beside its underpass, a developer's name, a bridge and a pass on a
// provincial border. The sentences are written for the test; each of the
// twelve wants a landmark gives fails on main.
func TestLandmarks25(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a pilgrimage centre", "Hàng nghìn người về Tắc Sậy dự thánh lễ", "", "ca-mau bac-lieu"},
		{"a border gate", "Bắt kẻ trốn truy nã", "Nghi phạm bị bắt tại cửa khẩu Bờ Y khi định sang Lào.", "quang-ngai kon-tum"},
		{"a border gate in the south", "Hành khách mang pháo nhập cảnh", "Người đàn ông bị giữ ở cửa khẩu Mộc Bài.", "tay-ninh"},
		{"an avenue", "Xe đạp có làn riêng", "Làn xe đạp trên đại lộ Mai Chí Thọ được sơn đỏ.", "ho-chi-minh"},
		{"a Hà Nội avenue", "Đại lộ Thăng Long ùn tắc giờ tan tầm", "", "ha-noi"},
		{"Hà Nội's underpass", "Gây rối ở hầm Kim Liên", "Nhóm thanh niên bị triệu tập.", "ha-noi"},
		{"a ward of Kim Liên is not the underpass", "Người dân phường Kim Liên góp ý quy hoạch", "", "ha-noi"},
		{"a market", "Chợ Bà Chiểu thông thoáng vỉa hè", "", "ho-chi-minh"},
		{"a canal", "Chỉnh trang bờ Bắc kênh Đôi", "Gói thầu sẽ xong cuối năm.", "ho-chi-minh"},
		{"an urban area", "Cư dân Aqua City nhận nhà", "", "dong-nai"},
		{"a citadel", "Gia cố tường Thành nhà Hồ", "", "thanh-hoa"},
		{"a beach under its old name", "Khách sạn ven biển Quất Lâm bỏ hoang", "", "ninh-binh nam-dinh"},
		{"a Khmer pagoda's pond", "Lễ hội đua ghe bên ao Bà Om", "", "vinh-long tra-vinh"},
		{"a developer's name is no place", "Ecopark ra mắt phân khu mới", "", ""},
		{"a bridge between two provinces", "Ôtô bốc cháy trên cầu Rạch Miễu", "", ""},
		{"a pass on a border", "Sạt lở trên đèo Hải Vân", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestRecall25Verdicts re-classifies i15prov25's judged training-day items
// (checkRecallVerdicts).
func TestRecall25Verdicts(t *testing.T) {
	checkRecallVerdicts(t, "recall_i15prov25.jsonl")
}

// TestNight25Sample re-classifies i15prov25's sample of 300 night
// (19:00–06:59) training-day items, judged from title and lead before
// bantin's tags were read (checkSampleVerdicts; current-province tags only).
func TestNight25Sample(t *testing.T) {
	checkSampleVerdicts(t, "night_i15prov25.jsonl")
}
