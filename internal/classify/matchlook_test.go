package classify

import "testing"

// TestPreviewCues: a live page, a third-place preview and a story of
// today's match whose title states no result are previews, whatever
// score their lead seems to give; a day-month after a day's name ("tối
// nay (15-12)", "hôm qua 24-11") and a formation's end ("3-4-3") are no
// score line; a title that states the result keeps it a result.
func TestPreviewCues(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary         string
		result, preview, score bool
	}{
		// A live page: the lead's score is the last meeting's.
		{"Trực tuyến Hà Nội - Nam Định (19h15): Cuộc chiến ngôi đầu", "Hà Nội từng thắng Nam Định 2-1 ở lượt đi.", false, true, false},
		{"Xem trực tiếp Hà Nội đấu Nam Định ở kênh nào", "Hà Nội thắng 3-0 ở vòng trước.", false, true, false},
		// A live page whose title gives the score reports the match.
		{"Trực tuyến Hà Nội 2-1 Nam Định: Bàn thắng phút cuối", "", true, false, true},
		// Today's match, its date written like a score.
		{"Hà Nội quyết giữ ngôi đầu", "Hà Nội cần thắng Nam Định lúc 19h15 tối nay (15-12) trên sân Hàng Đẫy.", false, true, false},
		{"Hà Nội quyết giữ ngôi đầu", "Hà Nội tiếp Nam Định lúc 19h15 tối nay (15-12) trên sân Hàng Đẫy.", false, false, false},
		{"Hà Nội tìm lại niềm vui", "Trận đấu diễn ra chiều nay 6-12 sau trận thua ở vòng trước.", false, true, false},
		// This morning's match played overnight abroad: a result, no score.
		{"Real Madrid thua sốc ở Cúp Nhà vua", "Rạng sáng nay 15-1, Real Madrid để thua đội hạng hai.", true, false, false},
		// Yesterday's training: no score, no result.
		{"Cuộc rèn quân cuối cùng", "Hôm qua (24-11), đội tuyển tập luyện ở Bà Rịa.", false, false, false},
		// A result of tonight with its score.
		{"Việt Nam thắng Lào 2-0", "Tối nay (15-12), Việt Nam thắng Lào 2-0 ở bảng B.", true, false, true},
		// "tối nay 2-0" is no date (no month 0): a score.
		{"Việt Nam hạ Lào", "Việt Nam thắng tối nay 2-0 nhờ hai bàn của Tiến Linh.", true, false, true},
		// The third-place match: a preview, its result, its aftermath.
		{"Anh và Pháp không mặn mà tranh giải ba", "Hai HLV hạ thấp tầm quan trọng của trận đấu ở Miami.", false, true, false},
		{"Anh thắng Pháp 6-4 ở trận tranh giải ba", "", true, false, true},
		{"Pháp không tha thiết tranh hạng ba", "Pháp thua Anh 4-6 ở trận tranh hạng ba.", true, false, true},
		// A formation is no score; the win is a result.
		{"Amorim giữ sơ đồ ba trung vệ", "Man Utd thắng nhờ sơ đồ 3-4-3.", true, false, false},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.preview != tc.preview || (m.score != 0) != tc.score {
			t.Errorf("%q / %q: result %v preview %v score %v, want %v %v %v", tc.title, tc.summary, m.ok, m.preview, m.score != 0, tc.result, tc.preview, tc.score)
		}
	}
}

// TestDayDate: a day-month right after a day's name is today's or another
// day's date; an implausible day or month, or another word before it, is
// none.
func TestDayDate(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		text string
		want uint8
	}{
		{"lúc 19h tối nay 15-12 trên sân", dayToday},
		{"diễn ra hôm nay (3-2) tại Thái Lan", dayToday},
		{"đội tập hôm qua 24-11 ở Bà Rịa", dayBefore},
		{"thắng tối nay 2-0 nhờ", dayNone},
		{"thắng hôm nay 3-13 nhờ", dayNone},
		{"thắng Lào 15-12 nhờ", dayNone},
	}
	for _, tc := range cases {
		var tb tokenBuf
		toks := c.fold.tokenizeInto(nil, tc.text, fieldSummary, &tb, c.voc)
		got := dayNone
		for i := range toks {
			if d := dayDate(toks, i); d != dayNone {
				got = d
			}
		}
		if got != tc.want {
			t.Errorf("%q: day %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestLivePageConflict: a live page (a preview whose title opens with a
// live cue) and a story with a before cue (a score prediction, the
// line-ups) are never one story; a live page and a story with no cue, two
// live pages (one with a before cue), and a plain preview and a before
// cue are not vetoed by it.
func TestLivePageConflict(t *testing.T) {
	c := newTest(t)
	live := sportsSig(c, "Trực tuyến Brazil - Na Uy (3h): Thử thách cho Haaland", "Trận đấu diễn ra lúc 3h sáng nay 6-7 trên sân MetLife.")
	live2 := sportsSig(c, "Trực tiếp Brazil - Na Uy: Đội hình ra sân", "Mời bạn đọc theo dõi trận đấu lúc 3h.")
	tip := sportsSig(c, "Dự đoán tỉ số: Haaland nổ súng, Na Uy tiễn Brazil", "Na Uy được đánh giá cao ở vòng 1/8.")
	plain := sportsSig(c, "Haaland và Gabriel: đối địch từ Ngoại hạng Anh", "Hai cầu thủ gặp lại nhau ở vòng 1/8.")
	preview := sportsSig(c, "Brazil - Na Uy: Lịch thi đấu vòng 1/8", "Trận đấu diễn ra lúc 3h.")
	if !livePage(&live.match) || !livePage(&live2.match) || livePage(&tip.match) || livePage(&preview.match) {
		t.Fatalf("live pages %v %v, tip %v, preview %v; want true true false false", livePage(&live.match), livePage(&live2.match), livePage(&tip.match), livePage(&preview.match))
	}
	cases := []struct {
		name string
		a, b *Signature
		want bool
	}{
		{"live page and tip column", &live, &tip, true},
		{"tip column and live page", &tip, &live2, true},
		{"live page and no cue", &live, &plain, false},
		{"two live pages", &live, &live2, false},
		{"preview and tip column", &preview, &tip, false},
	}
	for _, tc := range cases {
		if got := momentConflict(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: conflict %v, want %v", tc.name, got, tc.want)
		}
	}
}
