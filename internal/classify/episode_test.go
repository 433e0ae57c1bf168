package classify

import (
	"testing"
	"time"
)

// TestTitleEpisode: an episode's number after a separator or opening the
// title is an episode, the series' name and subject part of it; a
// semester, a country, a term or a session is not.
func TestTitleEpisode(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title   string
		episode bool
	}{
		{"Lịch sử thăng trầm của Iran hiện đại - Kỳ 5: Ẩn số hạm đội tàu ngầm", true},
		{"Lịch sử thăng trầm của Iran hiện đại - Kỳ cuối: Cuộc chiến quanh lá quốc kỳ", true},
		{"'Tạng thư sinh tử' (kỳ 1): Đi qua cái chết", true},
		{"Kỳ 3: Người giữ rừng", true},
		{"Tư vấn trực tuyến: Học các ngành công nghệ thời bùng nổ AI - Phần 1", true},
		{"Nâng chất giáo dục thể chất - Bài 2: Háo hức với các môn tự chọn", true},
		{"Lịch thi học kỳ 2 năm học 2025-2026 của TP.HCM", false},
		{"Hoa Kỳ 250 năm lập quốc", false},
		{"Kỳ họp thứ 10 Quốc hội khóa XV bế mạc", false},
		{"Nhiệm kỳ 2026-2031: những gương mặt mới", false},
		{"Tập đoàn công bố lợi nhuận quý 1", false},
	}
	for _, tc := range cases {
		if got := c.Signature(tc.title, "", Result{}).day != 0; got != tc.episode {
			t.Errorf("%q: episode %v, want %v", tc.title, got, tc.episode)
		}
	}
	a := c.Signature("Ném bom: Lịch sử ác mộng của chiến tranh - Kỳ 1: Những trận ném bom đầu tiên", "", Result{}).day
	b := c.Signature("Ném bom: Lịch sử ác mộng của chiến tranh - Kỳ 2: Ném bom chiến lược", "", Result{}).day
	if a == b || a&episodeTag == 0 || b&episodeTag == 0 {
		t.Errorf("episodes 1 and 2: %d and %d, want two tagged keys", a, b)
	}
}

// TestSeriesEpisodesApart: a series' episodes are alike but for their
// numbers, and each is a story of its own; an exam-tips lesson's article
// ("| Môn vật lý | Chuyên đề 4 |") and its video, whose lead names the
// lesson ("chuyên đề số 4 của môn vật lý"), are one.
func TestSeriesEpisodesApart(t *testing.T) {
	t0 := time.Date(2026, 4, 30, 5, 0, 0, 0, time.UTC)
	const history = "Loạt bài về lịch sử Iran hiện đại: từ cách mạng Hồi giáo, chiến tranh với Iraq đến hạm đội tàu ngầm và eo biển Hormuz."
	const tips = "Chương trình hướng dẫn học sinh làm bài thi môn vật lý, kỳ thi tốt nghiệp THPT 2026, do Báo Thanh Niên thực hiện."
	got := clusterStories(t, []story{
		{"Lịch sử thăng trầm của Iran hiện đại - Kỳ 4: Cách mạng và chiến tranh", history, t0},
		{"Lịch sử thăng trầm của Iran hiện đại - Kỳ 5: Ẩn số hạm đội tàu ngầm", history, t0.Add(20 * time.Hour)},
		{"BÍ QUYẾT ÔN THI THPT 2026 | Môn vật lý | Chuyên đề 4 | Áp suất - Động năng phân tử khí", tips, t0},
		{"BÍ QUYẾT ÔN THI THPT 2026 | Môn vật lý | Chuyên đề 5 | Từ trường - Lực từ", tips, t0.Add(time.Hour)},
		{"Bí quyết ôn thi tốt nghiệp THPT đạt điểm cao: Áp suất - động năng",
			"Vào lúc 16 giờ 30 ngày 1.5, Báo Thanh Niên phát sóng chuyên đề số 4 của môn vật lý trong chương trình Bí quyết ôn thi tốt nghiệp THPT 2026.",
			t0.Add(2 * time.Hour)},
	})
	if got[0] == got[1] || got[2] == got[3] || got[3] == got[4] {
		t.Errorf("clusters %v: each episode of a series must be a story of its own", got)
	}
	if got[2] != got[4] {
		t.Errorf("clusters %v: a lesson's article and its video must share a story", got)
	}
}
