package classify

import "testing"

// TestProvClasses22 covers the wording i14prov22 read in the evening items
// of training days (issue 9; testdata/classify/real/evening_i14prov22.jsonl
// holds the judged changes): a rival named by its province ("đối thủ X") and
// a club's result told with a manner adverb ("X xuất sắc đánh bại Y") in a
// sports story, an earlier stop after "Tiếp sau", and a person's home ("một
// thanh niên ở X") when the sentence places the event in another province
// written in parentheses, and the city of a ring road a new road joins
// ("kết nối … vào vành đai 4 TP.HCM"). The sentences are
// written for the test; each place-free want fails on main, the others are
// counter-cases.
func TestProvClasses22(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a rival named by its province", "HLV khen học trò sau trận thắng V-League",
			"HLV Nguyễn Văn A khen đối thủ Hải Phòng sau trận thắng 2-1 ở vòng 12 V-League.", ""},
		{"two rivals listed", "Hai trận đấu bù vòng 9 V-League",
			"Cả hai CLB đầu bảng đều được đánh giá cao hơn 2 đối thủ Hà Tĩnh, Quảng Ninh trong trận đấu bù V-League.", ""},
		{"the match's town still places it", "Trận đấu bù vòng 9 V-League",
			"Đội khách gặp đối thủ Hà Tĩnh tại TP Hà Tĩnh ở vòng 9 V-League.", "ha-tinh"},
		{"a result with a manner adverb", "Lịch thi đấu V-League hôm nay",
			"Sau khi Hải Phòng xuất sắc đánh bại Becamex TP.HCM ở vòng trước, đội khách buộc phải thắng trên sân Pleiku.", "gia-lai"},
		{"a narrow win with an adverb", "Kết quả V-League vòng 16",
			"Hà Tĩnh chật vật đánh bại SLNA 1-0 ở vòng 16 V-League.", ""},
		{"an adverb before a home win", "Kết quả V-League vòng 16",
			"Hà Tĩnh chật vật đánh bại SLNA 1-0 trên sân nhà ở vòng 16 V-League.", "ha-tinh"},
		{"'đã' is no manner adverb", "Khai mạc Festival bóng đá quốc tế U14",
			"Chủ nhà Hoàng Anh Gia Lai đã thắng đội Nhật Bản trong ngày khai mạc Festival bóng đá quốc tế U14 Gia Lai 2026.", "gia-lai"},
		{"an earlier stop after 'Tiếp sau'", "Ra mắt trung tâm tài chính quốc tế",
			"Tiếp sau Đà Nẵng, TP.HCM đã tổ chức lễ ra mắt trung tâm tài chính quốc tế tại TP.HCM ngày 11-2.", "ho-chi-minh"},
		{"'Tiếp sau đó' names no stop", "Hội nghị xúc tiến đầu tư",
			"Tiếp sau đó, Đà Nẵng tổ chức hội nghị xúc tiến đầu tư với các doanh nghiệp Nhật Bản.", "da-nang"},
		{"a young man's home, the violation placed in parentheses", "Độ pô xe máy, tài xế bị phạt",
			"Một thanh niên ở Khánh Hòa chạy xe máy độ pô trên đường Trần Phú (Gia Lai) đã bị xử phạt 10 triệu đồng.", "gia-lai"},
		{"a lost man's home, the forest placed in parentheses", "Cứu người đàn ông đi lạc trong rừng",
			"Người đàn ông ở Cà Mau đi lạc vào khu rừng ở xã Mường Tè (Lai Châu), công an đã cứu hộ kịp thời.", "lai-chau"},
		{"a victim at home, the suspect fled elsewhere", "Bắt nghi phạm chém người",
			"Sau khi gây thương tích cho một thanh niên ở Tây Ninh, nghi phạm lẩn trốn sang tỉnh Đồng Tháp thì bị bắt.", "dong-thap tay-ninh"},
		{"a woman at home, no other place in parentheses", "Trả lại tiền chuyển nhầm",
			"Một người phụ nữ ở Ninh Bình nhận được 400 triệu đồng chuyển nhầm, đã báo Công an xã Gia Viễn để trả lại.", "ninh-binh"},
		{"a road joining a city's ring road", "Đồng Nai duyệt dự án đường trên cao",
			"HĐND tỉnh Đồng Nai thông qua dự án đường kết nối cầu Hóa An vào vành đai 3 TP.HCM.", "dong-nai"},
		{"a link to another ring road", "Hải Dương muốn làm cao tốc mới",
			"Tỉnh đề xuất mở tuyến cao tốc 40 km nối Hải Phòng với vành đai 5 Hà Nội.", "hai-phong hai-duong"},
		{"the ring road's own story", "Vành đai 3 TP.HCM qua Tây Ninh chậm tiến độ",
			"Đoạn vành đai 3 TP.HCM qua Tây Ninh mới đạt 80% khối lượng.", "ho-chi-minh tay-ninh"},
		{"a joining road, no other place named", "Phê duyệt dự án đường mới",
			"Dự án đường kết nối vào vành đai 4 TP.HCM được phê duyệt với vốn 2.000 tỉ đồng.", "ho-chi-minh"},
		{"'Tiếp sau' in a ranking", "Thu ngân sách quý 1",
			"Tiếp sau Hà Nội là TP.HCM với số thu ngân sách lớn thứ hai cả nước.", "ha-noi ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// eveningVerdict is one judged tag of i14prov22
// (testdata/classify/real/evening_i14prov22.jsonl): a province tag (current
// or former) main gave a training-day item published 18:00–23:59, drawn in
// a seeded sample, or one a rule of this file removed (Change "removed"),
// and whether a reader of the title and lead would tag it: "R" right, "W"
// wrong, "D" doubtful (the conventions leave it open).
type eveningVerdict struct {
	URL      string `json:"url"`
	Province string `json:"province"`
	Kind     string `json:"kind"`
	Day      string `json:"day"`
	Evidence string `json:"evidence"`
	Sample   string `json:"sample"`
	Change   string `json:"change"`
	Verdict  string `json:"verdict"`
	Class    string `json:"class"`
}

// TestEvening22Verdicts re-classifies the judged training-day items and
// fails when a sampled tag judged right is lost, or a removed tag judged
// wrong comes back; it logs the tally of verdicts by sample. It needs the
// real news corpus (EnvRealCorpus).
func TestEvening22Verdicts(t *testing.T) {
	checkTagVerdicts(t, "evening_i14prov22.jsonl", "i14prov22")
}
