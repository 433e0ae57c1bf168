package classify

import "testing"

// TestAddressHomes covers a person's whole address in parentheses (the
// commune before the province is the same home), and the counter-cases:
// a story of homes alone keeps them, and a commune outside the
// parenthesis places the story. The sentences are written for the test.
func TestAddressHomes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the address's commune is the home", "Bắt nghi phạm trộm xe máy ở Cần Thơ",
			"Nghi phạm là Trần Văn B. (31 tuổi, ngụ xã Hậu Nghĩa, tỉnh Tây Ninh).", "can-tho"},
		{"with a hamlet and a commune", "Công an Đồng Tháp tạm giữ tài xế gây tai nạn",
			"Tài xế Lê Văn K. (45 tuổi, thường trú ấp Hòa Thạnh, xã Hậu Nghĩa, tỉnh Tây Ninh) bị tạm giữ để điều tra.", "dong-thap"},
		{"homes alone stay as they were", "Hai người xô xát sau va chạm giao thông",
			"Lê Văn C. (40 tuổi, ngụ xã Hậu Nghĩa, Tây Ninh) đánh anh D. (30 tuổi, ngụ TP.HCM).", "tay-ninh long-an"},
		{"a commune outside the parenthesis places the story", "Cháy kho hàng ở xã Hậu Nghĩa",
			"Chủ kho là ông E. (50 tuổi, ngụ TP.HCM) cho biết thiệt hại lớn.", "tay-ninh long-an"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFirmsAndSchoolsNamedAfterPlaces covers the Hà Nội-named university
// of Phúc Yên and a dairy named after its plateau, and the counter-cases
// of the university in Hà Nội and the plateau itself. Written for the test.
func TestFirmsAndSchoolsNamedAfterPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the Phúc Yên university", "Sinh viên nhận học bổng",
			"Trường Đại học Sư phạm Hà Nội 2 trao 50 suất học bổng cho sinh viên năm nhất.", ""},
		{"the abbreviation", "ĐHSP Hà Nội 2 công bố điểm chuẩn", "", ""},
		{"a dairy's brand", "Sữa tươi Mộc Châu Creamery có mặt ở siêu thị miền Nam", "", ""},
		{"the dairy", "Cổ phiếu Giống bò sữa Mộc Châu tăng trần sau báo cáo lãi", "", ""},
		{"the plateau stays", "Hoa mận nở trắng cao nguyên Mộc Châu", "", "son-la"},
		{"the Hà Nội university stays", "Sinh viên nhận học bổng",
			"Trường Đại học Sư phạm Hà Nội trao 50 suất học bổng cho sinh viên năm nhất.", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}

// TestLandmarksRecall covers landmarks named without their province (an
// island, markets, a temple, a pagoda, passes, a village), and the
// exhibition centre, which places a story only as a venue. Written for
// the test.
func TestLandmarksRecall(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"an island's airport", "Khởi công đường băng sân bay Thổ Chu", "", "an-giang kien-giang"},
		{"a wholesale market", "Tiểu thương chợ Bình Điền chuẩn bị hàng Tết", "", "ho-chi-minh"},
		{"a village market", "Phiên chợ Chuộng đông khách ngày mùng 6", "", "thanh-hoa"},
		{"a temple", "Du khách dâng hương ở đền Phủ Na", "", "thanh-hoa"},
		{"a pagoda", "Chùa Địa Tạng Phi Lai đón khách đầu năm", "", "ninh-binh ha-nam"},
		{"a pass", "Xe tải mất phanh trên đèo Vi Ô Lắc", "", "quang-ngai kon-tum"},
		{"another pass", "Sạt lở bên đèo Bắc Sum sau mưa lớn", "", "lang-son"},
		{"a birthplace", "Học sinh về Hoàng Trù thăm nhà thời niên thiếu của Bác", "", "nghe-an"},
		{"a commune named bare", "Người dân Mường Than dọn bùn sau lũ quét", "", "lai-chau"},
		{"another commune", "Rừng phong Khe Sanh vào mùa thay lá", "", "quang-tri"},
		{"a quarter", "Phố đêm Chợ Lớn đông khách cuối tuần", "", "ho-chi-minh"},
		{"the historic province is not the quarter", "Khánh thành bia di tích",
			"Ngôi nhà là nơi thành lập Tỉnh ủy Chợ Lớn năm 1930, nay thuộc tỉnh Tây Ninh.", "tay-ninh"},
		{"the Temple of Literature", "Khách xếp hàng xin chữ ở Văn Miếu - Quốc Tử Giám", "", "ha-noi"},
		{"Sa Huỳnh as a place", "Làm muối trên đá ở Sa Huỳnh", "", "quang-ngai"},
		{"Sa Huỳnh as a singer", "Ca sĩ Sa Huỳnh ra album mới", "", ""},
		{"the exhibition centre as a venue", "Triển lãm ô tô mở cửa",
			"Triển lãm diễn ra tại Trung tâm Triển lãm Việt Nam đến hết chủ nhật.", "ha-noi"},
		{"the centre's own deal", "Ký kết hợp tác tổ chức sự kiện",
			"Trung tâm Triển lãm Việt Nam ký thỏa thuận với ba nhà tổ chức nước ngoài.", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestVehicleRanges covers a vehicle's range told as a trip between two
// cities, and the counter-cases: a trip that is the story, a charging
// station in a city. Written for the test.
func TestVehicleRanges(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a route's ends", "Xe điện mới chạy Cần Thơ - Đà Lạt không cần sạc", "", ""},
		{"from and to", "Mẫu xe máy điện đi từ Hải Phòng đến Vinh mới cần sạc lại", "", ""},
		{"one charge", "Ô tô điện chạy Đà Nẵng - Quy Nhơn chỉ với một lần sạc",
			"Hãng công bố quãng đường 520 km theo chuẩn thử nghiệm.", ""},
		{"a trip that is the story (its origin is a journey's)", "Đoàn xe điện chạy từ Hà Nội đến Vinh trong ngày hội",
			"Các xe dừng sạc tại trạm ở Thanh Hóa.", "nghe-an thanh-hoa"},
		{"a charging station in a city", "Khai trương trạm sạc ở Cần Thơ", "", "can-tho"},
	}
	checkProvinces(t, c, cases, true)
}
