package classify

import "testing"

// TestCountrySpans covers a span of the whole country named by its ends.
// The sentences are written for the test.
func TestCountrySpans(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the expressway's ends", "Cao tốc Bắc - Nam sẽ thông suốt từ Lạng Sơn đến Cà Mau", "", ""},
		{"the coast's ends", "Gió mạnh trên biển", "Các tỉnh ven biển từ Quảng Ninh tới An Giang cần cấm biển từ chiều nay.", ""},
		{"the capital to the tip", "Trạm dừng nghỉ trên cao tốc", "Tuyến cao tốc từ Hà Nội vào Cà Mau có thêm năm trạm dừng nghỉ.", ""},
		{"an end named again", "Cà Mau đón chuyến xe đầu tiên", "Chuyến xe chạy từ Lạng Sơn đến Cà Mau trong hai ngày.", "ca-mau"},
		{"a span of two neighbours stays", "Mưa lớn từ Quảng Trị đến Đà Nẵng", "", "quang-tri da-nang"},
		{"a trip between the two cities stays", "Máy bay chở tạng từ Hà Nội vào TP.HCM", "", "ha-noi ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFirmsAndClubsNamedAfterPlaces covers a builder, a hotel chain and a
// business association named after places, and club sponsors of
// volleyball, football and cycling. The sentences are written for the
// test.
func TestFirmsAndClubsNamedAfterPlaces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a builder", "Xây dựng Hòa Bình báo lãi quý đầu năm", "", ""},
		{"the former province stays", "Lũ quét ở Hòa Bình cũ", "", "phu-tho hoa-binh"},
		{"a hotel chain", "Khách sạn Mường Thanh Luxury mở cửa ở Cần Thơ", "", "can-tho"},
		{"the chain's owner", "Tập đoàn Mường Thanh bị thanh tra", "", ""},
		{"the chain's chairman", "Chủ tịch Mường Thanh bị truy tố thêm tội", "", ""},
		{"a business association", "Giải golf Doanh nhân Sài Gòn gây quỹ ở Tây Ninh", "", "tay-ninh"},
		{"a volleyball sponsor", "Giải bóng chuyền vô địch quốc gia: chung kết nữ có Hóa Chất Đức Giang Lào Cai", "", ""},
		{"a sponsor's abbreviation", "Bóng chuyền: HCĐG Lào Cai hạ Geleximco Hưng Yên", "", ""},
		{"a football sponsor", "Giải hạng nhất: tâm điểm là trận đấu với Khatoco Khánh Hòa", "", ""},
		{"a cycling team", "Cúp xe đạp: tay đua ngoại trong màu áo Kenda Đồng Nai thắng chặng 5", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestClubSuffixes covers clubs named by a place and an English suffix in
// sports stories, after "ở" too. The sentences are written for the test.
func TestClubSuffixes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a basketball club", "Bóng rổ VBA: Hanoi Buffaloes thắng Nha Trang Dolphins 98-90", "", ""},
		{"a club after ở", "Tiền vệ ngoại binh ghi dấu ấn ở Hà Nội FC", "Anh kiến tạo hai bàn giúp đội nhà thắng ở vòng 10 V-League.", ""},
		{"the arena stays", "Bóng rổ VBA: Đà Nẵng Dragons thua trên sân khách", "Trận đấu diễn ra tại nhà thi đấu Tây Hồ (Hà Nội) tối qua.", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}

// TestVenueWithClub covers a venue's province in parentheses when a club
// of that province plays there. The sentences are written for the test.
func TestVenueWithClub(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"the venue's province", "Bóng rổ VBA: cầu thủ chấn thương", "Tại nhà thi đấu Tây Hồ (Hà Nội), trận Hà Nội Buffaloes gặp Đà Nẵng Dragons phải tạm dừng.", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}

// TestForeignNamesakes covers places named like a province that lie in
// another country. The sentences are written for the test.
func TestForeignNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a Chinese province", "Cầu kính ở Hà Nam (Trung Quốc) bị nứt", "", ""},
		{"with its word and a comma", "Tuyển người ngắm mây", "Khu danh thắng ở tỉnh Hà Nam, Trung Quốc, tuyển người ghi hình biển mây.", ""},
		{"a university abroad", "Hợp tác đào tạo", "Trường ĐH X ký kết với Đại học Sư phạm Thủ đô (Trung Quốc) về chương trình liên kết.", ""},
		{"a Vietnamese province stays", "Hội chợ ở Hà Nam (Ninh Bình)", "", "ninh-binh ha-nam"},
		{"a list of departures stays", "Máy bay bay chờ", "Các chuyến bay từ TP.HCM, Singapore phải bay chờ.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestChineseNamesakes covers former units named like Chinese provinces,
// cities and canals in stories set in China. The sentences are written
// for the test.
func TestChineseNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"Henan", "Nhà hàng Trung Quốc tặng bữa ăn miễn phí", "Một nhà hàng ở Hà Nam tặng bữa trưa cho người già neo đơn.", ""},
		{"Zhengzhou's province", "Bác sĩ cảnh báo thức ăn để qua đêm", "Một bệnh nhân ở Trịnh Châu, tỉnh Hà Nam nhập viện sau khi ăn cơm nguội.", ""},
		{"the Pinglu canal", "Trung Quốc sắp mở kênh đào mới", "Kênh đào Bình Lục sẽ nối vùng nội địa với biển.", ""},
		{"Luoyang", "Robot Trung Quốc vào nhà máy", "Hãng pin đưa robot vào dây chuyền ở Lạc Dương.", ""},
		{"the former province stays", "Nhà đầu tư Trung Quốc mở nhà máy", "Khu công nghiệp ở Hà Nam (cũ) đón dự án của nhà đầu tư Trung Quốc.", "ninh-binh ha-nam"},
		{"no story of China", "Tai nạn ở Hà Nam, hai người bị thương", "", "ninh-binh ha-nam"},
	}
	checkProvinces(t, c, cases, true)
}

// TestVisitorHomes covers the home of tourists and drivers named in a
// story set in another province. The sentences are written for the test.
func TestVisitorHomes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a tourist's home", "Bẻ san hô làm quà, hai du khách bị phạt", "Hai du khách ở Đồng Nai bị phạt vì bẻ san hô ở Nha Trang.", "khanh-hoa"},
		{"a driver's home", "Tài xế đi ngược chiều bị phạt", "Công an tỉnh Bắc Ninh xử phạt nam tài xế ở Phú Thọ vì đi ngược chiều.", "bac-ninh"},
		{"the quarter in California", "Rò rỉ hóa chất gần khu Little Saigon", "", ""},
		{"a family on a trip", "Sóng cuốn khi tắm biển", "Hai cha con ở Hà Nội bị sóng cuốn khi tắm biển ở Quảng Trị.", "quang-tri"},
		{"a tourist alone stays", "Du khách ở Hà Nội bị lừa mua vé giả", "", "ha-noi"},
		{"a man at home stays", "Một thanh niên ở Tây Ninh bị đâm, nghi phạm trốn sang Đồng Tháp", "", "tay-ninh dong-thap"},
	}
	checkProvinces(t, c, cases, true)
}

