package classify

import "testing"

// TestTeamsStandingForPlaces covers a team named as the place it stands
// for in a sports story ("đại diện X"), and the counter-cases that keep
// the place. The sentences are written for the test.
func TestTeamsStandingForPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a university team's place", "Trường ĐH Thủy lợi thắng sát nút ở bảng A giải bóng đá sinh viên",
			"Bàn thắng duy nhất của trận đấu đến từ pha đánh đầu, đại diện Cần Thơ đành nhận thất bại 0-1.", ""},
		{"a school team's place", "Bóng rổ học sinh: đội nam Lê Quý Đôn vào chung kết",
			"Đội nam Lê Quý Đôn dẫn trước suốt trận bán kết, đại diện Hải Phòng chỉ kịp rút ngắn ở hiệp cuối.", ""},
		{"the venue stays", "Bóng rổ học sinh: đội nam Lê Quý Đôn vào chung kết",
			"Đội nam Lê Quý Đôn dẫn trước suốt trận bán kết tại Cần Thơ, đại diện Hải Phòng chỉ kịp rút ngắn ở hiệp cuối.", "can-tho"},
		{"a delegation outside sport stays", "Hội nghị xúc tiến đầu tư",
			"Đại diện Cần Thơ giới thiệu 20 dự án kêu gọi vốn tại hội nghị.", "can-tho"},
	}
	checkProvinces(t, c, cases, true)
}

// TestNamesakeLandmarks covers landmarks that share a name with a place
// of another province (the Thuận An estuary of Huế, the Hòa Bình wind
// farms off Bạc Liêu), and the counter-cases that keep the namesake. The
// sentences are written for the test.
func TestNamesakeLandmarks(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the estuary", "Ngư dân ra khơi qua cửa biển Thuận An sau bão", "", "hue"},
		{"the estuary's bridge", "Cầu vượt cửa biển Thuận An kẹt xe ngày nghỉ lễ", "", "hue"},
		{"the fishing village", "Lễ hội làng chài", "Làng Thai Dương Hạ mở hội đua ghe đầu năm.", "hue"},
		{"the Bình Dương city stays", "Khởi công trường học mới ở Thuận An", "", "ho-chi-minh binh-duong"},
		{"the wind farm", "Người dân câu cá dưới chân trụ điện gió Hòa Bình 5", "", "ca-mau bac-lieu"},
		{"the former province stays", "Sạt lở đất ở Hòa Bình cũ, hai nhà bị vùi", "", "phu-tho hoa-binh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFirmsAndShipsNamedAfterPlaces covers a publisher, a confectioner and
// submarines named after places, and the counter-cases that keep the
// place. The sentences are written for the test.
func TestFirmsAndShipsNamedAfterPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a publisher", "Tập thơ mới của nhà thơ trẻ", "Cuốn sách do NXB Thuận Hóa ấn hành, dày 200 trang.", ""},
		{"the ward stays", "Khánh thành cầu mới ở phường Thuận Hóa", "", "hue"},
		{"a confectioner", "Hải Hà - Kotobuki ra mắt dòng bánh Tết mới", "", ""},
		{"a confectioner, no dash", "Cổ phần Hải Hà Kotobuki được chuyển nhượng", "", ""},
		{"the district stays", "Mưa lớn gây ngập ở huyện Hải Hà", "", "quang-ninh"},
		{"a submarine", "Kíp tàu ngầm 186 - Đà Nẵng luyện tập trên biển", "", ""},
		{"the city stays", "Tàu ngầm cập cảng Cam Ranh", "", "khanh-hoa"},
	}
	checkProvinces(t, c, cases, true)
}

// TestHighSchoolTeams covers high schools' teams named after places in a
// sports story, and schools placed by "tại"/"ở", which keep the place. The
// sentences are written for the test.
func TestHighSchoolTeams(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a school team's district", "Bóng rổ học sinh: THPT Hoàn Kiếm thắng ngược ở tứ kết",
			"Đội nam THPT Hoàn Kiếm thắng 48-45 sau hiệp phụ.", ""},
		{"a school team's city", "Bóng rổ học sinh: tứ kết nữ",
			"Trận đấu giữa THPT Lê Lợi và THPT Chuyên Đà Nẵng khép lại với tỷ số 52-40.", ""},
		{"schools placed by tại", "Khai mạc giải bóng rổ học sinh",
			"20 đội bóng rổ của các trường THPT tại Cần Thơ tranh tài ở vòng bảng, trận mở màn kết thúc với tỷ số 50-42.", "can-tho"},
		{"a school placed by ở", "Trường THPT ở Đà Nẵng vô địch giải bóng rổ học sinh", "", "da-nang"},
	}
	checkProvinces(t, c, cases, true)
}

// TestTradesmenFromElsewhere covers tradesmen named with where they come
// from when the story happens elsewhere, and the counter-case with no
// other place. The sentences are written for the test.
func TestTradesmenFromElsewhere(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"tradesmen travel", "Sửa xe miễn phí cho bà con vùng lũ Quảng Ngãi",
			"Hàng chục thợ sửa xe từ Đà Nẵng, Huế đã có mặt từ sáng sớm.", "quang-ngai"},
		{"no other place", "Sửa xe miễn phí cho bà con vùng lũ",
			"Hàng chục thợ sửa xe từ Đà Nẵng đã có mặt từ sáng sớm.", "da-nang"},
	}
	checkProvinces(t, c, cases, true)
}

// TestLongerNamesEndingInVinh covers names that end in Vinh (a quarter, a
// bridge, a commune, a person) and the counter-cases that keep the city.
// The sentences are written for the test.
func TestLongerNamesEndingInVinh(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a quarter of Huế", "Lễ hội đèn lồng", "Phố cổ Bao Vinh rực sáng trong đêm hội.", ""},
		{"a bridge", "Sửa chữa mặt cầu", "Cầu Ba Vinh được gia cố sau nhiều năm xuống cấp.", ""},
		{"a person", "Giao lưu với người hâm mộ", "Cựu tiền đạo Lê Công Vinh ký tặng áo đấu cho các em nhỏ.", ""},
		{"a university keeps the city", "Tuyển sinh 2026", "Trường ĐH Vinh công bố điểm sàn.", "nghe-an"},
		{"a stadium keeps the city", "SLNA thắng trận đầu tiên", "Đội bóng xứ Nghệ thắng 2-0 trên sân Vinh.", "nghe-an"},
		{"an abbreviation keeps the city", "Bệnh viện TTH Vinh khám miễn phí cho người cao tuổi", "", "nghe-an"},
		{"Huế's landmarks stay", "Ngọ Môn Huế đón khách đêm giao thừa", "", "hue"},
	}
	checkProvinces(t, c, cases, true)
}
