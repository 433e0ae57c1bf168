package classify

import "testing"

// TestRubricEpisode: the items of a rubric series are episodes of their
// own, one item is one episode however cased, and a title that only names
// the rubric's words elsewhere is none.
func TestRubricEpisode(t *testing.T) {
	essay := rubricEpisode(lowTitle("Thanh Niên và tôi: Tờ báo theo tôi suốt tuổi học trò"))
	for _, tc := range []struct {
		title string
		want  func(uint16) bool
	}{
		{"Thanh Niên và tôi: Tờ báo theo tôi suốt tuổi học trò", func(e uint16) bool { return e == essay && e&episodeTag != 0 }},
		{"THANH NIÊN VÀ TÔI: tờ báo theo tôi suốt tuổi học trò", func(e uint16) bool { return e == essay }},
		{"Thanh Niên và tôi: Lần đầu tôi viết thư cho tòa soạn", func(e uint16) bool { return e != 0 && e != essay }},
		{"Ngày mới với tin tức sức khỏe: Uống nước ấm buổi sáng có lợi gì?", func(e uint16) bool { return e != 0 && e != essay }},
		{"Tin tức giá xe: Xe điện giảm giá mạnh cuối tháng", func(e uint16) bool { return e != 0 }},
		{"Báo Thanh Niên và tôi gặp lại nhau sau 20 năm", func(e uint16) bool { return e == 0 }},
		{"Thanh Niên và tôiX: không phải chuyên mục", func(e uint16) bool { return e == 0 }},
		{"3 con giáp tiền vào như nước vào cuối tuần", func(e uint16) bool { return e != 0 && e&episodeTag != 0 }},
		{"Bốn con giáp đón lộc đầu tháng", func(e uint16) bool { return e != 0 }},
		{"Những con giáp được Thần Tài gõ cửa", func(e uint16) bool { return e != 0 }},
		{"Con giáp nào may mắn nhất tuần này?", func(e uint16) bool { return e != 0 }},
		{"Mười hai con giáp bằng gốm trên đường hoa", func(e uint16) bool { return e == 0 }},
		{"Đường hoa có tượng 12 con giáp", func(e uint16) bool { return e == 0 }},
		{"3 con giáo viên đi thi", func(e uint16) bool { return e == 0 }},
		{"Di chuyển que diêm nào để '6 - 8 = 5' đúng?", func(e uint16) bool { return e != 0 && e&episodeTag != 0 }},
		{"Đố bạn giải được câu đố que diêm này trong 30 giây", func(e uint16) bool { return e != 0 }},
		{"Pakistan: Bé trai 11 tuổi nghi nghịch que diêm làm cháy trung tâm thương mại", func(e uint16) bool { return e == 0 }},
		{"Dùng que diêm đốt nhà hàng xóm", func(e uint16) bool { return e == 0 }},
		{"Chiến sự Ukraine ngày 1.508: Nga tạm dừng hoạt động quân sự", func(e uint16) bool { return e == 0 }}, // a roundup, joined to its headline's news
	} {
		if got := rubricEpisode(lowTitle(tc.title)); !tc.want(got) {
			t.Errorf("%q: episode %#x", tc.title, got)
		}
	}
}

// TestRubricItemsApart: two essays of the contest, alike in the rubric's
// words, never share a story; one of them and an undated story outside the
// rubric compare as before; a rubric item and a dated title conflict.
func TestRubricItemsApart(t *testing.T) {
	c := newTest(t)
	sig := func(title, lead string) Signature {
		return c.Signature(title, lead, c.Classify(Input{Title: title, Summary: lead}))
	}
	a := sig("Thanh Niên và tôi: Báo Thanh Niên theo tôi suốt tuổi học trò", "Tôi đọc Báo Thanh Niên từ năm lớp 10, mỗi sáng đều chờ báo.")
	b := sig("Thanh Niên và tôi: Báo Thanh Niên và lần đầu tôi viết báo", "Tôi gửi bài đầu tiên cho Báo Thanh Niên năm lớp 11, mỗi sáng đều chờ báo.")
	o := sig("Báo Thanh Niên trao giải cuộc thi viết cho bạn đọc", "Báo Thanh Niên trao giải cuộc thi viết, tôi đọc báo mỗi sáng.")
	if !daysConflict(&a, &b) {
		t.Errorf("two essays: no conflict (%#x, %#x)", a.day, b.day)
	}
	if daysConflict(&a, &o) || daysConflict(&o, &b) {
		t.Errorf("an essay and another story conflict (%#x, %#x)", a.day, o.day)
	}
	p := sig("Tin tức giá xe: Xe điện giảm giá mạnh", "Nhiều hãng giảm giá xe điện.")
	d := sig("Giá xe điện giảm mạnh ngày 3/5", "Nhiều hãng giảm giá xe điện.")
	if d.day == 0 || !daysConflict(&p, &d) {
		t.Errorf("a rubric item and a dated title: no conflict (%#x, %#x)", p.day, d.day)
	}
}
