package classify

import "testing"

// TestBoundStructureCup covers the twentieth session's four refusals
// (i20provfp): a place a traveller is only bound for (boundFor), an end of
// the route a structure lies on (structureEnds), the place of a cup's name
// (cupNames) and the examples of a group a place is compared with
// (comparedGroup). The sentences are written for the test; each want that
// drops a place fails without its rule. The others are counter-cases: a
// flight that ends in an arrest, a flow on the road into a city, a stay, a
// decision taken, "muốn … về" (about, not to), "Bình Định"
// (no plan word), a border bridge that itself joins two provinces, a route
// that is the story, a cup held "tại" its city, a "World Cup" of a city,
// examples after "hơn" (a place where it is).
func TestBoundStructureCup(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a fugitive's flight", "Bắt nghi phạm trộm xe máy ở Cần Thơ",
			"Sau khi lấy trộm chiếc xe, Trần Văn B tẩu thoát vào TP.HCM.", "can-tho"},
		{"a flight with a purpose", "Nghi phạm cướp tiệm vàng ở Nghệ An khai gì?",
			"Nghi phạm khai cướp vàng để lấy tiền rồi trốn ra Hà Nội làm ăn.", "nghe-an"},
		{"on a bus bound for a place", "Bắt kẻ trộm két sắt",
			"Nghi phạm bị bắt khi đang trên xe khách lên Lâm Đồng để lẩn trốn.", ""},
		{"on the way to a friend", "Thanh niên chạy xe máy ngược chiều trên cao tốc ở Cần Thơ",
			"Người này khai với công an đang trên đường đến Vĩnh Long thăm bạn.", "can-tho"},
		{"a plan", "Du khách kẹt lại Huế vì lũ",
			"Dự định ra Hà Nội dự lễ hội, nhóm du khách phải ở lại khách sạn ba ngày.", "hue"},
		{"a flow seen on the road into a city", "Ùn tắc kéo dài ngày cuối kỳ nghỉ",
			"Hàng nghìn xe nhích từng mét trên đường vào TP.HCM chiều mùng 6 Tết.", "ho-chi-minh"},
		{"a flight that ends in an arrest", "Bắt nghi phạm trộm xe máy ở Cần Thơ",
			"Sau khi lấy trộm chiếc xe, B bỏ trốn đến TP.HCM thì bị công an bắt giữ.", "can-tho ho-chi-minh"},
		{"a flight that ends in a stay", "Bắt nghi phạm lừa đảo ở Quảng Ngãi",
			"Sau khi chiếm đoạt tiền, nghi phạm trốn lên Lâm Đồng sinh sống.", "lam-dong quang-ngai"},
		{"a decision taken", "Tiền vệ gặp chấn thương nặng ở Hà Nội",
			"Tiền vệ này đã quyết định sẽ vào TP.HCM phẫu thuật.", "ha-noi ho-chi-minh"},
		{"a province named Định", "Bão số 15 có thể ảnh hưởng Nam Trung Bộ",
			"Các tỉnh từ Bình Định đến Lâm Đồng cần chủ động ứng phó.", "binh-dinh gia-lai lam-dong"},
		{"a wish to learn about a place", "Du khách quốc tế quan tâm văn hóa Việt",
			"Nhiều du khách muốn tìm hiểu thêm về Hà Nội qua ẩm thực đường phố.", "ha-noi"},
		{"a pass on a route", "Sửa mặt đường đèo Prenn ở Lâm Đồng",
			"Đèo Prenn, trên tuyến huyết mạch nối TP HCM lên Đà Lạt, được sửa trong 10 ngày.", "lam-dong"},
		{"a bridge on a national road", "Quảng Ngãi tính phương án hoàn thiện cây cầu bỏ hoang",
			"Cầu 45 trên quốc lộ 24 nối Quảng Ngãi - Gia Lai xây dở suốt 8 năm.", "quang-ngai"},
		{"a border bridge joins two provinces", "Cấm xe tải qua cầu Nhơn Trạch",
			"Xe tải chưa được qua cầu Nhơn Trạch nối TP HCM - Đồng Nai trong giai đoạn đầu.", "dong-nai ho-chi-minh"},
		{"a route that is the story", "Khởi công cao tốc mới ở Lâm Đồng",
			"Tuyến cao tốc nối TP HCM với Lâm Đồng có tổng vốn 18.000 tỷ đồng.", "ho-chi-minh lam-dong"},
		{"a cup named after a place", "Lịch thi đấu chung kết Giải bóng chuyền Cúp Hoa Lư",
			"Hai trận chung kết sẽ diễn ra tối nay.", ""},
		{"a cup before its word", "Tay vợt Việt Nam thăng hạng thế giới",
			"Chức vô địch PPA Asia - Hanoi Cup giúp anh lên thứ 14 thế giới.", ""},
		{"a cup held in its city", "Giải bóng chuyền Cúp Hoa Lư khởi tranh",
			"Giải đấu diễn ra tại nhà thi đấu tỉnh Ninh Bình đến hết tháng 3.", "ninh-binh"},
		{"a World Cup of a city", "Cơ thủ Việt Nam vào vòng chính World Cup TP.HCM",
			"Tám cơ thủ giành vé dự vòng chính.", "ho-chi-minh"},
		{"a group's examples after vượt qua", "Huế hút khách dịp lễ",
			"Huế dẫn đầu lượt tìm kiếm, vượt qua các điểm đến biển quen thuộc như Quy Nhơn, Vũng Tàu hay Phan Thiết.", "hue"},
		{"a group's examples after để bằng", "Thủ tướng: Vĩnh Long cần cơ chế riêng",
			"Thủ tướng đề nghị tỉnh Vĩnh Long nghiên cứu để phát triển bằng các địa phương khác như Cần Thơ, Hải Phòng.", "vinh-long"},
		{"examples of a place, not of a standard", "Giảm kẹt xe bằng điều chỉnh hạ tầng",
			"Cách làm này hiệu quả hơn ở đô thị có mật độ xe cao như TP.HCM.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestProv20Verdicts re-classifies the training-day items of
// prov_i20provfp.jsonl (i20provfp: s1, a random sample of 150 current
// tags, and r1, every tag the four rules remove, each judged W) and fails
// when a tag judged right is lost or a removed one comes back. It needs
// the real news corpus (EnvRealCorpus).
func TestProv20Verdicts(t *testing.T) {
	checkTagVerdicts(t, "prov_i20provfp.jsonl", "i20provfp")
}
