package classify

import "testing"

func TestTitleDay(t *testing.T) {
	for _, c := range []struct {
		title  string
		sports bool
		want   uint16
	}{
		{"Xổ số miền Nam ngày 11 tháng 2: vé trúng đài Cà Mau", false, 2<<5 | 11},
		{"Truy tìm dãy số trúng xổ số ngày 8 tháng 12 đài Đà Lạt", false, 12<<5 | 8},
		{"Thời tiết hôm nay 12-2: Bắc Bộ mưa phùn", false, 2<<5 | 12},
		{"Dự báo thời tiết 24.2: miền Bắc nồm ẩm", false, 2<<5 | 24},
		{"Giá heo hơi hôm nay 3.2.2026: giảm nhanh", false, 2<<5 | 3},
		{"SEA Games ngày 12/12: thêm 10 huy chương vàng", false, 12<<5 | 12},
		{"Chứng khoán 24-2: VN-Index hướng tới mốc mới", false, 2<<5 | 24},
		{"Thu phí cao tốc từ 15.7", false, 7<<5 | 15},
		{"Thời tiết hôm nay 1-1-2026: rét đậm", false, 1<<5 | 1},
		{"Lịch nghỉ lễ 30-4, 1-5 của học sinh", false, 0},
		{"Bộ Nội vụ: không hoán đổi ngày nghỉ dịp Giỗ Tổ và 30-4, 1-5", false, 0},
		{"Việt Nam thắng Thái Lan 3-2: ngôi vô địch xứng đáng", true, 0},
		{"Hà Nội FC 2-1 Hải Phòng: chiến thắng nhọc nhằn", true, 0},
		{"Đội tuyển thắng 2-1 sau hiệp phụ", false, 0},
		{"Lãi suất giảm còn 4.5%, thấp nhất năm", false, 0},
		{"Hơn 2.000 người dự lễ hội, thu 1.041 tỷ đồng", false, 0},
		{"Sau 3 tháng 5 ngày, vụ án được đưa ra xét xử", false, 0},
		{"Giá vàng tăng 1.8 triệu đồng", false, 0},
		{"Kỷ niệm 80 năm Quốc khánh 2/9", false, 0},
		{"Đề xuất hoán đổi nghỉ lễ dịp 30-4 và 1-5: lấy ý kiến người lao động", false, 0},
		{"Gợi ý điểm đến dịp giỗ Tổ và 30/4", false, 0},
		{"Lễ kỷ niệm ngày 30.4.1975 tại dinh Độc Lập", false, 0},
		{"Tin tức đặc biệt trên báo in 2.12.2025", false, 12<<5 | 2},
		{"Bão số 12 đổ bộ", false, 0},
		{"Man City, Liverpool vào thẳng vòng 1/8 Champions League", false, 0},
		{"Nam Bộ mưa trái mùa 1/3 khu vực", false, 0},
		{"Giá vàng 12/2: tăng mạnh", false, 2<<5 | 12},
		{"Hôm nay ngày 28.2: ngày gì đặc biệt", false, 2<<5 | 28},
	} {
		if got := titleDay(c.title, c.sports); got != c.want {
			t.Errorf("titleDay(%q) = %d/%d, want %d/%d", c.title, got&31, got>>5, c.want&31, c.want>>5)
		}
	}
}
