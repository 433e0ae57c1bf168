package classify

import "testing"

// TestScratchCardCompany covers a scratch card named after its lottery
// company's province (the labels' convention: a lottery item is tagged
// where the tickets were sold or won), and the counter-cases of the place
// where the ticket was sold. The sentences are written for the test.
func TestScratchCardCompany(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a scratch card in a title", "Cô giáo trúng 500 triệu đồng xổ số cào Đồng Nai", "", ""},
		{"a scratch card in a lead", "Người bán vé kể lại khoảnh khắc khách trúng lớn",
			"Một cụ ông cầm tấm vé số cào Cần Thơ trúng 200 triệu đồng đi đổi thưởng.", ""},
		{"the short name", "Nhặt được vé cào Hà Nội trúng thưởng, anh công nhân tìm người đánh rơi", "", ""},
		{"where it was sold stays", "Đại lý ở Vĩnh Long bán tấm vé cào trúng 1 tỉ đồng", "", "vinh-long"},
		{"where it was won stays", "Trúng 1 tỉ đồng vé số cào tại Gia Lai", "", "gia-lai"},
	}
	checkProvinces(t, c, cases, true)
}

// TestDongHoPrints covers the Đông Hồ folk print style, made and copied far
// from its village, and the counter-cases of the village and its craft. The
// sentences are written for the test.
func TestDongHoPrints(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the style in a title", "Nhà thiết kế trẻ đưa tranh Đông Hồ lên áo dài", "", ""},
		{"the style in a lead", "Triển lãm đồ họa mùa xuân khai mạc",
			"Nhiều họa sĩ trẻ vẽ lại tranh Đông Hồ bằng màu acrylic và tranh kỹ thuật số.", ""},
		{"the print village", "Làng tranh Đông Hồ tất bật vào mùa in tranh Tết", "", "bac-ninh"},
		{"the village named short", "Nghệ nhân làng Đông Hồ truyền nghề cho học sinh", "", "bac-ninh"},
		{"the craft's heritage", "Hồ sơ nghề làm tranh dân gian Đông Hồ được bổ sung tư liệu", "", "bac-ninh"},
	}
	checkProvinces(t, c, cases, true)
}
