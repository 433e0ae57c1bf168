package classify

import (
	"testing"
)

// TestDigestsPartnersStops covers the classes of the fourth session's
// judged training-day samples (issue 9): a digest's lead, an event's partner
// or sponsor, and an earlier stop of a tour. The sentences are written for
// the test.
func TestDigestsPartnersStops(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		// A digest's title headlines count; its lead's places do not.
		{"print issue's stories", "Tin tức đặc biệt trên báo in ngày 3.7", "Hà Nội mở rộng metro; Mưa lớn ở Lâm Đồng...", ""},
		{"digest headline", "Xem nhanh 12h: Cháy chợ ở Đà Nẵng | Giá vàng tăng", "Bản tin có nhiều tin đáng chú ý.", "da-nang"},
		{"digest headline, lead ignored", "Đọc nhanh 2-7: Giá vàng giảm; cổ phiếu doanh nghiệp TP.HCM tăng", "Một doanh nghiệp ở Cần Thơ bị phạt.", "ho-chi-minh"},
		{"one story's overview is no digest", "Toàn cảnh nút giao lớn nhất miền Tây", "Nút giao nằm ở TP Cần Thơ.", "can-tho"},
		// An event's partner or sponsor lends only its name.
		{"partner department", "Cuộc thi phim ngắn năm nay", "Cuộc thi do một tờ báo tổ chức với sự đồng hành của Sở Du lịch TP.HCM, Sở Văn hóa - Thể thao TP.HCM.", ""},
		{"sponsor before the venue", "Giải golf mùa thu", "Giải có sự tài trợ của một ngân hàng, diễn ra tại Đà Nẵng.", "da-nang"},
		{"companion naming the event", "Hãng đồ uống đồng hành cùng giải chạy Cần Thơ", "", "can-tho"},
		// An earlier stop of a tour is not where the story is now.
		{"earlier stop", "Chương trình khám bệnh miễn phí", "Sau Hải Phòng, chương trình tiếp tục diễn ra tại Thanh Hóa.", "thanh-hoa"},
		{"earlier legs", "Giải trẻ đến Đà Nẵng", "Sau hai chặng đấu tại Hà Nội và TP.HCM, giải tiếp tục đến với Đà Nẵng.", "da-nang"},
		{"after a holiday", "Sau Tết, TP.HCM cần thêm lao động", "", "ho-chi-minh"},
		{"after an event there", "Sau khi đến Hà Nội, đoàn hội đàm với lãnh đạo thành phố", "", "ha-noi"},
		// TP.HCM's venues named Phú Thọ; the province's own hall.
		{"the circus of TP.HCM", "Khán giả xếp hàng xem xiếc ở rạp xiếc và biểu diễn đa năng Phú Thọ", "", "ho-chi-minh"},
		{"the gym of TP.HCM", "Sập giàn giáo ở Nhà thi đấu Phú Thọ", "", "ho-chi-minh"},
		{"the province's hall", "Khai mạc giải cầu lông tại Nhà thi đấu tỉnh Phú Thọ", "", "phu-tho"},
	}
	checkProvinces(t, c, cases, true)
}
