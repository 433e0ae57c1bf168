package classify

import "testing"

// TestSaigonRiverAndHoaThinh covers places the news names without their
// province: what happens on, over or beside the Saigon river is TP.HCM's,
// while the river's water stays a trap; Hòa Thịnh is the commune of Phú
// Yên's flood. The sentences are written for the test.
func TestSaigonRiverAndHoaThinh(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a boat on the river", "Ca nô chết máy trên sông Sài Gòn, 12 khách được cứu", "", "ho-chi-minh"},
		{"a bridge over the river", "Khánh thành cầu đi bộ vượt sông Sài Gòn", "", "ho-chi-minh"},
		{"the riverside park", "Người dân đổ về bờ sông Sài Gòn đón năm mới", "", "ho-chi-minh"},
		{"the port's history", "Triển lãm ảnh về thương cảng Sài Gòn xưa", "", "ho-chi-minh"},
		{"the river's water", "Mực nước sông Sài Gòn lên cao sau đợt xả lũ", "", ""},
		{"the port's firm", "Cảng Sài Gòn báo lãi quý", "", ""},
		{"the flooded commune", "Người dân rốn lũ Hòa Thịnh dựng lại nhà", "", "dak-lak phu-yen"},
		{"a person named like it", "Ông Nguyễn Hòa Thịnh nhận giải thưởng", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestBranches covers a bank's or a firm's branch named after the place it
// works in: the branch is there. The sentences are written for the test.
func TestBranches(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a bank's branch", "Khởi tố cán bộ tín dụng", "Cán bộ tín dụng Ngân hàng ABC chi nhánh Lào Cai bị khởi tố vì lập hồ sơ vay khống.", "lao-cai"},
		{"a bank named after a place", "Ngân hàng Bắc Á tăng vốn", "Ngân hàng Bắc Á Hà Nội được chấp thuận tăng vốn điều lệ.", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestPeopleOfAPlace covers "người đàn ông X", "trẻ em X": "ông" and "em"
// of these compounds are no honorifics, and the place is the people's.
// The sentences are written for the test.
func TestPeopleOfAPlace(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a man of the place", "Người đàn ông Bến Tre nuôi cá cảnh làm giàu", "", "vinh-long ben-tre"},
		{"the children of a city", "Tặng sách cho trẻ em Đà Nẵng", "", "da-nang"},
		{"a man by name", "Ông Hà Tĩnh nhận giải", "", ""},
		{"a man from one place in another", "Người đàn ông Hà Nam bị bắt tại TP.HCM", "", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestCountryside covers "quê" after a word of land: the countryside of
// the place, not a person's hometown. The sentences are written for the
// test.
func TestCountryside(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the countryside of a province", "Mùa gặt ở vùng quê Thái Bình", "", "hung-yen thai-binh"},
		{"a rural school", "Thầy trò trường quê Sóc Trăng góp gạo", "", "can-tho soc-trang"},
		{"a hometown", "Ca sĩ quê Nghệ An ra mắt album", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestLandmarks covers landmarks named without their province: a lake, a
// canal, an estuary, a bay, a port, a bridge. The sentences are written
// for the test.
func TestLandmarks(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a dam's lake", "Nước hồ Trị An xuống thấp kỷ lục", "", "dong-nai"},
		{"a canal", "Nạo vét kênh Tham Lương trước mùa mưa", "", "ho-chi-minh"},
		{"an estuary", "Sóng lớn đánh chìm thuyền ở cửa biển Nhật Lệ", "", "quang-tri quang-binh"},
		{"a bay", "Khởi công cảng container ở vịnh Vân Phong", "", "khanh-hoa"},
		{"a bridge of Hà Nội", "Hợp long cầu Ngọc Hồi", "", "ha-noi"},
		{"cloud peaks", "Săn mây ở Tà Xùa", "", "son-la"},
		{"a river of one province", "Thông xe cầu mới qua sông Trà Khúc", "", "quang-ngai"},
		{"a pagoda", "Lễ Vu lan tại Việt Nam Quốc Tự", "", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestApostropheNames covers the names of the Central Highlands written
// with an apostrophe, typographic or not, and either case after it. The
// sentences are written for the test.
func TestApostropheNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"lower case after the apostrophe", "Ngộ độc sau bữa cỗ ở xã Ea H'leo", "", "dak-lak"},
		{"a typographic apostrophe", "Sạt lở đất ở xã D’Ran, di dời 20 hộ", "", "lam-dong"},
		{"a quoted title after a word", "Bảo tàng mở triển lãm 'Hà Nội xưa' tại Huế", "", "hue"},
	}
	checkProvinces(t, c, cases, true)
}

// TestPublicBodyInParentheses covers a parenthesis that names a body of
// the province's police or committee, not a reader's signature. The
// sentences are written for the test.
func TestPublicBodyInParentheses(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the police in parentheses", "Cứu hai người mắc kẹt trong xe lật",
			"Tổ cứu nạn (Phòng Cảnh sát PCCC, Công an tỉnh Nghệ An) đã đưa hai người ra ngoài.", "nghe-an"},
		{"a reader's signature", "Đau đầu kéo dài có nguy hiểm?", "Tôi đau đầu nhiều tuần nay. (Minh Hà, 30 tuổi, Nghệ An)", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestPoliceAfterAFirm covers the province's police named after a firm's
// name: the place is the police's, not part of the firm's name; a club of
// the police keeps its name. The sentences are written for the test.
func TestPoliceAfterAFirm(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the police after a firm", "Bắt kế toán tham ô",
			"Kế toán Công ty Minh Phát vừa bị Công an TP.HCM bắt tạm giam.", "ho-chi-minh"},
		{"the police's club", "Tiền vệ gia hạn hợp đồng", "Tiền vệ này gia hạn với câu lạc bộ Công an Hà Nội thêm hai năm.", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestLandmarkInParentheses covers a parenthesis naming a landmark or a
// school and then its province: an address, not a reader's signature.
// The sentences are written for the test.
func TestLandmarkInParentheses(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a guild hall and its city", "Người dân đi lễ đầu năm", "Người dân đến chùa Bà (Hội quán Tuệ Thành, TP.HCM) cầu an.", "ho-chi-minh"},
		{"a school and its province", "Nữ sinh bị bạn đánh", "Nữ sinh N.T.H (Trường THCS Quảng Phú, Thanh Hóa) phải nhập viện.", "thanh-hoa"},
		{"a reader named like a school", "Ăn khuya có hại?", "Tôi hay ăn khuya. (Trường, 33 tuổi, Thanh Hóa)", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestLongAnWard covers phường Long An of Tây Ninh, formed from Tân An,
// the capital of former Long An: it keeps the former province. The
// sentence is written for the test.
func TestLongAnWard(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the ward of former Long An's capital", "Cháy quán ăn ở phường Long An, Tây Ninh", "", "tay-ninh long-an"},
	}
	checkProvinces(t, c, cases, true)
}
