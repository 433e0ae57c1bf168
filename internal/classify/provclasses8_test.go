package classify

import "testing"

// TestNamesInNames covers the sixth session's first class (s13): a bare
// place whose name goes on into a longer one, a person's, a building's, a
// newspaper's or another place's, and former districts' names that are
// more often a person's or a brand's. The sentences are written for the
// test.
func TestNamesInNames(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a player's given name", "Vinh Tùng vào chung kết giải quần vợt", "", ""},
		{"the city of Vinh stays", "Vinh mưa lớn, nhiều tuyến phố ngập", "", "nghe-an"},
		{"a building's name", "Cháy căn hộ chung cư", "Lửa bùng lên ở tầng 9 chung cư Tân Hồng Hà, phường Khương Đình.", "ha-noi"},
		{"a newspaper after a place", "Đội tuyển lên đường", "Như Thanh Niên đã đưa tin, đội tuyển bay sang Doha sáng nay.", ""},
		{"another place goes on", "Hạ tầng mới cho khu Đông Hà Nội", "", "ha-noi"},
		{"a person's full name", "Bắt nghi phạm Châu Phú Lộc", "", ""},
		{"a direction goes on a place's name", "Pháo hoa ở phường Quy Nhơn Đông", "Bầu trời Quy Nhơn Đông rực sáng đêm qua.", "gia-lai binh-dinh"},
		{"a foreign word names the place's venue", "Khai trương Nha Trang Center mới", "", "khanh-hoa"},
		{"a name after a place", "Khởi tố giám đốc", "Công an khởi tố giám đốc Trung tâm Hải Hà Nguyễn Văn Hòa.", "quang-ninh"},
		{"a reader's name", "Có nên uống sữa mỗi ngày?", "Tôi bị mỡ máu cao, có nên uống sữa? (Thanh Hà, Tuyên Quang)", ""},
		{"a beauty queen", "Hoa hậu Thanh Hà dự lễ hội", "", ""},
		{"a brand", "Minh Long ra mắt bộ ấm chén mới", "", ""},
		{"a market of Hà Nội", "Tiểu thương chợ Đồng Xuân bán hàng trực tuyến", "", ""},
		{"the district with its context", "Mưa lớn ở Thanh Hà", "", "hai-phong hai-duong"},
		{"the district's produce", "Vải thiều Thanh Hà vào vụ", "", "hai-phong hai-duong"},
		{"a school named after a battle", "Học sinh trường tiểu học Đống Đa diễn kịch lịch sử", "", ""},
		{"a dynasty's name at a crossing", "Kẹt xe ở giao lộ Hồng Bàng - Nguyễn Tri Phương", "", ""},
		{"the district with its word", "Cháy nhà ở quận Đống Đa cũ", "", "ha-noi"},
	}
	checkProvinces(t, c, cases, true)
}

