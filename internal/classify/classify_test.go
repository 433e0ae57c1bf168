package classify

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"bantin/internal/model"
)

// newTest returns the classifier of the shipped tables and model that
// tests share (NewSignature's, sigClassifier): a Classifier is immutable
// and safe for concurrent use, and building one per test cost about a
// tenth of a second, 115 times. A test that changes a rule table builds
// its own with New.
func newTest(t testing.TB) *Classifier {
	t.Helper()
	c, err := sigClassifier()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestReferenceSample is the example of reference §4.
func TestReferenceSample(t *testing.T) {
	c := newTest(t)
	r := c.Classify(Input{
		Title:      "Ngành Tổ chức xây dựng Đảng cần tiếp tục thực hiện hiệu quả 10 nhóm nhiệm vụ, giải pháp",
		Summary:    "Sáng 29/12, Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến toàn quốc tổng kết công tác tổ chức xây dựng Đảng năm 2022.",
		Body:       "Dự tại Điểm cầu Thái Nguyên có đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy.",
		URL:        "https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-xay-dung-dang-can-tiep-tuc-thuc-hien-hieu-qua-10-nhom-nhiem-vu-giai-phap-316372.html",
		SourceName: "Báo Thái Nguyên",
	})
	if len(r.Topics) < 2 || r.Topics[0].Topic != "xay-dung-dang" || !r.Topics[0].Primary ||
		r.Topics[1].Topic != "chinh-tri" || r.Topics[1].Primary {
		t.Fatalf("topics %+v, want xay-dung-dang (primary), chinh-tri", r.Topics)
	}
	if len(r.Provinces) != 1 {
		t.Fatalf("provinces %+v, want thai-nguyen only", r.Provinces)
	}
	p := r.Provinces[0]
	if p.Province != "thai-nguyen" || p.Weight > 0.3 || !strings.Contains(p.Reason, "điểm cầu") {
		t.Errorf("province %+v, want thai-nguyen, weight ≤ 0.3, reason naming điểm cầu", p)
	}
	for _, tt := range r.Topics {
		if tt.Reason == "" {
			t.Errorf("topic %s has no reason", tt.Topic)
		}
	}
}

// TestTraps covers every trap and context rule of reference §2: want lists
// the current and legacy slugs expected (empty: no province).
func TestTraps(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"diễn biến", "Diễn biến mới vụ cháy chung cư", "Diễn biến phức tạp của thời tiết.", ""},
		{"diễn biến ascii", "Dien bien moi vu chay chung cu mini", "Dien bien phuc tap cua thoi tiet tai khu vuc", ""},
		{"Điện Biên", "Điện Biên đón 1 triệu lượt khách", "", "dien-bien"},
		{"Điện Biên Phủ battle", "Kỷ niệm 72 năm Chiến thắng Điện Biên Phủ", "", ""},
		{"Điện Biên Phủ street", "Cây đổ trên đường Điện Biên Phủ", "", ""},
		{"TP Điện Biên Phủ", "Chỉnh trang đô thị thành phố Điện Biên Phủ", "", "dien-bien"},
		{"tham gia lại", "Lao động tham gia lại bảo hiểm xã hội", "", ""},
		{"tham gia lai ascii", "Nguoi dan tham gia lai mo hinh to cong nghe so", "", ""},
		{"Gia Lai", "Gia Lai thu hút đầu tư", "", "gia-lai"},
		{"Thái Bình Dương", "Siêu bão trên Thái Bình Dương", "Cước vận tải xuyên Thái Bình Dương tăng.", ""},
		{"hòa bình peace", "Gìn giữ hòa bình Liên hợp quốc", "Vì hòa bình, hữu nghị.", ""},
		{"Nguyễn Hòa Bình", "Phó Thủ tướng Nguyễn Hòa Bình làm việc với Tòa án", "", ""},
		{"Hòa Bình province", "Thủy điện Hòa Bình phát điện", "Tỉnh Hòa Bình (cũ) nay thuộc Phú Thọ.", "phu-tho hoa-binh"},
		{"Hồng Huế", "Chị Nguyễn Thị Hồng Huế trả lại vé số", "Chị Hồng Huế kể lại.", ""},
		{"Huệ", "Bà Lê Thị Huệ nhận giải", "", ""},
		{"Huế city", "Festival Huế 2026 khai mạc", "", "hue"},
		{"Thừa Thiên Huế", "Thừa Thiên Huế (cũ) trước năm 2025", "", "hue thua-thien-hue"},
		{"bình định pacify", "Sau công cuộc bình định, vùng đất hồi sinh", "", ""},
		{"Bình Định", "Quy Nhơn, Bình Định đón khách", "", "gia-lai binh-dinh"},
		{"Hà Nam given name", "Anh Trần Hà Nam nuôi ong", "Ông Phạm Thái Bình đánh giá cao.", ""},
		{"sông Sài Gòn", "Mực nước sông Sài Gòn dâng cao", "Cảng Sài Gòn tăng sản lượng.", ""},
		{"Sài Gòn Giải Phóng", "Báo Sài Gòn Giải Phóng trao học bổng", "", ""},
		{"sông Đồng Nai", "Bảo vệ rừng đầu nguồn sông Đồng Nai", "", ""},
		{"Báo Quảng Ninh", "Báo Quảng Ninh đoạt giải A", "Báo Hà Nội Mới và Đài PT-TH Nghệ An cũng đoạt giải.", ""},
		{"Quảng Ninh", "Quảng Ninh đón khách quốc tế", "", "quang-ninh"},
		{"điểm cầu", "Hội nghị trực tuyến toàn quốc", "Dự tại điểm cầu Lạng Sơn có lãnh đạo tỉnh.", "lang-son"},
		// Legacy tags follow territory (reference §1): these wards lie in
		// the former provinces whose names they carry.
		{"phường Bắc Kạn", "Phường Bắc Kạn ra mắt mô hình mới", "", "thai-nguyen bac-kan"},
		{"phường Thái Bình", "Phường Thái Bình cải tạo chợ", "", "hung-yen thai-binh"},
		{"xã of a former district", "Xã Chợ Đồn trồng mới 200 ha rừng", "", "thai-nguyen bac-kan"},
		{"huyện (cũ)", "Lũ quét ở huyện Chợ Đồn (cũ)", "", "thai-nguyen bac-kan"},
		{"former district bare", "Mùa vải ở Lục Ngạn", "", "bac-ninh bac-giang"},
		{"special zone", "Đặc khu Phú Quốc đón 1 triệu khách", "", "an-giang kien-giang"},
		{"ward in no former province", "Người dân phường Tân Định góp ý", "", "ho-chi-minh"},
		{"commune name lower case", "các xã nông thôn mới", "", ""},
		{"wire dateline", "Thủ tướng dự hội nghị", "Hà Nội (TTXVN) – Sáng nay, hội nghị về biển diễn ra tại Khánh Hòa.", "khanh-hoa"},
		{"capital of a country", "Lũ lớn ở thủ đô nước này", "", ""},
		{"street", "Cháy nhà trên phố Huế", "Căn nhà trên đường Thái Nguyên bị cháy.", ""},
		{"company", "Công ty Thái Bình Shoes lãi lớn", "", ""},
		{"club", "CLB Thanh Hóa thắng trận", "", ""},
		{"simile", "Làng mây như một Sa Pa thu nhỏ", "", ""},
		{"direction", "Mưa lớn ở phía Bắc Ninh Bình", "", "ninh-binh"},
		{"club name", "CLB Công an Hà Nội thắng đậm", "", ""},
		{"list of lottery stations", "Xổ số: vé trúng đài Bến Tre, Bạc Liêu", "", ""},
		{"reader's signature", "Viêm gan B có ảnh hưởng không?", "Tôi mắc viêm gan B. (Nam, 30 tuổi, Nghệ An)", ""},
		{"dateline in parentheses", "Lũ dâng", "(Quảng Trị) – Mưa lớn.", "quang-tri"},
		{"xã Quảng Ninh", "Xã Quảng Ninh trao nhà đại đoàn kết", "", ""},
		{"Bắc Kạn (cũ)", "Học sinh vùng cao tỉnh Bắc Kạn (cũ) đến trường", "", "thai-nguyen bac-kan"},
		{"Bắc Cạn spelling", "Bắc Cạn mùa hoa", "", "thai-nguyen bac-kan"},
		{"tỉnh X", "Đoàn công tác làm việc tại tỉnh Cao Bằng", "", "cao-bang"},
		{"dateline", "Lũ dâng nhanh, nhiều xã bị chia cắt", "(Quảng Trị) – Từ đêm qua mưa lớn.", "quang-tri"},
		{"dateline caps", "Tuần tra biên giới", "CAO BẰNG – Sáng 2/4, đồn biên phòng tuần tra.", "cao-bang"},
		{"ALL CAPS peace", "HÒA BÌNH CHO TRUNG ĐÔNG: CÁC BÊN NỐI LẠI ĐÀM PHÁN", "", ""},
		{"ALL CAPS legacy", "ĐỘNG ĐẤT Ở KON TUM (CŨ)", "", "quang-ngai kon-tum"},
		{"historic", "Ký ức tỉnh Hà Nam Ninh", "Cửu Long, Nghĩa Bình, Bình Trị Thiên.", ""},
		{"Thủ đô", "Thủ đô đón khách quốc tế kỷ lục", "", "ha-noi"},
		{"thủ đô Bangkok", "Thủ đô Bangkok ngập nặng", "", ""},
		{"Thủ đô kháng chiến", "Về Thủ đô kháng chiến", "", "tuyen-quang"},
		{"vinh danh", "Vinh danh 100 công nhân", "", ""},
		{"gazetteer legacy", "Du khách đổ về Phan Thiết", "", "lam-dong binh-thuan"},
		{"TP.HCM", "TP.HCM khởi công metro", "", "ho-chi-minh"},
		{"Hồ Chí Minh person", "Học tập tư tưởng Hồ Chí Minh", "", ""},
		{"Đắk Lắk spellings", "Daklak và Đắc Lắc", "", "dak-lak"},
		{"Ð for Đ", "Ðà Nẵng đón khách", "", "da-nang"},
		// Classes of the real-news dev set's mistakes (issue 9).
		{"quoted film title", "Vĩnh biệt diễn viên của 'Biệt động Sài Gòn'", "", ""},
		{"quoted place alone", "Nhiều người vẫn gọi là 'Sài Gòn' thay tên mới", "", "ho-chi-minh"},
		{"quoted phrase before a place", "'Ngó lơ' sai phạm, 11 bị cáo ở TP.HCM lãnh án", "", "ho-chi-minh"},
		{"typographic quotes", "Cháu gái nghệ sĩ hát “Tiếng trống Mê Linh” gây tranh cãi", "", ""},
		{"person's home", "Lo con nhiễm viêm não khi về quê", "Chị Phương (Hà Nội) dặn ông bà trông cháu.", ""},
		{"origin list", "Chung kết cuộc thi khởi nghiệp", "Năm đội đến từ TP.HCM, Hà Nội và Gia Lai tranh tài.", ""},
		{"lottery stations after đài là", "Xổ số miền Nam", "Có 2 đài là Cần Thơ và Sóc Trăng trúng giải.", ""},
		{"school team in sports", "Highlight Trường ĐH Công nghệ Đồng Nai 1-0 Trường ĐH Nông Lâm TP.HCM", "Bóng đá sinh viên: trận đấu vòng loại.", ""},
		{"school news", "Trường ĐH Y dược Buôn Ma Thuột mở thêm 3 ngành học mới", "", "dak-lak"},
		{"news digest's lead", "Điểm tin 17h: Điều chỉnh giấy phép | Sân bay đón khách", "Hà Nội điều chỉnh giấy phép; Đồng Nai đón khách...", ""},
		{"print issue's stories", "Tin tức đặc biệt trên báo in Thanh Niên 3.7.2026", "Tin tức TP.Hồ Chí Minh tiếp tục đi trước; Mưa lũ ở Lâm Đồng", ""},
		{"news digest's headline", "Toàn cảnh 17h: Băng giá trên đỉnh Mẫu Sơn | Lạng Sơn đón khách", "Bản tin Toàn cảnh 17h cập nhật tin tức.", "lang-son"},
		{"landmark", "Drone xâm nhập vùng cấm bay tại sân bay Cát Bi", "", "hai-phong"},
		{"clubs around a score", "Highlight Đồng Tháp 2-0 Khánh Hòa: chiến thắng bất ngờ", "Vòng 16 giải bóng đá hạng nhất.", ""},
		{"club after a match verb", "Hà Nội FC hạ Ninh Bình ở vòng 20 V-League", "", ""},
		{"venue of a match", "Trận đấu V-League trên sân Bình Dương", "", "ho-chi-minh binh-duong"},
		{"tournament place", "Giải bóng đá U17 quốc gia tại Gia Lai khởi tranh", "", "gia-lai"},
		{"home town", "Tài xế quê Tuyên Quang tử vong trên cao tốc", "", ""},
		{"club named elsewhere", "Ninh Bình chiêu mộ tiền đạo mới", "CLB Ninh Bình chi 5 tỷ đồng cho bản hợp đồng.", ""},
		{"club's ground", "Hải Phòng FC hạ Thanh Hóa", "Trận đấu trên sân Thanh Hóa kết thúc 2-1.", ""},
		{"club after a result and an adverb", "CLB Hà Nội thắng kịch tính Nam Định", "", ""},
		{"player of a club", "Hậu vệ Đồng Nai nhận giải cầu thủ xuất sắc", "Bóng đá: vòng bảng.", ""},
		{"club reaching a stage", "U17 Hà Nội vào tứ kết giải quốc gia", "Giải đấu diễn ra tại Gia Lai.", "gia-lai"},
		{"school team's province stays", "CĐV Trường ĐH Đồng Tháp phủ kín sân Đồng Tháp", "Bóng đá sinh viên: vòng loại.", "dong-thap"},
		{"journey's origin", "Bay từ Hà Nội về TP.HCM dự thi", "", "ho-chi-minh"},
		{"journey's origin after a verb", "Thầy giáo đi", "Ông vượt chặng đường dài từ Vĩnh Long đến Nha Trang cổ vũ học trò.", "khanh-hoa"},
		{"range, not a journey", "Mưa lớn", "Mưa to từ Thanh Hóa đến Huế trong hai ngày tới.", "thanh-hoa hue"},
		{"carried from", "Đưa trái tim từ Cần Thơ về TP HCM ghép cho bệnh nhân", "", "can-tho ho-chi-minh"},
		{"nationwide figure", "Tỷ lệ cử tri đi bầu đạt 99%", "Cả nước có 99% cử tri đi bầu, trong đó Lào Cai và Huế đạt 100%.", ""},
		{"route in the summary", "Thông xe nút giao ở An Giang", "Nút giao nằm trên cao tốc Châu Đốc - Cần Thơ - Sóc Trăng.", "an-giang"},
		{"route in the title", "Thông xe cao tốc Cần Thơ - Cà Mau", "", "can-tho ca-mau"},
		{"accident on a route", "Xe tải lao vào hàng rào trên cao tốc Nội Bài - Lào Cai", "", ""},
		{"firm's long name", "Bán nhà máy", "Công ty TNHH MTV Hóa chất Đức Giang - Đắk Nông muốn chuyển nhượng nhà máy.", ""},
		{"firm's word then a place", "Công ty này mở nhà máy", "Công ty này vừa đầu tư 100 tỷ vào Đắk Nông.", "lam-dong dak-nong"},
		{"island commune", "Miễn tiền thuê đất", "Dự án tại xã đảo Nhơn Châu được miễn tiền thuê đất.", "gia-lai binh-dinh"},
		{"place after a closed quote", "Thắng ở 'chảo lửa' Thiên Trường", "", "ninh-binh nam-dinh"},
		{"stadium of a club's match", "CLB Nam Định hòa 1-1 trên sân Thiên Trường", "", "ninh-binh nam-dinh"},
		{"club listed with an abbreviated club", "Cặp đấu tứ kết: HAGL và Hà Nội cùng gặp khó", "", ""},
		{"film title without quotes", "Những vai diễn để đời", "Ông đóng các phim như Biệt động Sài Gòn, Ván bài lật ngửa.", ""},
		{"film about a place", "Bộ phim về Hà Nội ra rạp", "", "ha-noi"},
		{"nickname of Ho Chi Minh City", "Phim mừng 50 năm thành phố mang tên Bác", "", "ho-chi-minh"},
		// Classes of the fresh2 set's mistakes.
		{"address in parentheses", "Cán bộ phường bị kỷ luật", "Ông Tâm, cán bộ UBND P.Yên Nghĩa (Q.Hà Đông cũ, Hà Nội), bị kỷ luật.", "ha-noi"},
		{"ward closing an address", "Diễn tập chữa cháy", "Buổi diễn tập ở nhà máy điện (KCN Phú Mỹ 2, phường Phú Mỹ) kéo dài hai giờ.", "ho-chi-minh ba-ria-vung-tau"},
		{"reader's signature with tỉnh", "Có nên chạy bộ khi đau gối?", "Tôi đau gối đã lâu. (Minh, tỉnh Ninh Bình)", ""},
		{"person's age and home address", "Bắt nghi phạm cướp tài sản ở Hải Phòng", "Nghi phạm (40 tuổi, trú thôn Bản Mới, tỉnh Tuyên Quang) bị bắt.", "hai-phong"},
		{"person's home, nothing else named", "Bắt nghi phạm cướp tài sản", "Nguyễn Văn A (40 tuổi, trú thôn Bản Mới, tỉnh Tuyên Quang) bị bắt.", "tuyen-quang"},
		{"person's home, born in", "Tạm giữ tài xế dùng biển số giả", "Tạm giữ Nguyễn Văn B (sinh năm 2005, trú tại Tây Ninh).", "tay-ninh"},
		{"reader's signature with ở", "Có nên chạy bộ khi đau gối?", "Tôi đau gối đã lâu. (Thanh Vy, 32 tuổi, ở TP.HCM)", ""},
		{"landmark lake", "Chìm tàu trên hồ Thác Bà", "", "lao-cai yen-bai"},
		{"landmark interchange", "Thông xe cầu vượt nút giao An Phú", "", "ho-chi-minh"},
		{"landmark village", "Cúc mâm xôi nở sớm ở làng hoa Cái Mơn", "", "vinh-long ben-tre"},
		{"person word inside a name", "Tạm dừng chương trình nghệ thuật", "Chương trình tại Tháp Bà Ponagar (Nha Trang) tạm dừng.", "khanh-hoa"},
		{"trẻ em is not a person", "Hai chàng trai khuyết tật", "Lớn lên tại Trung tâm Bảo trợ trẻ em Tam Bình (TP.HCM).", "ho-chi-minh"},
		{"honorific after a full stop", "Nhận giải thưởng", "Trao giải hôm qua. Bà Lê Thị Hoa (Hà Nội) nhận giải.", ""},
		{"the capital's streets", "Xe buýt cháy trơ khung trên phố Hà Nội", "", "ha-noi"},
		{"the city's streets", "Hàng nghìn người rước tượng Phật trên đường TP HCM", "", "ho-chi-minh"},
		{"a street named after a city", "Hỗn chiến trên phố Huế", "", ""},
		{"the trans-Vietnam road", "Xe container va chạm trên đường Hồ Chí Minh", "", ""},
		{"cathedral, not a lady", "Giới trẻ check-in nhà thờ Đức Bà Sài Gòn", "", "ho-chi-minh"},
		{"home town is not home", "Truy nã nghi phạm ma túy", "Trần Văn C (52 tuổi, quê Nghệ An) bị truy nã.", ""},
		// Trà Leng lay in Quảng Nam: its address gives the former province too (provformeraddr.go).
		{"honorific before a comma", "Kéo điện về bản", "Điện đã về làng Ông Tú, Trà Leng (Đà Nẵng).", "da-nang quang-nam"},
		{"deputy's delegation", "Đề xuất tăng phụ cấp giáo viên", "Đại biểu Trần Văn An (đoàn TP.HCM) đề xuất tăng phụ cấp.", ""},
		{"landmark two provinces share", "Giá sâm Ngọc Linh tăng mạnh", "", ""},
		{"shared landmark resolved", "Trồng sâm Ngọc Linh ở vùng cao Đà Nẵng", "", "da-nang quang-nam"},
		{"landmark alone", "Du khách lên Fansipan ngắm băng giá", "", "lao-cai"},
		{"a city's streets", "Xe đông đúc trên đường phố Nha Trang", "Ùn tắc kéo dài ở cửa ngõ Đà Lạt.", "khanh-hoa lam-dong"},
		{"street then its city", "Cháy quán ăn", "Đám cháy xảy ra trên đường Thái Nguyên, Hà Nội.", "ha-noi"},
		{"list of streets", "Đi bộ gây quỹ", "Hàng nghìn người đi bộ trên đường Hoàng Sa, Trường Sa.", ""},
		{"given name before Vinh", "Tay cơ Phương Vinh vào chung kết", "", ""},
		{"surname Trương", "Ông Trương Gia Bình nói về AI", "", ""},
		{"university in Vinh", "ĐH Vinh tuyển thêm 500 sinh viên", "", "nghe-an"},
		{"club before a result", "Nam Định thua ngược trên sân khách", "Bóng đá: vòng 12 V-League.", ""},
		{"club sharing points at a venue", "Đà Nẵng chia điểm trên sân Thanh Hóa", "Bóng đá: vòng 5 V-League.", "thanh-hoa"},
		{"firm named after a place elsewhere", "Nhà máy Đồ hộp Hạ Long ở Hải Phòng dừng sản xuất", "", "hai-phong"},
		{"stock exchange", "VN-Index giảm 20 điểm", "Chỉ số đại diện cho sàn TP HCM giảm mạnh.", ""},
		{"words across a boundary", "Thị trường công nghệ an ninh tăng tốc", "Cơ hội an cư cho người trẻ; khách được đánh giá cao bằng dịch vụ.", ""},
		{"a capitalised syllable written lower", "Mỹ đình chỉ cấp thị thực", "", ""},
		{"a landmark's generic word in lower case", "Du khách đổ về chùa Hương", "Lễ hội ở thành cổ Quảng Trị.", "ha-noi quang-tri"},
	}
	checkProvinces(t, c, cases, false)
}

