package classify

import "testing"

// TestProvClasses18 covers the classes i12prov18 read on training days
// (issue 9; testdata/classify/real/clause_i12prov18.jsonl holds the judged
// changes): a member school named with its parent university, a student
// or graduate named with their school, a province's voters answered by a
// ministry, a train named by its line's ends, and three more ways sports
// stories name a team. The sentences
// are written for the test; each place-free want fails on main.
func TestProvClasses18(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		// A member school and its parent in parentheses, after a comma.
		{"a student of a member school", "Nữ sinh giành giải thưởng khoa học",
			"Trần Thu Hà, sinh viên Trường ĐH Khoa học Tự nhiên (ĐH Quốc gia TP.HCM), vừa nhận giải thưởng dành cho nữ sinh nghiên cứu.", ""},
		{"a pupil of a gifted school", "Học sinh lớp 10 đoạt huy chương bạc",
			"Phạm Minh Khoa, học sinh lớp 10 Trường Phổ thông Năng khiếu (ĐHQG TP.HCM), đoạt huy chương bạc olympic hóa học.", ""},
		{"a lecturer of a member school", "Người dành đời cho loài rùa biển",
			"Nhà sinh học Đỗ Văn Tâm, giảng viên Khoa Sinh học, Trường ĐH Khoa học tự nhiên (ĐHQG TP.HCM), kể về những mùa rùa đẻ.", ""},
		{"the parent after a comma", "Sinh viên viết phần mềm đọc chữ cổ",
			"Lý Thanh Mai, sinh viên Trường Công nghệ thông tin, ĐH Bách khoa Hà Nội đang phát triển công cụ đọc chữ Nôm.", ""},
		{"a member school's own news", "Trường ĐH Kinh tế - Luật mở thêm ngành",
			"Trường ĐH Kinh tế - Luật (ĐH Quốc gia TP.HCM) tuyển sinh thêm hai ngành mới.", "ho-chi-minh"},
		// Graduates and top graduates.
		{"a top graduate", "Cô gái vượt khó nhận chín học bổng",
			"Với Lưu Thị An, thủ khoa tốt nghiệp Trường ĐH Khoa học tự nhiên (ĐH Quốc gia TP.HCM), bốn năm đại học là hành trình dài.", ""},
		{"a top student's advice", "Ba sai lầm khi ôn thi",
			"Ngô Gia Bảo, thủ khoa Trường ĐH Kinh tế - Tài chính TP.HCM năm 2024, chỉ ra ba sai lầm của người ôn thi.", ""},
		{"where a person graduated", "Chàng trai làm đèn lồng từ tre",
			"Tốt nghiệp Trường ĐH Kinh tế Đà Nẵng, Hồ Văn Lâm bỏ việc văn phòng để làm đèn lồng.", ""},
		{"a graduation ceremony", "Lễ tốt nghiệp khóa đầu tiên",
			"Hơn 2.000 tân cử nhân dự lễ tốt nghiệp Trường ĐH Cần Thơ.", "can-tho"},
		// Voters' petitions answered by a ministry.
		{"a ministry answers voters", "Bộ Tài chính trả lời về thuế hộ kinh doanh",
			"Cử tri Đắk Lắk đề nghị nâng ngưỡng doanh thu chịu thuế, Bộ Tài chính cho rằng chưa có cơ sở.", ""},
		{"the central bank answers voters", "Ngân hàng Nhà nước nói về giá vàng",
			"Ngân hàng Nhà nước phản hồi kiến nghị của cử tri Hà Nội về giá vàng tăng cao.", ""},
		{"a meeting with the voters", "Bộ trưởng nói về bảo hiểm y tế",
			"Tiếp xúc cử tri Cần Thơ, Bộ trưởng Bộ Y tế cam kết mở rộng bảo hiểm y tế.", "can-tho"},
		{"the city's own leaders answer", "Bí thư trả lời về chỗ đỗ xe",
			"Nhiều cử tri TP.HCM phản ánh ô tô đỗ kín lòng đường, Bí thư Thành ủy hứa sẽ có bãi xe.", "ho-chi-minh"},
		{"the voters in the headline", "Cử tri Lâm Đồng kiến nghị về trợ cấp hưu trí",
			"Bộ Nội vụ đã trả lời kiến nghị.", "lam-dong"},
		// A train or a line named by its ends.
		{"an accident with a train", "Xe tải lao vào tàu hỏa",
			"Xe tải va chạm với đoàn tàu chở khách Hà Nội - Lào Cai, tài xế bị thương nặng.", ""},
		{"the line's station beside a project", "Khu đô thị mới cạnh ga tàu",
			"Dự án nằm đối diện ga đường sắt tốc độ cao Hà Nội - Quảng Ninh, ở phường Hạ Long.", "quang-ninh"},
		{"the line itself is the story", "Khai trương đoàn tàu mới",
			"Đoàn tàu chở khách Hà Nội - Hải Phòng được thay toa mới từ tuần sau.", "ha-noi hai-phong"},
		// Sports teams.
		{"a women's youth team", "Giải U.19 nữ quốc gia: chủ nhà thắng đậm",
			"Chiều qua, U.19 nữ Đà Nẵng thi đấu ấn tượng và thắng đậm đội bạn ở lượt thứ tư giải vô địch U.19 quốc gia.", ""},
		{"a futsal club", "Futsal Sài Gòn vào chung kết",
			"Đội futsal Sài Gòn thắng 4-1 trước futsal Thái Nguyên ở trận bán kết.", ""},
		{"a cycling team", "Cua rơ số một chia tay đội",
			"Đội đua Cần Thơ phải đổi chiến thuật sau khi cua rơ Lê Văn Bình nói lời chia tay.", ""},
		{"a runner's province", "Lê Văn Sơn vô địch giải chạy ở Huế",
			"Chân chạy Nghệ An Lê Văn Sơn vô địch cự ly 21 km.", "hue"},
	}
	checkProvinces(t, c, cases, true)
}
