package classify

import "testing"

// TestFormerPost covers a reshuffle that names the post a person leaves
// beside the one they take (the old province is where the person comes
// from, not the story's place), and the counter-cases: a farewell held in
// the old province, a new post in the same province or in no province, and
// an appointment that names provinces only after it. The sentences and
// names are written for the test.
func TestFormerPost(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a party post in the lead", "Ông Trần Văn Minh giữ chức Bí thư Tỉnh ủy Sơn La",
			"Bộ Chính trị điều động ông Trần Văn Minh, Phó bí thư Tỉnh ủy Điện Biên, giữ chức Bí thư Tỉnh ủy Sơn La.", "son-la"},
		{"a department head in the title", "Giám đốc Sở Tài chính Nghệ An được bổ nhiệm làm Giám đốc Sở Tài chính Hà Tĩnh", "", "ha-tinh"},
		{"a decision between the posts", "Công an tỉnh Cao Bằng có tân giám đốc",
			"Đại tá Lê Văn Hòa, Phó giám đốc Công an tỉnh Lạng Sơn, được Bộ trưởng Bộ Công an điều động, bổ nhiệm giữ chức vụ Giám đốc Công an tỉnh Cao Bằng.", "cao-bang"},
		{"a farewell in the old province stays", "Tỉnh ủy Điện Biên chia tay đồng chí Phó bí thư",
			"Tỉnh ủy Điện Biên tổ chức hội nghị công bố quyết định điều động ông Trần Văn Minh, Phó bí thư Tỉnh ủy Điện Biên, giữ chức Bí thư Tỉnh ủy Sơn La.", "dien-bien son-la"},
		{"a post in the same province stays", "Thanh Hóa có tân chủ tịch tỉnh",
			"Ông Hoàng Văn Nam, Phó chủ tịch UBND tỉnh Thanh Hóa, được bầu giữ chức Chủ tịch UBND tỉnh Thanh Hóa.", "thanh-hoa"},
		{"a post in no province stays", "Bí thư Tỉnh ủy Lai Châu nhận nhiệm vụ mới",
			"Ông Phạm Quốc Anh, Bí thư Tỉnh ủy Lai Châu, được điều động giữ chức Thứ trưởng Bộ Nông nghiệp và Môi trường.", "lai-chau"},
		{"provinces after the appointment stay", "Hơn 200 cán bộ nhận nhiệm vụ ở cơ sở",
			"Bộ Tư lệnh Quân khu điều động 200 cán bộ giữ chức Chỉ huy trưởng Ban Chỉ huy quân sự các xã ở Sơn La và Lai Châu.", "son-la lai-chau"},
		{"an appointment in another sentence stays", "Nghệ An và Hà Tĩnh trao đổi cán bộ",
			"Ông Đinh Văn Lực là Phó giám đốc Sở Nội vụ Nghệ An. Từ tháng 5, Sở Nội vụ Hà Tĩnh có ông giữ chức Phó giám đốc.", "nghe-an ha-tinh"},
		{"to keep a function is no appointment", "Chủ tịch tỉnh yêu cầu giám sát đê biển",
			"Chủ tịch UBND tỉnh Nghệ An yêu cầu chủ đầu tư giữ chức năng giám sát chặt chẽ, như Hà Tĩnh đã làm.", "nghe-an ha-tinh"},
		// The end of the text: the rule reads tokens after the post and the
		// appointment, and must neither read past the end nor drop the place.
		{"the text ends at the appointment", "Giám đốc Sở Y tế Nghệ An được bổ nhiệm làm", "", "nghe-an"},
		{"the text ends at the former post", "Điều động Bí thư Tỉnh ủy Lai Châu", "", "lai-chau"},
		{"the text ends at 'giữ chức'", "Ông Nam, Phó chủ tịch UBND tỉnh Sơn La, giữ chức", "", "son-la"},
		{"the new post in the summary: another field", "Phó giám đốc Công an tỉnh Cao Bằng giữ chức",
			"Giám đốc Công an tỉnh Lạng Sơn.", "cao-bang lang-son"},
	}
	checkProvinces(t, c, cases, true)
}
