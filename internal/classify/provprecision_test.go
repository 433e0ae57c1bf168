package classify

import (
	"testing"
)

// TestPrecisionClasses covers the false-positive classes found by judging a
// random sample of training-day items (issue 9, third session): names
// joined across a dash, incidents on a route, clubs named with a sponsor or
// an age group, and a place the text puts in another province. The
// sentences are written for the test.
func TestPrecisionClasses(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		// A dash joins two places; no name runs across it.
		{"dash between two ends", "Thông xe 13 km cao tốc Vân Phong - Nha Trang", "", "khanh-hoa"},
		{"dash inside no name", "Cấm xe ban đêm trên cao tốc La Sơn - Hòa Liên", "", ""},
		{"dash the name has", "Du khách khám phá Phong Nha - Kẻ Bàng", "", "quang-tri quang-binh"},
		{"no dash where the name has one", "Mùa mưa ở Phong Nha Kẻ Bàng", "", "quang-tri quang-binh"},
		// An incident somewhere on a route is not in the provinces it joins.
		{"wrong-way driver on a route", "Xe khách chạy ngược chiều trên cao tốc Hà Nội - Hải Phòng", "", ""},
		{"speeding fines on a route", "CSGT phạt 20 xe quá tốc độ trên cao tốc Phan Thiết - Vĩnh Hảo", "", ""},
		{"a crash with tông", "Xe tải tông ôtô dừng trên cao tốc Cam Lâm - Vĩnh Hảo", "", ""},
		{"the road is the story", "Khởi công mở rộng cao tốc Hà Nội - Hải Phòng", "", "ha-noi hai-phong"},
		{"incident with its place named", "Xe cháy trên cao tốc Hà Nội - Hải Phòng", "Vụ cháy xảy ra đoạn qua tỉnh Hưng Yên.", "hung-yen"},
		{"an incident from X to Y", "CSGT phạt 74 xe quá tốc độ trên cao tốc từ TP.HCM đến Khánh Hòa", "", ""},
		{"a road from X to Y", "Thông xe cao tốc từ Hà Tĩnh đến Quảng Trị", "", "ha-tinh quang-tri"},
		{"an incident on a route within one province", "Xe tải bốc cháy trên cao tốc Nha Trang - Cam Lâm", "", "khanh-hoa"},
		// Clubs named with a sponsor, an age group, or a draw.
		{"sponsor's club", "Becamex TP.HCM thua 0-2, nguy cơ rớt hạng V-League", "", ""},
		{"sponsor's club listed", "V-League: Thép Xanh Nam Định hòa Sông Lam Nghệ An", "", ""},
		{"volleyball club", "Bóng chuyền: VTV Bình Điền Long An vào chung kết", "", ""},
		{"the club's ground", "PVF-CAND thắng 2-1 trên sân Becamex TP.HCM ở vòng 13 V-League", "", "ho-chi-minh"},
		{"sponsor's club at home", "V-League: SHB Đà Nẵng thắng 2-0 trên sân nhà", "", "da-nang"},
		{"the host's ground, not the visitor's", "Ninh Bình ra mắt trên sân nhà khi tiếp Đông Á Thanh Hóa ở V-League", "", "ninh-binh"},
		{"youth teams", "U.19 Đồng Tháp thắng U19 Hà Nội ở giải bóng đá U.19 quốc gia", "", ""},
		{"youth event with its year", "Khai mạc Festival bóng đá quốc tế U14 Gia Lai 2026", "", "gia-lai"},
		{"held to a draw", "CLB Ninh Bình bị Đồng Tháp cầm hòa 1-1 ở vòng 14 giải hạng nhất", "", ""},
		{"sponsor's word outside sports", "Đoàn doanh nghiệp Đông Á thăm Thanh Hóa", "", "thanh-hoa"},
		// The text puts a place of that name in another province.
		{"place in another province", "Phá hoại bảng báo trên cao tốc đoạn Bùng - Vạn Ninh (Quảng Trị)", "", "quang-tri quang-binh"}, // the expressway lies in former Quảng Bình
		{"place in its own province", "Lễ hội cầu ngư ở Vạn Ninh (Khánh Hòa)", "", "khanh-hoa"},
		{"place then another province with tỉnh", "Tìm chủ nhân số vàng", "Số vàng được tìm thấy ở Vạn Ninh, tỉnh Quảng Trị.", "quang-tri"},
		{"two places listed", "Du lịch Sa Pa, Hà Nội dịp Tết", "", "ha-noi lao-cai"},
		{"a hall named after a province", "Sập giàn giáo ở nhà thi đấu Phú Thọ", "Vụ việc xảy ra tại nhà thi đấu Phú Thọ (TP.HCM).", "ho-chi-minh"},
		{"a former province in parentheses", "Lễ hội ở Phú Quốc (Kiên Giang cũ)", "", "an-giang kien-giang"},
		// Where someone or something comes from.
		{"home town with tỉnh", "Bắt kẻ trộm xe ở Đà Nẵng", "Nghi phạm 25 tuổi, quê tỉnh Quảng Nam.", "da-nang"},
		{"home town with quê quán", "Cáo phó", "Cụ ông sinh năm 1930, quê quán Nam Định, mất tại nhà riêng.", ""},
		{"number plate", "Xe khách biển số TP.HCM bốc cháy ở Nha Trang", "", "khanh-hoa"},
		{"number plate with tỉnh", "Xe tải biển kiểm soát tỉnh Lai Châu gặp nạn ở Hà Tĩnh", "", "ha-tinh"},
		{"lorry's plate", "Xe tải biển Quảng Trị tông dải phân cách ở Huế", "", "hue"},
		{"where a person comes from", "Cô gái Hà Nội đăng quang hoa hậu tại Sa Pa", "", "lao-cai"},
		{"a person's origin alone", "Chàng trai Cà Mau khởi nghiệp với con cua", "", "ca-mau"},
		{"the city's people as the subject", "Người TP HCM dâng hương giỗ Tổ", "Lễ dâng hương diễn ra tại Đền Hùng Bình Dương.", "ho-chi-minh binh-duong"},
		{"a player's origin", "Tiền vệ người Hà Tĩnh xuất sắc nhất giải tại TP.HCM", "", "ho-chi-minh"},
		// Namesakes: a temple, a border gate, a pageant, a club.
		{"a temple named after Phú Thọ's", "Dâng hương tại Đền Hùng Bình Dương", "", "ho-chi-minh binh-duong"},
		{"Hoa Lư border gate", "Tiếp nhận 18 công dân qua cửa khẩu Hoa Lư", "", "dong-nai binh-phuoc"},
		{"Miss Grand", "Hoa hậu Hòa Bình Việt Nam 2026 khởi động", "", ""},
		{"a club with a place in its name", "V-League: Hồng Lĩnh Hà Tĩnh thua 0-1", "", ""},
		{"a street of TP.HCM", "Truy tố vụ khu đất 39-39B Bến Vân Đồn", "", "ho-chi-minh"},
		{"a namesake in parentheses", "Làng gốm Thanh Hà (Hội An) nhận giải thưởng", "", "da-nang quang-nam"},
		{"a namesake after ở", "Cầu vượt cửa biển Thuận An ở TP.Huế chưa thông xe", "", "hue"},
		{"a clinic named after Sài Gòn", "Xác minh vụ y lệnh khống", "Vụ việc xảy ra tại Phòng khám đa khoa Sài Gòn (xã Trần Văn Thời, tỉnh Cà Mau).", "ca-mau"},
		{"a royal title", "Nơi Bắc Bình Vương lên ngôi hoàng đế", "", ""},
		{"the teams of a match", "Bóng đá: chung kết Cúp quốc gia giữa Ninh Bình và Công An TP.HCM", "", ""},
		{"a time zone", "Tên lửa phóng lúc 18h (giờ Hà Nội) từ Texas", "", ""},
		{"Cần Giờ before a dash", "Khởi công đường vượt biển Cần Giờ - Vũng Tàu", "", "ho-chi-minh ba-ria-vung-tau"},
		{"a dish", "Quán bún bò Huế trong biệt thự cổ ở TP.HCM", "", "ho-chi-minh"},
		{"a city's club", "Highlight Quy Nhơn United 1-2 Bắc Ninh: tốp 2 được định đoạt", "", ""},
		{"the clubs HAGL beat", "V-League: HAGL thắng liên tiếp trước các đội Đà Nẵng và Ninh Bình", "", ""},
		// Missed places found in a sample of untagged training-day items.
		{"the flower street", "Khai mạc đường hoa Nguyễn Huệ Tết Bính Ngọ", "", "ho-chi-minh"},
		{"a street named Nguyễn Huệ elsewhere", "Sửa đường Nguyễn Huệ ở Quy Nhơn", "", "gia-lai binh-dinh"},
		{"the city named after Hồ Chí Minh", "Ở TP mang tên Bác, thanh niên xung phong giữ lửa", "", "ho-chi-minh"},
		{"a commune's road", "Xe máy tông ôtô trên đường xã Chư Păh", "", "gia-lai"},
		// A storm's position at sea.
		{"storm north of the Spratlys", "Bão số 15 hướng về phía bắc quần đảo Trường Sa", "", ""},
		{"the Spratlys themselves", "Bầu cử sớm ở đặc khu Trường Sa", "", "khanh-hoa"},
		// Streets, works and Chongqing.
		{"Xa lộ Hà Nội", "Kẹt xe trên xa lộ Hà Nội, TP.HCM", "", "ho-chi-minh"},
		{"house number after tại", "Phòng khám mới khai trương", "Phòng khám chuyển về tại 189 Hai Bà Trưng (phường Cam Ly, Đà Lạt).", "lam-dong"},
		{"house number after tại số", "Phòng khám chuyển địa điểm", "Cơ sở mới tại số 189 Hai Bà Trưng, Đà Lạt.", "lam-dong"},
		{"house number in parentheses", "Triển lãm tranh", "Triển lãm diễn ra tại trung tâm triển lãm (số 2 Hoa Lư, Hà Nội).", "ha-noi"},
		{"an ordinal is no address", "Ứng cử viên đơn vị bầu cử số 3 TP.HCM tiếp xúc cử tri", "", "ho-chi-minh"},
		{"a play's title", "Sân khấu cải lương", "Nhà hát diễn lại các vở như Tiếng trống Mê Linh, Tiếng hò sông Hậu.", ""},
		{"Chongqing", "Sạt lở đất ở Trùng Khánh, Trung Quốc", "", ""},
		{"a club word in a secondary sports story", "Nam Định thắng lớn ở Myanmar", "CLB Nam Định thắng Shan United 3-0 tại Myanmar ở ASEAN Club Championship.", ""},
	}
	checkProvinces(t, c, cases, false)
}

func TestDashMask(t *testing.T) {
	for _, tc := range []struct {
		text string
		want uint64
	}{
		{"Phong Nha - Kẻ Bàng", 1 << 2}, {"Phong Nha", 0}, {"BR-VT", 1 << 1}, {"Phan Rang – Tháp Chàm", 1 << 2},
	} {
		if got := dashMask(tc.text); got != tc.want {
			t.Errorf("dashMask(%q) = %b, want %b", tc.text, got, tc.want)
		}
	}
}
