package classify

import "testing"

// TestAffiliations covers the affiliations of the sixth session's judged
// training-day sample (issue 9; README, clarification of 2026-12-06): an
// expert's institution lends its city, not the story's place, unless the
// story happens there. The sentences are written for the test.
func TestAffiliations(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"an economist's university", "Lãi suất có thể tăng trong quý tới",
			"PGS.TS Trần Văn Minh, Trường ĐH Kinh tế TP.HCM, cho rằng ngân hàng sẽ khó giữ lãi suất thấp.", ""},
		{"an expert from a university", "Xe điện cần thêm trạm sạc",
			"Chuyên gia từ ĐH Bách khoa Hà Nội nhận định mạng lưới trạm sạc còn thưa.", ""},
		{"a lawyer's bar in parentheses", "Hợp đồng đặt cọc cần điều khoản gì?",
			"Luật sư Lê Hoàng (Đoàn Luật sư TP.HCM) hướng dẫn người mua nhà đọc kỹ hợp đồng.", ""},
		{"a teacher's school, a broadcast lesson", "Ôn thi môn hóa: phản ứng oxi hóa khử",
			"Bài giảng do thầy Phan Minh, Trường THPT Nguyễn Du, TP.HCM thực hiện, phát trên các kênh của báo.", ""},
		{"a doctor's advice", "Uống nước thế nào cho đủ mùa nắng",
			"Bác sĩ Bệnh viện Y học cổ truyền Đà Nẵng khuyên mỗi người uống hai lít nước một ngày.", ""},
		{"experts working elsewhere", "Tìm mộ liệt sĩ bằng radar ở Quảng Trị",
			"Nhóm chuyên gia Trường ĐH Khoa học Tự nhiên Hà Nội khảo sát khu đồi bằng radar xuyên đất.", "quang-tri"},
		{"the institution's city named again", "Chuyên gia bàn về ngập ở TP.HCM",
			"TS Lê An, Trường ĐH Kiến trúc TP.HCM, cho rằng TP.HCM cần thêm hồ điều tiết.", "ho-chi-minh"},
		{"an expert with a role", "Tư vấn tuyển sinh ở Cà Mau",
			"Tại buổi tư vấn, TS Lê Minh, Trưởng phòng Đào tạo Trường ĐH Kinh tế TP.HCM, lưu ý thí sinh về nguyện vọng.", "ca-mau"},
		// The story happens at the institution.
		{"a clause, not a role", "Khóa đào tạo can thiệp đột quỵ lần thứ năm",
			"Khóa học thu hút chuyên gia ngày càng đông, minh chứng cho Bệnh viện Đa khoa Cần Thơ đủ sức đào tạo.", "can-tho"},
		{"a hospital's patient", "Cứu sống bé trai nuốt pin",
			"Bác sĩ Bệnh viện Nhi đồng Cần Thơ vừa phẫu thuật lấy viên pin trong thực quản bé.", "can-tho"},
		{"a group of the institution's staff", "Đổi mới đào tạo tiến sĩ",
			"Các giảng viên Trường ĐH Cần Thơ sẽ được cử đi thực tập tại doanh nghiệp.", "can-tho"},
		{"the head of a school at its event", "Lễ tri ân học sinh khối 12",
			"Thầy Trần Bình, Hiệu trưởng Trường THPT Chu Văn An (Hà Nội), dặn dò học trò trong buổi lễ.", "ha-noi"},
		{"an institution in the title", "Bác sĩ Bệnh viện tỉnh Gia Lai xin nghỉ việc sau khi được cử đi học",
			"Bác sĩ ấy được cử đi học rồi xin thôi việc.", "gia-lai"},
		{"at the university, not of it", "Hội thảo về trí tuệ nhân tạo",
			"Các chuyên gia quốc tế thảo luận tại Trường ĐH Bách khoa Hà Nội.", "ha-noi"},
		{"a university's own news", "Trường ĐH Y Dược TP.HCM tuyển thêm ngành mới", "", "ho-chi-minh"},
	}
	checkProvinces(t, c, cases, true)
}