// provCase is a province test: a title, a text after it, and the
// province slugs wanted, space-separated.
type provCase struct{ name, title, text, want string }

// checkProvinces classifies each case, its text as the body (or, with
// lead, as the summary), and reports the ones whose provinces differ from
// what it wants.
func checkProvinces(t *testing.T, c *Classifier, cases []provCase, lead bool) {
	t.Helper()
	for _, tc := range cases {
		in := Input{Title: tc.title, Body: tc.text}
		if lead {
			in = Input{Title: tc.title, Summary: tc.text}
		}
		r := c.Classify(in)
		got, want := predicted(r), strings.Fields(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v want %v (%+v)", tc.name, got, want, r.Provinces)
		}
	}
}

// topicPresence is a topic test: a title and summary, a topic slug, and
// whether that topic is wanted among the article's tags.
type topicPresence struct {
	name, title, summary, topic string
	want                        bool
}

// checkTopicPresence classifies each case and reports the ones whose topic
// is present where it should not be, or missing.
func checkTopicPresence(t *testing.T, c *Classifier, cases []topicPresence) {
	t.Helper()
	for _, tc := range cases {
		r := c.Classify(Input{Title: tc.title, Summary: tc.summary})
		got := slices.ContainsFunc(r.Topics, func(g model.TopicTag) bool { return g.Topic == tc.topic })
		if got != tc.want {
			t.Errorf("%s: %s: topic %s present %v, want %v (topics %+v)", tc.name, tc.title, tc.topic, got, tc.want, r.Topics)
		}
	}
}

