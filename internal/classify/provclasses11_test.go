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