// TestWishTitles covers a dating column's item whose title wishes for
// someone over a first-person lead. The sentences are written for the
// test.
func TestWishTitles(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a wish with the writer's city", "Mong gặp người hiền lành để cùng đi đường dài", "Tôi là kỹ sư, sống và làm việc tại TP HCM.", ""},
		{"the title's city", "Mong gặp anh giữa phố Hà Nội", "Mong gặp người đàn ông chín chắn, biết nấu ăn, thích đọc sách và yêu trẻ nhỏ để em cùng chăm sóc.", ""},
		{"a search", "Cần tìm người cùng xây tổ ấm ở Đà Nẵng", "Công việc của em ổn định, em thích nấu ăn.", ""},
		{"a reporter's story stays", "Mong có phép màu cho nạn nhân vụ lật xe ở Lào Cai", "Ngồi bên giường bệnh, anh T. mong em trai sớm hồi phục.", "lao-cai"},
	}
	checkProvinces(t, c, cases, true)
}

// TestDeputiesProvinces covers the province in parentheses after a
// deputy's name. The sentences are written for the test.
func TestDeputiesProvinces(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a deputy's province", "Đề xuất sửa quy định thu phí", "Đại biểu Nguyễn Thị Lan (Hà Nội) đề nghị bỏ quy định thu phí bắt buộc.", ""},
		{"a deputy of the National Assembly", "Cần lấp khoảng trống của luật", "Tuổi Trẻ trao đổi với đại biểu Quốc hội Trần Văn Bình (Cần Thơ) về dự luật.", ""},
		{"a deputy's visit stays", "Đại biểu Quốc hội thăm trường học ở Cần Thơ", "", "can-tho"},
	}
	checkProvinces(t, c, cases, true)
}

