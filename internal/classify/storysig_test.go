package classify

import "testing"

// TestCountryContext: a common foreign country and topic lower the
// threshold less than a common province and topic.
func TestCountryContext(t *testing.T) {
	c := newTest(t)
	sig := func(title string) Signature { return c.Signature(title, "", c.Classify(Input{Title: title})) }
	world := [2]Signature{sig("Iran phóng tên lửa vào Israel"), sig("Israel cạn tên lửa đánh chặn")}
	local := [2]Signature{sig("Bão đổ bộ Quảng Ngãi, nhiều nhà tốc mái"), sig("Quảng Ngãi sơ tán dân trước bão")}
	if !SharesCountryContext(world[0], world[1]) || SharesContext(world[0], world[1]) {
		t.Fatalf("world: country context %v, province context %v", SharesCountryContext(world[0], world[1]), SharesContext(world[0], world[1]))
	}
	if !SharesContext(local[0], local[1]) || SharesCountryContext(local[0], local[1]) {
		t.Fatalf("local: province context %v, country context %v", SharesContext(local[0], local[1]), SharesCountryContext(local[0], local[1]))
	}
	if tw, tl := threshold(world[0], world[1]), threshold(local[0], local[1]); tw != ClusterCountryContext || tl != ClusterContextThreshold || tw <= tl {
		t.Errorf("thresholds: country context %.2f, province context %.2f", tw, tl)
	}
}

// TestSignatureWeighsRareWords: reports of one event that share its names
// and figures are alike, whatever common words they share or not; stories
// that share only common words are not.
func TestSignatureWeighsRareWords(t *testing.T) {
	c := newTest(t)
	sig := func(title, summary string) Signature { return c.Signature(title, summary, Result{}) }
	cases := []struct {
		name     string
		a, b     Signature
		min, max float64
	}{
		{"same event, different wording",
			sig("Ông Nguyễn Đức Thụy làm Phó chủ tịch HĐQT Sacombank", "Đại hội đồng cổ đông Sacombank bầu ông Nguyễn Đức Thụy."),
			sig("Ông Nguyễn Đức Thụy vào Hội đồng quản trị Sacombank", "Sacombank công bố kết quả bầu thành viên hội đồng quản trị."),
			ClusterThreshold, 1},
		{"only common words shared",
			sig("Người dân Việt Nam đón Tết tại nhà", "Nhiều người của các gia đình Việt Nam đã về nhà."),
			sig("Người lao động Việt Nam tại Nhật Bản", "Nhiều người của các công ty Việt Nam đang làm việc."),
			0, ClusterThreshold},
		{"a figure of their own",
			sig("Thu hồi đất của 1.295 hộ dân", "Dự án giải phóng mặt bằng."),
			sig("Bồi thường cho 1.295 hộ", "Hoàn thành trong 5 tháng."),
			0.2, 1},
	}
	for _, tc := range cases {
		s := Similarity(tc.a, tc.b)
		t.Logf("%s: %.3f", tc.name, s)
		if s < tc.min || s >= tc.max {
			t.Errorf("%s: similarity %.3f, want in [%.2f, %.2f)", tc.name, s, tc.min, tc.max)
		}
	}
	// An age group's team is one name whatever the spelling, and another
	// age group's is another name (features fold digits: "U.17" ≈ "U.23").
	u23a, u23b := sig("U.23 Việt Nam tập buổi cuối", "Đội bóng chuẩn bị kỹ."), sig("U23 Việt Nam tập buổi cuối", "Đội bóng chuẩn bị kỹ.")
	u17 := sig("U.17 Việt Nam tập buổi cuối", "Đội bóng chuẩn bị kỹ.")
	if s1, s2 := Similarity(u23a, u23b), Similarity(u23a, u17); s1 < 0.99 || s2 >= s1 {
		t.Errorf("age groups: U.23/U23 %.3f, U.23/U.17 %.3f", s1, s2)
	}
	if !sig("Điểm tin 17h: Bão số 3 | Giá vàng tăng", "Tin nóng trong ngày.").Empty() {
		t.Error("a news digest must get the empty signature")
	}
	if !sig("Toàn cảnh 17h: Băng giá trên đỉnh Mẫu Sơn | Giá vàng tăng", "").Empty() {
		t.Error("'Toàn cảnh' before an hour opens a digest: want the empty signature")
	}
	// The other digests' openers (digestOpeners) too: a digest joins no
	// story, whatever its headlines share with one.
	for _, title := range []string{
		"Tiêu điểm quốc tế ngày 3.4: Bão lớn đổ bộ Philippines | Hội nghị khí hậu bế mạc",
		"Đọc nhanh 9-5: Giá dầu tăng; chứng khoán châu Á giảm",
		"Tin World Cup 7h: Pháp thắng dễ | Brazil hòa may",
		"Chuyển động 12h: Cháy kho hàng ở Bình Dương | Xe khách lật trên đèo",
		"Tin tức đặc biệt trên báo in Thanh Niên 9.5.2026",
	} {
		if !sig(title, "Kính mời quý vị theo dõi bản tin với nhiều thông tin nóng.").Empty() {
			t.Errorf("%q is a digest: want the empty signature", title)
		}
	}
	// A match schedule lists a round's matches: no story of one of them.
	for _, title := range []string{
		"Lịch thi đấu vòng 12 V-League: Thể Công gặp Hải Phòng, Nam Định tiếp Bình Dương",
		"Lịch trực tiếp World Cup ngày 14-6: Pháp gặp Úc, Đức đấu Nhật Bản",
		"LỊCH PHÁT SÓNG BÓNG ĐÁ HÔM NAY",
	} {
		if !sig(title, "Trận đấu giữa hai đội diễn ra lúc 19 giờ trên sân nhà.").Empty() {
			t.Errorf("%q is a schedule: want the empty signature", title)
		}
	}
	if sig("Nam Định thắng Hải Phòng ở vòng 12 V-League", "Lịch thi đấu dày khiến cả hai đội mệt mỏi.").Empty() {
		t.Error("a report that speaks of a schedule in its lead is no schedule: want a signature")
	}
	for _, title := range []string{
		"Toàn cảnh nút giao lớn nhất miền Tây trước ngày thông xe",
		"Toàn cảnh 9 khu đất vàng trung tâm TP.HCM đang chờ xây dựng",
		"Toàn cảnh 14,7km cầu cạn vành đai 3 chưa thể thông xe",
	} {
		if sig(title, "Nút giao nằm ở TP Cần Thơ.").Empty() {
			t.Errorf("%q is one story's overview, no digest: want a signature", title)
		}
	}
	if s := sig("Bão Yagi đổ bộ", ""); s.n == 0 || s.n > sigFeats {
		t.Errorf("features kept: %d", s.n)
	}
}

