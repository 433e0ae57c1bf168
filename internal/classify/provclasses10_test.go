package classify

import "testing"

// TestFirmsBanksAndSaints covers firms and a bank's branch named after a
// place, a standings story's clubs and a Catholic's baptismal name before
// a place, with the counter-cases that keep the place. The sentences are
// written for the test.
func TestFirmsBanksAndSaints(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a packaging maker", "Bao bì Biên Hòa chia cổ tức bằng tiền mặt", "", ""},
		{"its city stays", "Khu công nghiệp ở Biên Hòa mở rộng", "", "dong-nai"},
		{"a drinks maker", "Sản phẩm của Sanna Khánh Hòa có mặt ở Nhật Bản", "", ""},
		{"a fuel distributor", "Giá xăng giảm, PVOIL Sài Gòn điều chỉnh giá bán lẻ", "", ""},
		{"a pâté brand", "Thu hồi lô pate Cột Đèn Hải Phòng không đạt chuẩn", "", ""},
		{"a bank's branch", "Cựu phó giám đốc BIDV Tây Sài Gòn hầu tòa lần hai", "", ""},
		{"a cement maker", "Vicem Hà Tiên tăng giá bán thêm 50.000 đồng mỗi tấn", "", ""},
		{"a drug maker", "Dược Hậu Giang chia cổ tức 30%", "", ""},
		{"a fertiliser gift", "Tặng phân bón cho nông dân Vĩnh Long", "Mỗi hộ nhận hai bao NPK Cà Mau.", "vinh-long"},
		{"the title holder in a standings story", "Bảng xếp hạng V-League: HAGL vượt lên sau trận hòa", "HAGL cầm chân đương kim vô địch Nam Định ngay trên sân khách.", ""},
		{"a club leaving the bottom", "Bảng xếp hạng V-League: Đà Nẵng thoát đáy sau vòng 10", "", ""},
		{"a club behind the leader", "Thanh Hóa kém đội đầu bảng 12 điểm sau vòng 15 V-League", "", ""},
		{"a club out of the race", "Cuộc đua vô địch V-League: Hải Phòng hụt hơi", "", ""},
		{"a club's last chance", "Lịch thi đấu V-League hôm nay: Thanh Hóa sẽ hết hẳn cơ hội trụ hạng nếu thua", "", ""},
		{"a match at the club's home stays", "V-League: khán giả đội mưa xem trận đấu ở Đà Nẵng", "", "da-nang"},
		{"a university named Hòa Bình", "Trường đại học Hòa Bình tuyển sinh ngành mới", "", ""},
		{"a kindergarten named Hòa Bình", "Bếp ăn bán trú", "Trường mầm non Hòa Bình ở Thái Nguyên đổi nhà cung cấp thực phẩm.", "thai-nguyen"},
		{"the former province stays", "Lũ quét ở Hòa Bình cũ, nhiều nhà bị vùi lấp", "", "phu-tho hoa-binh"},
		{"a martyr's baptismal name", "Kỷ niệm ngày mất của chân phước", "Thầy giảng Phêrô Hà Nội được nhắc đến trong thánh lễ.", ""},
		{"a seminary named after the saint", "Lễ truyền chức", "Lễ được cử hành tại Đại chủng viện Thánh Giuse Sài Gòn sáng nay.", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestOriginsOfPeople covers where a team, a runner or a patient comes
// from when the story happens elsewhere, and the counter-cases that keep
// the place. The sentences are written for the test.
func TestOriginsOfPeople(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a team from a university", "Chung kết cuộc thi khởi nghiệp", "Giải nhất thuộc về nhóm sinh viên đến từ Trường ĐH Kinh tế Quốc dân Hà Nội.", ""},
		{"the university's own news stays", "Tuyển sinh 2026", "Trường ĐH Kinh tế Quốc dân Hà Nội công bố điểm sàn.", "ha-noi"},
		{"a runner of a province", "Nghị lực của runner Lâm Đồng trên đường chạy marathon", "Anh chạy 42 km ở giải VM Hanoi Midnight.", "ha-noi"},
		{"a race in a province stays", "Giải marathon ở Lâm Đồng thu hút vạn người chạy", "", "lam-dong"},
		{"a patient travels", "Nam bệnh nhân Cần Thơ đi du lịch Sa Pa", "", "lao-cai"},
		{"a patient with no other place", "Bệnh nhân Cần Thơ được ghép thận thành công", "", "can-tho"},
	}
	checkProvinces(t, c, cases, true)
}

// TestStudentsWithTheirSchool covers one student named with the school,
// whose city is not where the story happens, and the school's own news,
// a group of its students and a school placed by "ở", which keep it. The
// sentences are written for the test.
func TestStudentsWithTheirSchool(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"one student's project", "Máy tưới cây tự động từ ve chai", "Thương bà ngoại, cậu sinh viên Đại học Cần Thơ đã chế tạo chiếc máy tưới cây.", ""},
		{"a student in apposition", "Nữ sinh giành học bổng toàn phần", "Trần Thị B, học sinh lớp 12 Trường THPT chuyên Lê Quý Đôn (Đà Nẵng), vừa nhận thư mời của một đại học Anh.", ""},
		{"the school's own news", "Tuyển sinh đại học", "Đại học Cần Thơ công bố điểm chuẩn năm nay.", "can-tho"},
		{"a group of students", "Ngày hội hiến máu", "Hàng trăm sinh viên Đại học Cần Thơ tham gia hiến máu sáng nay.", "can-tho"},
		{"a school placed by ở", "Học sinh bị khóa xe", "Một học sinh Trường THPT Trần Phú ở Đà Lạt phát hiện xe bị khóa van xăng.", "lam-dong"},
	}
	checkProvinces(t, c, cases, true)
}