// TestMoreTeamCues covers a team placed in a race or a tally, and a club
// listed with another's abbreviation by "hay". A sports story is needed,
// so each sentence names its race or league. The sentences are written
// for the test.
func TestMoreTeamCues(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a team first in a stage", "Giải xe đạp xuyên Việt: tay đua ngoại của Cần Thơ về nhất chặng hai", "", ""},
		{"a team's tally", "Giải xe đạp xuyên Việt: Vĩnh Long đoạt áo vàng chặng 5", "", ""},
		{"a club listed by hay", "Cuộc đua trụ hạng V-League", "Vòng cuối V-League, PVF-CAND hay Hà Tĩnh sẽ phải đá play-off.", ""},
		{"a race's town stays", "Giải xe đạp xuyên Việt về đích ở Cần Thơ", "", "can-tho"},
	}
	checkProvinces(t, c, cases, true)
}

// TestJourneysOn covers the origin of a journey the sentence takes on to
// another place a few words later, and the ranges and cargo that stay.
// The sentences are written for the test.
func TestJourneysOn(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"an origin and a later end", "Người mẹ cổ vũ con trai", "Bà Lan cùng người thân từ TP.HCM lặn lội ra Nha Trang xem con thi đấu.", "khanh-hoa"},
		{"a unit sent on", "Đặc công tìm kiếm nạn nhân", "Hai mươi chiến sĩ từ Hải Phòng đã cơ động đến hồ Thác Bà (Lào Cai) trong đêm.", "lao-cai yen-bai"},
		{"a list of origins abroad", "Đoàn thể thao lên đường", "Đoàn đã khởi hành từ Hà Nội và TP.HCM lên đường sang Thái Lan dự giải.", ""},
		{"a range stays", "Mưa lớn ở miền Trung", "Các tỉnh từ Quảng Trị đến Đắk Lắk có mưa to.", "quang-tri dak-lak"},
		{"cargo stays", "Bắt hai người chở ma túy", "Hai người vận chuyển ma túy từ Hà Tĩnh rồi mang sang Nghệ An bán.", "ha-tinh nghe-an"},
	}
	checkProvinces(t, c, cases, true)
}

// TestFunctionWordsBeforeNames covers a common word written in lower case
// before a capitalised name, which a place's name starting with that word
// must not swallow. The sentences are written for the test.
func TestFunctionWordsBeforeNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a preposition", "Tạm giữ hàng được vận chuyển từ Sơn La", "", "son-la"},
		{"a trio of players", "HLV tiếp tục tin dùng bộ ba Đình Bắc, Xuân Son và Hoàng Hên", "", ""},
		{"the district stays", "Cháy nhà trong ngõ nhỏ ở Ba Đình", "", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}
