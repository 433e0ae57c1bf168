package classify

import "testing"

// TestNamedPlaces covers namedPlaces (i19prov2): a bare lead mention that
// ends the name of a firm, a hotel, a plant or a zone the firm rules let
// through is refused when the title or a place word puts the story in
// another province. The sentences are written for the test; each want
// that drops a place fails without the rule. The others are counter-cases:
// the name's province named again, nothing placed elsewhere, a place word
// inside the name's span ("nhà máy ở …"), "phố cổ" (no legal form).
func TestNamedPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a firm's legal form in lower case", "Khai trương showroom ô tô mới tại Đà Nẵng",
			"Công ty cổ phần Phú Gia Motor Huế vừa khai trương cơ sở thứ hai ở phía nam thành phố.", "da-nang"},
		{"a firm's long name", "Gia Lai mời gọi đầu tư hai dự án năng lượng",
			"Nhà đầu tư quan tâm là Công ty cổ phần Đầu tư Khu công nghiệp Bắc Giang và một tập đoàn nước ngoài.", "gia-lai"},
		{"the second of two hotels", "Kiểm tra hai khách sạn lớn ở Nha Trang",
			"Đoàn kiểm tra làm việc tại các khách sạn Sao Biển và Mường Thanh trên đường Trần Phú.", "khanh-hoa"},
		{"a solar plant named after a lake", "Tây Ninh khởi công dự án điện sạch",
			"Nhà máy điện mặt trời Dầu Tiếng 3 có công suất 300 MW, dự kiến hoàn thành năm sau.", "tay-ninh"},
		{"a trading name", "Công viên nước ở TP.HCM đón khách trở lại",
			"Phú Thọ Tourist, đơn vị quản lý công viên, cho biết lượng khách tăng mạnh dịp hè.", "ho-chi-minh"},
		{"a developer's name", "Hội thảo bất động sản khu tây TP.HCM thu hút nhà đầu tư",
			"Hội thảo do chủ đầu tư Hoàng Phát Long An và một sàn giao dịch phối hợp tổ chức tại Hà Nội.", "ha-noi ho-chi-minh"},
		{"a road named by its ends", "Hà Nội đẩy nhanh dự án trục phía tây",
			"Đoạn tuyến từ quốc lộ 32 đến đường Hòa Lạc - Hòa Bình sẽ thông xe trong năm nay.", "ha-noi"},
		{"the second of two junctions", "TP.HCM đề xuất xây hầm chui ở cửa ngõ",
			"Hai hầm chui tại nút giao Linh Xuân và Bình Phước trên quốc lộ 1 được đề xuất xây mới.", "ho-chi-minh"},
		{"the old quarter is no firm's name", "Phú Quốc khai trương tuyến tàu điện",
			"Các nhà ga được trang trí theo chủ đề phố cổ Hà Nội và biển đảo.", "an-giang ha-noi kien-giang"},
		{"the name's province named again", "Khai trương showroom ô tô mới tại Đà Nẵng",
			"Công ty cổ phần Phú Gia Motor Huế, doanh nghiệp lớn của tỉnh Huế, mở cơ sở thứ hai.", "da-nang hue"},
		{"nothing placed elsewhere", "Doanh nghiệp ô tô báo lãi quý III",
			"Công ty cổ phần Phú Gia Motor Huế báo lãi 20 tỷ đồng trong quý.", "hue"},
		{"a place word in the span", "Nghệ An đón nhà đầu tư lớn",
			"Tập đoàn này vừa khánh thành nhà máy ở tỉnh Bắc Ninh và tìm đất mở rộng.", "nghe-an bac-ninh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestProv19NamedVerdicts re-classifies the training-day items whose tags
// namedPlaces removes (prov_i19prov2.jsonl, each judged W) and fails when
// one comes back. It needs the real news corpus (EnvRealCorpus).
func TestProv19NamedVerdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i19prov2.jsonl", "i19prov2")
}
