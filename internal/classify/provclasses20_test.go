package classify

import "testing"

// TestProvClasses20 covers the classes i13prov20 read in the morning items
// of training days (issue 9; testdata/classify/real/morning_i13prov20.jsonl
// holds the judged changes): a dating column whose title names whom the
// writer seeks anywhere in it, over a lead in the writer's voice, and a
// reader's question signed in parentheses right after its question mark,
// and a biography's former posts.
// The sentences are written for the test; each place-free want fails on
// main.
func TestProvClasses20(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		// Dating columns (provdating.go).
		{"a seeker named with her home", "Cô gái Hà Nội hay cười tìm nửa yêu thương",
			"Em thích đọc sách, nấu ăn và đi bộ quanh hồ vào buổi tối.", ""},
		{"the home in the lead", "Cô giáo hiền lành mong gặp người chân thành",
			"Em sống và làm việc tại Đà Nẵng, thích trồng rau và nuôi mèo.", ""},
		{"a question to the one awaited", "Cần Thơ, anh ở đâu?",
			"Em là cô gái miền Tây, đang làm kế toán ở Cần Thơ đã năm năm.", ""},
		{"a greeting to the one sought", "Giữa Huế trầm mặc, mong gặp một người vừa vặn",
			"Chào em, người có thể đang đọc những dòng này.", ""},
		{"a small-built writer, not a child", "Giữa Hải Phòng đông người, hy vọng tìm thấy anh",
			"Ngoại hình em nhỏ nhắn, sống giản dị và thích nấu ăn.", ""},
		{"a letter to the one sought", "Chàng trai thích những chiều mưa",
			"Chào em, người có thể cũng đang tìm một khoảng lặng giữa lòng Đà Lạt.", ""},
		{"the writer introducing herself", "Em muốn được nấu cơm cho anh",
			"Em là cô gái hay cười, sống cùng bố mẹ ở Hải Phòng.", ""},
		{"a quoted pupil is no writer", "Nữ sinh Quảng Ngãi giành học bổng du học",
			"'Em là người đầu tiên trong làng đi du học', nữ sinh ở Quảng Ngãi chia sẻ.", "quang-ngai"},
		{"a search for a relative is news", "Tìm người thân cho cụ bà đi lạc ở Hà Nội",
			"Công an phường Hoàng Mai đang tìm người thân cho một cụ bà đi lạc.", "ha-noi"},
		{"children are no writer", "Nghệ An: Tìm người hiến máu gấp",
			"Hai em nhỏ bị tai nạn giao thông đang cần máu gấp tại Bệnh viện Sản Nhi Nghệ An.", "nghe-an"},
		{"a first-person lead without a seeker's title", "Tôi mua nhà ở Hà Nội năm 35 tuổi",
			"Tôi dành dụm mười năm mới mua được căn hộ ở Hà Nội.", "ha-noi"},
		// A biography's former posts (provbio.go).
		{"a biography's former posts", "Tiểu sử tân Bộ trưởng Nguyễn Văn An",
			"Ông Nguyễn Văn An từng làm Bí thư Tỉnh ủy Gia Lai, Chủ tịch UBND tỉnh Nghệ An.", ""},
		{"the new post the title names stays", "Tiểu sử tân Bí thư Thành ủy Đà Nẵng Trần Văn Bình",
			"Ông Trần Văn Bình từng công tác tại Quảng Ngãi trước khi làm Bí thư Thành ủy Đà Nẵng.", "da-nang"},
		{"a story that is no biography", "Nghệ An khởi công cầu mới",
			"Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, dự lễ khởi công.", "nghe-an"},
		// A reader's question signed after its question mark (provasked.go).
		{"a province alone", "Đau khớp gối có tái phát không?",
			"Tôi vừa mổ khớp gối, bệnh này có tái phát không? (Gia Lai)", ""},
		{"an age after the place", "Uống trà gừng có giúp ngừa cảm?",
			"Tôi uống trà gừng mỗi sáng, có giúp ngừa cảm không? (Minh Thư, Hà Nội, 40 tuổi)", ""},
		{"a name that starts as a place", "Trẻ sốt cao có cần đi khám ngay?",
			"Con tôi sốt cao hai ngày, có cần đi khám ngay không? (Huế Anh, TP HCM)", ""},
		{"a place after a question in the middle stays", "Vì sao Đà Nẵng tạm dừng lễ hội?",
			"Vì sao lễ hội bị dừng? (Đà Nẵng) Thành phố cho biết sẽ tổ chức lại vào tháng sau.", "da-nang"},
		{"an address in parentheses stays", "Cháy xưởng gỗ, khói bao trùm khu dân cư",
			"Đám cháy bùng lên ở một xưởng gỗ (phường An Phú, TP.HCM) lúc rạng sáng.", "ho-chi-minh binh-duong"},
	}
	checkProvinces(t, c, cases, true)
}
