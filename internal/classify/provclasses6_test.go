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
