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

// TestTripToNamedPlace covers a vehicle's trip from a province to a place
// no list holds (a city abroad): the origin is not the story's place, as it
// is not for a trip to another province or country; and the counter-cases
// of an airport the trip came back to and of a trip without a carrier (a
// fare). The sentences are written for the test.
func TestTripToNamedPlace(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a flight to a city abroad", "Hành khách say rượu gây rối trên máy bay",
			"Chuyến bay từ Đà Nẵng đi Seoul phải hạ cánh khẩn cấp sau khi một hành khách say xỉn gây rối.", ""},
		{"an airline's flight", "Phi công xin hạ cánh sớm vì thời tiết xấu",
			"Chuyến bay của Vietjet từ Hà Nội đi Osaka đã hạ cánh ở sân bay khác do bão.", ""},
		{"the airport it came back to", "Máy bay quay đầu vì sự cố kỹ thuật",
			"Chuyến bay từ Hà Nội đi Frankfurt phải quay lại Nội Bài sau hai giờ bay.", "ha-noi"},
		{"a fare, without a carrier", "Giá vé tăng mạnh dịp hè",
			"Giá vé khứ hồi từ TP HCM đi Tokyo tăng gần gấp đôi so với tháng trước.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestGiaNghiaAbroad covers Gia Nghĩa, Lâm Đồng's ward, named like Taiwan's
// Chiayi, in a story set in Taiwan; and the counter-case of the ward
// itself. (A Chinese person's name written so, "Wu Jiayi (Ngô Gia
// Nghĩa)", was refused before in the sentences written for it.) The sentences are written for the
// test.
func TestGiaNghiaAbroad(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"Taiwan's city", "Chợ đêm lớn nhất Đài Loan hút khách dịp Tết",
			"Hàng chục nghìn người dạo chợ đêm ở thành phố Gia Nghĩa, miền nam Đài Loan, mỗi tối cuối tuần.", ""},
		{"the ward stays", "Gia Nghĩa mở rộng chợ trung tâm",
			"Chợ trung tâm phường Gia Nghĩa, tỉnh Lâm Đồng được nâng cấp thêm hai dãy ki-ốt.", "lam-dong dak-nong"},
	}
	checkProvinces(t, c, cases, true)
}

// TestNicknameFirm covers Bắc Ninh's nickname Kinh Bắc as a firm's short
// name when the lead names the firm in full, and the counter-cases of the
// region. The sentences are written for the test.
func TestNicknameFirm(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the firm's short name", "Kinh Bắc báo lãi quý tăng mạnh",
			"Tổng công ty Phát triển Đô thị Kinh Bắc công bố lợi nhuận quý II gấp ba cùng kỳ.", ""},
		{"the region", "Lễ hội mùa xuân vùng Kinh Bắc thu hút du khách",
			"Nhiều làng quan họ mở hội từ mùng 4 Tết.", "bac-ninh"},
		{"the region without the firm", "Kinh Bắc vào mùa hội làng", "", "bac-ninh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestTripDeparture covers the city a delegation leaves for a trip abroad,
// and the counter-case of people leaving a city for the holidays, whose
// gates are the story. The sentences are written for the test.
func TestTripDeparture(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a state visit", "Chủ tịch Quốc hội thăm chính thức Hàn Quốc",
			"Sáng nay, Chủ tịch Quốc hội cùng đoàn đại biểu rời Hà Nội, lên đường thăm chính thức Hàn Quốc.", ""},
		{"the capital named in full", "Thủ tướng dự hội nghị thượng đỉnh",
			"Chiều 12-9, Thủ tướng rời thủ đô Hà Nội lên đường dự hội nghị thượng đỉnh tại Indonesia.", ""},
		{"a working trip", "Phó thủ tướng công tác tại Nhật Bản",
			"Phó thủ tướng sáng nay rời Hà Nội, bắt đầu chuyến công tác tại Nhật Bản.", ""},
		{"the holidays' exodus stays", "Cửa ngõ ùn tắc ngày cuối trước Tết",
			"Hàng nghìn người rời TP.HCM về quê ăn Tết khiến các cửa ngõ phía tây kẹt xe nhiều giờ.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}
