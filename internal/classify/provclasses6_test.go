package classify

import "testing"

// TestLotteriesAndNamesakes covers two more classes of the sample: a
// lottery's draw named after its company's province, and two namesakes of
// a province in another one. The sentences are written for the test.
func TestLotteriesAndNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a draw named after its company", "Dãy số 555555 trúng giải đặc biệt xổ số Vĩnh Long", "", ""},
		{"the jackpot of a draw", "Đi tìm tờ vé trúng độc đắc Cà Mau", "", ""},
		{"a results list", "Kết quả xổ số miền Nam hôm nay", "KQXS Tây Ninh, KQXS An Giang, KQXS Bình Thuận.", ""},
		{"where the tickets were sold", "Đại lý ở Cần Thơ bán 10 tờ trúng độc đắc xổ số Hậu Giang", "", "can-tho"},
		{"the company's own news", "Xổ số kiến thiết Đồng Nai nộp ngân sách 2.000 tỉ", "", ""},
		{"the interchange of TP.HCM", "Xe tải lật ở cầu vượt Bình Phước", "", "ho-chi-minh"},
		{"the expressway of Quảng Trị", "Sửa biển báo trên cao tốc Bùng - Vạn Ninh", "", "quang-tri quang-binh"},
		{"Khánh Hòa's Vạn Ninh", "Lễ hội cá Ông ở Vạn Ninh", "", "khanh-hoa"},
	}
	checkProvinces(t, c, cases, true)
}

// TestJourneyOrigins covers a journey's origin whose destination comes
// later in the sentence (the sample's journeys). The sentences are written
// for the test.
func TestJourneyOrigins(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a destination named later", "Xe chở đoàn từ thiện gặp nạn",
			"Đoàn 12 người đi từ Hà Nội đến một điểm trường ở xã Mường Lạn, tỉnh Sơn La thì xe lật.", "son-la"},
		{"a ride to a market", "Giật túi xách ở chợ",
			"Nghi phạm chạy xe máy từ TP.HCM về chợ phường Tân An, Tây Ninh rồi giật túi xách của khách.", "tay-ninh long-an"},
		{"no verb of travel", "Mưa lớn từ Hà Tĩnh đến hết khu vực Trung Bộ", "", "ha-tinh"},
		{"a carried load", "Ghép tim thành công", "Trái tim được chuyển từ Cần Thơ về bệnh viện ở TP.HCM.", "can-tho ho-chi-minh"},
		{"flights moved, in a title", "Chuyển chuyến bay quốc tế từ Tân Sơn Nhất về sân bay Long Thành", "", "dong-nai ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestBrandsSimilesWorks covers the classes of the second sample (s9):
// brands named after Sài Gòn, the weather likened to a place's, a play's
// title, a hamlet named like a city, another country's capital, a ward's
// name holding another province's former district, a club named after a
// paper, an athlete named with a province's team. The
// sentences are written for the test.
func TestBrandsSimilesWorks(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a beer brand", "Bia Saigon ra mắt lon mới dịp Tết", "", ""},
		{"a chain of eye hospitals", "Bệnh viện Mắt Sài Gòn mở cơ sở ở Bến Tre", "", "vinh-long ben-tre"},
		{"the weather likened", "TP.HCM sáng nay lạnh như Đà Lạt", "", "ho-chi-minh"},
		{"no colder than", "Hà Nội se lạnh, không thua gì Sa Pa", "", "ha-noi"},
		{"a city to grow like", "Cần Thơ muốn phát triển như Đà Nẵng", "", "can-tho"},
		{"like a list of cities", "Chương trình đến các thành phố như Huế, Đà Nẵng", "", "da-nang hue"},
		{"a play's title", "Nhà hát phát sóng vở cải lương Tiếng trống Mê Linh", "", ""},
		{"a play's title without a work word", "Ca sĩ trẻ hát Tiếng trống Mê Linh", "", ""},
		{"a hamlet named like a city", "Cháy nhà ở Khánh Hòa", "Vụ cháy xảy ra tại thôn Vĩnh Yên, xã Vạn Thạnh.", "khanh-hoa"},
		{"the countryside", "Lớp học cho trẻ tự kỷ ở vùng nông thôn Đắk Lắk", "", "dak-lak"},
		{"another country's capital", "Thủ đô nước nào đông dân nhất châu Phi?", "", ""},
		{"a ward's name holding a former district's", "Khai mạc đường hoa Tân Sơn Hòa", "", "ho-chi-minh"},
		{"the former district itself", "Lũ quét ở Sơn Hòa", "", "dak-lak phu-yen"},
		{"a club named after a paper and its city", "Hạng nhất: CLB Đồng Tháp thắng Thanh Niên TP.HCM 3-1 trên sân Cao Lãnh", "", "dong-thap"},
		{"the paper's own news", "Báo Thanh Niên trao quà ở TP.HCM", "", "ho-chi-minh"},
		{"a cyclist of a province's team", "Xe đạp: tay đua Hà Nội thắng chặng 5 ở Quảng Trị", "", "quang-tri"},
		{"a delegation's runner", "Điền kinh: VĐV đoàn Bắc Ninh giành 3 HCV giải vô địch quốc gia", "", ""},
		{"a union's team", "Bóng đá công nhân: Công đoàn Hải Phòng vào bán kết", "", ""},
		{"the race held in a province", "Xe đạp: chặng 5 về đích ở Hà Nội", "", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}
