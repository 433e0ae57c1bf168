package classify

import "testing"

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
	if !sig("Điểm tin 17h: Bão số 3 | Giá vàng tăng", "Tin nóng trong ngày.").Empty() {
		t.Error("a news digest must get the empty signature")
	}
	if s := sig("Bão Yagi đổ bộ", ""); s.n == 0 || s.n > sigFeats {
		t.Errorf("features kept: %d", s.n)
	}
}