// TestHomeProvince: a provincial paper's home is a prior, not a certainty.
func TestHomeProvince(t *testing.T) {
	c := newTest(t)
	feed := "https://baothainguyen.vn/rss/xa-hoi.rss"
	local := c.Classify(Input{Title: "Toàn tỉnh hoàn thành xóa nhà tạm", SourceURL: feed})
	if got := predicted(local); !slices.Equal(got, []string{"thai-nguyen"}) {
		t.Errorf("local story: got %v", got)
	}
	national := c.Classify(Input{Title: "Quốc hội thông qua Luật Đất đai", SourceURL: feed})
	if got := predicted(national); len(got) != 0 {
		t.Errorf("national story in a local paper: got %v", got)
	}
	elsewhere := c.Classify(Input{Title: "Đà Nẵng đón khách", SourceURL: feed})
	if got := predicted(elsewhere); !slices.Equal(got, []string{"da-nang"}) {
		t.Errorf("story elsewhere: got %v", got)
	}
	// Two wards are named Bình Thuận: the one in Lâm Đồng lay in former
	// Bình Thuận province, the one in Tuyên Quang did not (reference §1).
	for home, want := range map[string][]string{"lam-dong": {"binh-thuan", "lam-dong"}, "tuyen-quang": {"tuyen-quang"}, "": nil} {
		ward := c.Classify(Input{Title: "Khởi công trường ở phường Bình Thuận", HomeProvince: home})
		if got := predicted(ward); !slices.Equal(got, want) {
			t.Errorf("shared ward name, home %q: got %v, want %v", home, got, want)
		}
	}
}

