package classify

import "testing"

// TestSchools covers the schools of provschools.go named alone and the
// mentions schoolMentions refuses: a team in a sports story, an officer's
// or an expert's school, one student, students' prize, a counted list, a
// story placed in another province, and names left out (shared by several
// provinces' schools). The sentences are written for the test.
func TestSchools(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a university's admissions", "Đại học Duy Tân công bố điểm chuẩn", "Ngành y khoa lấy điểm cao nhất.", "da-nang"},
		{"the abbreviation", "ĐH Văn Lang mở thêm ba ngành", "", "ho-chi-minh"},
		{"lower case after Trường", "Trường đại học Hoa Sen khánh thành thư viện", "", "ho-chi-minh"},
		{"an academy", "Học viện Ngoại giao lấy điểm chuẩn cao nhất 27", "", "ha-noi"},
		{"a gifted school, its former province", "Trường THPT chuyên Lam Sơn khai giảng năm học mới", "", "thanh-hoa"},
		{"a gifted school of a merged province", "Thi vào lớp 10 chuyên Lương Văn Chánh", "Hơn 2.000 thí sinh dự thi.", "dak-lak phu-yen"},
		{"a military school", "Trường Sĩ quan Không quân đón tân học viên", "", "khanh-hoa"},
		{"a team in a sports story", "ĐH Duy Tân thắng 2-0 ĐH Văn Lang", "Đội bóng ĐH Duy Tân giành vé vào bán kết giải bóng đá sinh viên.", ""},
		{"an officer quoted on national admissions", "Thí sinh nên chọn ngành trước", "Phó giám đốc thường trực ĐH Duy Tân cho rằng thí sinh cần cân nhắc kỹ.", ""},
		{"one student's profile", "Nữ sinh Học viện Ngoại giao giành học bổng", "", ""},
		{"new students at the lead's start are no student's name", "Ngày hội nhập học", "Tân sinh viên Đại học Tây Nguyên nhập học từ hôm nay.", "dak-lak"},
		{"a student named with the school", "Hành trình vượt khó", "Nguyễn Văn An sinh viên Đại học Tây Nguyên dạy tiếng Anh miễn phí.", ""},
		{"students' prize abroad", "Sinh viên Việt giành giải bạc quốc tế", "Nhóm sinh viên Đại học Lạc Hồng giành giải tại UAE.", ""},
		{"one of a counted list", "Các trường quân đội công bố điểm sàn", "6 trường quân đội công bố điểm sàn, Học viện Hậu cần thấp nhất.", ""},
		{"a counted list after another number", "Các trường quân đội công bố điểm sàn", "Sau 3 học sinh đạt điểm tuyệt đối, 6 trường quân đội công bố điểm sàn, Học viện Hậu cần thấp nhất.", ""},
		{"a story placed in another province", "Nghiên cứu mới về nước uống", "Học viện Quân y khảo sát người dân tại Quảng Trị.", "quang-tri"},
		{"a foreign namesake", "Học viện Lục quân Mỹ tuyển sinh", "", ""},
		{"a name several provinces' schools share", "Trường THPT chuyên Lê Quý Đôn khai giảng", "", ""},
		{"a culture university of two cities", "Đại học Văn hóa tuyển sinh ngành mới", "", ""},
	}
	checkProvinces(t, c, cases, true)
}

// TestSchoolVerdicts re-classifies i15school's judged training-day changes
// (checkRecallVerdicts: each tag judged right must still be given).
func TestSchoolVerdicts(t *testing.T) {
	checkRecallVerdicts(t, "school_i15school.jsonl")
}

// TestSchoolBodyPrizeCount: a prize or a count of schools in the body
// (past prizes, a list further down) does not make the story a prize or a
// count: the school named in the lead keeps its province.
func TestSchoolBodyPrizeCount(t *testing.T) {
	c := newTest(t)
	cases := []struct{ name, summary, body string }{
		{"a past prize in the body", "Sinh viên Đại học Lạc Hồng ra mắt robot phân loại rác.", "Nhóm từng giành giải nhì cuộc thi sáng tạo năm ngoái."},
		{"a count in the body", "Đại học Lạc Hồng khánh thành ký túc xá mới.", "Tỉnh hiện có 5 trường đại học."},
	}
	for _, tc := range cases {
		res := c.Classify(Input{Title: "Tin giáo dục", Summary: tc.summary, Body: tc.body})
		if len(res.Provinces) != 1 || res.Provinces[0].Province != "dong-nai" {
			t.Errorf("%s: provinces %v, want dong-nai", tc.name, res.Provinces)
		}
	}
}

// TestIsSchoolKnowsSchoolsOnly: isSchool, which knows a school's rule by
// its name's head (schoolNameHeads), holds for every entry of schools and
// for no other place rule ("Học viện …" or "THPT …" elsewhere would be
// refused as a school and skipped by leadPlaces).
func TestIsSchoolKnowsSchoolsOnly(t *testing.T) {
	c := newTest(t)
	entry := map[string]bool{}
	for _, e := range schools {
		entry[e.Text] = true
	}
	n := 0
	for i := range c.prov.rules {
		r := &c.prov.rules[i]
		switch {
		case isSchool(r) && !entry[r.Text]:
			t.Errorf("%q (kind %d) is read as a school, but is no entry of schools", r.Text, r.Kind)
		case isSchool(r):
			n++
		}
	}
	if n != len(schools) {
		t.Errorf("isSchool holds for %d rules, want the %d entries of schools", n, len(schools))
	}
}