// TestSignatureFlagsByteRefused: the flags byte holds a bulletin bit or a
// draw's follow-up bit (not both), a moment cue (0, before or after) and a
// past-result bit or a match-day preview bit (not both) and a round
// (bits 64 and 128); a stored signature with any other value
// there is refused like a bad version or length, not read as something
// else.
func TestSignatureFlagsByteRefused(t *testing.T) {
	c := newTest(t)
	title := "Giá vàng miếng tăng 2 triệu đồng"
	s := c.Signature(title, "", c.Classify(Input{Title: title}))
	raw, err := s.MarshalBinary()
	const at = 15 + 2*sigNames + 2*sigTeams + 16
	if err != nil || raw[at] != 1 {
		t.Fatalf("fixture: a bulletin's signature, flags byte %d (%v)", raw[at], err)
	}
	for _, tc := range []struct {
		b  byte
		ok bool
	}{{0, true}, {1, true}, {1 | momentBefore<<1, true}, {momentAfter << 1, true}, {1 | momentAfter<<1, true}, {3 << 1, false},
		{8, true}, {8 | momentBefore<<1, true}, {1 | 8, false}, {16, true}, {32, true}, {16 | 32, false}, {1 | 16 | momentAfter<<1, true}, {roundQuarter << 6, true}, {roundFinal<<6 | 16, true}, {3<<1 | roundSemi<<6, false}, {255, false}} {
		raw[at] = tc.b
		var back Signature
		if err := back.UnmarshalBinary(raw); (err == nil) != tc.ok {
			t.Errorf("flags byte %#x: error %v, want accepted %v", tc.b, err, tc.ok)
		}
	}
}