// TestTopicEvidence: source topics, feed sections and categories count.
func TestTopicEvidence(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		in   Input
		want string
	}{
		{Input{Title: "Tin mới", SourceURL: "https://vnexpress.net/rss/the-thao.rss"}, "the-thao"},
		{Input{Title: "Tin mới", SourceURL: "https://nhandan.vn/rss/chinhtri-1171.rss"}, "chinh-tri"},
		{Input{Title: "Tin mới", Categories: []string{"Giáo dục"}}, "giao-duc"},
		{Input{Title: "Tin mới", SourceTopics: []string{"y-te"}}, "y-te"},
		{Input{Title: "Khởi tố vụ án lừa đảo chiếm đoạt tài sản"}, "phap-luat"},
		{Input{Title: "Giải pháp nào cho giáo viên?"}, "giao-duc"}, // "pháp" is not France
	}
	for _, tc := range cases {
		r := c.Classify(tc.in)
		if len(r.Topics) == 0 || r.Topics[0].Topic != tc.want {
			t.Errorf("%+v: got %+v want %s", tc.in, r.Topics, tc.want)
		}
	}
}

// TestClassifySigned checks that ClassifySigned, which shares its work,
// returns what Classify and Signature return apart, with and without a
// body, in every set's spelling.
func TestClassifySigned(t *testing.T) {
	c := newTest(t)
	ins := ingestMix(t)
	for _, set := range []string{evalFile, handwrittenFile} {
		for _, a := range loadSet(t, set) {
			ins = append(ins, a.input())
		}
	}
	for _, v := range loadVariants(t) {
		ins = append(ins, Input{Title: v.Title, Summary: v.Summary, Body: v.Body})
	}
	for _, in := range ins {
		r, sig := c.ClassifySigned(in)
		want := c.Classify(in)
		if !reflect.DeepEqual(r, want) {
			t.Fatalf("%q: ClassifySigned %+v, Classify %+v", in.Title, r, want)
		}
		if ws := c.Signature(in.Title, in.Summary, want); sig != ws {
			t.Fatalf("%q: ClassifySigned signature %+v, Signature %+v", in.Title, sig, ws)
		}
	}
}