// TestMoreClubCues covers the clubs of s13 and of the training days' sports
// stories that no cue marked: a fixture's or a standing's verb before the
// name, a club's season or dealings after it, a sponsor's abbreviation,
// and a player's club in parentheses after the full name. A sports story
// is needed, so each sentence names its league. The sentences are written
// for the test.
func TestMoreClubCues(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a fixture's verb", "Công An Hà Nội đấu Ninh Bình ở vòng 15 V-League", "", ""},
		{"the arena stays", "Tuyển bóng chuyền nữ thắng Thái Lan", "Tối qua tại nhà thi đấu Ninh Bình, tuyển bóng chuyền nữ Việt Nam thắng Thái Lan 3-1 ở SEA V.League.", "ninh-binh"},
		{"a standing's verb", "Bảng xếp hạng V-League: HAGL đẩy Nam Định xuống nhóm cuối", "", ""},
		{"a club's dealings", "Nam Định chiêu mộ tiền đạo từng khoác áo Benfica", "Nhà ĐKVĐ V-League vừa ký hợp đồng hai năm với tiền đạo người Bồ Đào Nha.", ""},
		{"a club's season", "V-League: Đà Nẵng sống lại hy vọng trụ hạng", "", ""},
		{"a sponsor's abbreviation", "Bóng chuyền nữ: XMLS Thanh Hóa thắng ngược", "Tối qua, tại giải bóng chuyền vô địch quốc gia, XMLS Thanh Hóa thắng ngược 3-2.", ""},
		{"the sponsor at home", "V-League: SHB Đà Nẵng thua ngay trên sân nhà", "", "da-nang"},
		{"an abbreviation before a bare place", "HLV đội sinh viên đánh bại cựu sao HAGL Sơn Động",
			"Đội bóng Trường ĐH Kinh tế thắng 2-1 ở tứ kết giải bóng đá sinh viên.", ""},
		{"a player's club", "Hat-trick của Nguyễn Văn Toàn ở V-League", "Nguyễn Văn Toàn (Nam Định) lập hat-trick vào lưới đội khách ở vòng 10 V-League.", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestSignaturesAndNamesakes covers the reader's name that opens a
// signature, the word in "thủ" before a capitalised name, the actress Lệ
// Thủy, and a quiz's capital. The sentences are written for the test.
func TestSignaturesAndNamesakes(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a name with an age", "Đau đầu kéo dài có nguy hiểm?", "Tôi hay đau đầu về chiều, có cần đi khám không? (Thủy Nguyên, 35 tuổi, Cần Thơ)", ""},
		{"a name and another province", "Có nên tiêm vắc xin cúm?", "Con tôi 5 tuổi, có nên tiêm cúm hằng năm? (Hà Giang, Bắc Ninh)", ""},
		{"an address stays", "Cháy kho hàng lúc rạng sáng", "Kho hàng của một công ty (Bến Lức, Tây Ninh) bốc cháy lúc 3h.", "tay-ninh long-an"},
		{"a player of Germany", "Nhiều cầu thủ Đức bỏ tập", "", ""},
		{"a player named Đức", "Cầu thủ Đức Huy ra mắt đội mới", "", ""},
		{"the ward with its word", "Cháy nhà ở phường Thủ Đức", "", "ho-chi-minh"},
		{"an actress", "Nghệ sĩ Phượng Liên gặp lại Lệ Thủy", "", ""},
		{"a quiz's capital", "Thủ đô nào có nhiều cầu nhất thế giới?", "", ""},
		{"a ranking's capital", "Thủ đô đầu tiên cấm xe xăng vào trung tâm", "", ""},
		{"the capital stays", "Thủ đô rực rỡ cờ hoa dịp Quốc khánh", "", "ha-noi"},
		{"a clinic named after Sài Gòn", "Phòng khám Sài Gòn Phúc An bị đình chỉ", "Phòng khám Sài Gòn Phúc An (Cà Mau) bị đình chỉ hoạt động 3 tháng.", "ca-mau"},
		{"Sài Gòn with an official's name", "Đại hội Đảng bộ", "Bí thư Thành ủy Sài Gòn Nguyễn Văn Bình phát biểu khai mạc.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestDatingTitles covers a dating column's item whose lead gives no age:
// the title seeks someone, the lead speaks in the first person. The
// sentences are written for the test.
func TestDatingTitles(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a seeker in Huế", "Tìm bạn đời hiền lành ở Huế", "Ngoài giờ làm, mình thích đọc sách và nấu ăn cho gia đình.", ""},
		{"the writer's city", "Em tìm anh giữa phố Hà Nội", "Em làm kế toán, sống tại Hà Nội đã mười năm.", ""},
		{"a search for the missing", "Tìm người mất tích sau lũ ở Lào Cai", "Lực lượng cứu hộ tiếp tục tìm kiếm hai người bị lũ cuốn.", "lao-cai"},
	}
	checkProvinces(t, c, cases, true)
}