// TestStandingsStories covers the clubs a standings story names, and the
// venue that still places it. The sentences are written
// for the test.
func TestStandingsStories(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"clubs in the table", "Bảng xếp hạng V-League mới nhất: Hà Nội lên nhì, Thanh Hóa lo âu", "Vòng 20 khép lại với nhiều bất ngờ ở nhóm cuối bảng.", ""},
		{"an abbreviation", "BXH V-League: Hải Phòng bám đuổi ngôi đầu", "", ""},
		{"a venue stays", "Bảng xếp hạng V-League: đội khách giữ ngôi đầu", "Đội khách thắng 1-0 trên sân Hà Tĩnh.", "ha-tinh"},
		{"a table of another kind", "Bảng xếp hạng chỉ số cải cách hành chính: Quảng Ninh dẫn đầu", "", "quang-ninh"},
	}
	checkProvinces(t, c, cases, true)
}

// TestGroupOrigins covers a group named with where it comes from and a
// foreign mission's seat, which count only when the story names no other
// place, and a place left behind in a ranking, which does not count. The sentences are
// written for the test.
func TestGroupOrigins(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"volunteers from a city", "Khám bệnh miễn phí cho bà con vùng lũ", "Đoàn thiện nguyện từ Cần Thơ khám bệnh cho 300 người dân tại xã Diên Lâm, Khánh Hòa.", "khanh-hoa"},
		{"artists listed", "Nghệ sĩ biểu diễn ở Điện Biên", "Các nghệ sĩ từ Hà Nội, Hải Phòng đến diễn miễn phí tại TP Điện Biên Phủ.", "dien-bien"},
		{"no other place", "Đoàn cứu trợ từ Thái Nguyên lên đường", "", "thai-nguyen"},
		{"an embassy's seat", "Lưu ý cho du khách Nhật Bản", "Đại sứ quán Nhật Bản tại Hà Nội khuyến cáo công dân khi đến Đà Lạt mùa mưa.", "lam-dong"},
		{"a consulate's own event", "Lễ hội ẩm thực Pháp", "Tổng lãnh sự quán Pháp tại TP.HCM tổ chức lễ hội tối nay.", "ho-chi-minh"},
		{"a place left behind in a ranking", "Tỉnh nào thu hút FDI nhiều nhất quý I?", "Tỉnh này dẫn đầu cả nước, bỏ xa Hà Nội.", ""},
		{"a plain journey's origin stays with its end", "Chuyến hàng cứu trợ", "Xe chở hàng đi từ Thái Nguyên vào Quảng Trị.", "thai-nguyen quang-tri"},
	}
	checkProvinces(t, c, cases, true)
}
