package classify

import (
	"slices"
	"testing"

	"bantin/internal/vntext"
)

// TestTitleRecord: a title's result word or score that a record cue
// ("từng", "chưa từng") or a head-to-head cue ("lịch sử đối đầu") governs
// is no result of the story (matchpast.go); a result the title or the lead
// states for the story's own match still is, and a lead's record is read
// as before (only titles are read so).
func TestTitleRecord(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		result, titled bool
		score          bool
	}{
		{"Việt Nam từng toàn thua Lào ở cấp U23", "Hai đội gặp nhau ở bán kết tối mai.", false, false, false},
		{"Lào chưa từng thắng Việt Nam ở sân Mỹ Đình", "Trận đấu diễn ra lúc 19 giờ ngày mai.", false, false, false},
		{"Từng thắng Lào 3-0, Việt Nam mong lặp lại kỳ tích", "Hai đội tái ngộ ở chung kết.", false, false, false},
		{"Lịch sử đối đầu: Việt Nam thắng Lào 4 lần", "Trận bán kết diễn ra tối nay.", false, false, false},
		{"HLV Lào: 'Chúng tôi từng để thua vì thiếu kinh nghiệm'", "Ông nói trước trận gặp Việt Nam.", false, false, false},
		{"Việt Nam chưa từng thắng Lào ở cấp U23", "Việt Nam đã thắng Lào 2-1 ở trận giao hữu năm ngoái.", true, false, true},
		{"Việt Nam thắng Lào 2-0, chấm dứt chuỗi trận từng thua", "", true, true, true},
		{"Thắng Lào, Việt Nam phá dớp từng kéo dài 10 năm", "", true, true, false},
		{"Cầu thủ từng khoác áo Lào giúp Việt Nam thắng 2-1", "", true, true, true},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.titled != tc.titled || (m.score != 0) != tc.score {
			t.Errorf("%q: result %v titled %v score %d, want %v %v %v", tc.title, m.ok, m.titled, m.score, tc.result, tc.titled, tc.score)
		}
	}
}

// TestRecordCues: the record and head-to-head cues' reach.
func TestRecordCues(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title string
		at    string // the result word whose reading is asked
		want  bool   // recordWord
	}{
		{"Việt Nam từng thắng Lào", "thắng", true},
		{"Việt Nam từng toàn thua Lào", "thua", true},
		{"Việt Nam từng nhiều lần để thua Lào", "thua", false}, // the cue is three tokens away
		{"Thành tích đối đầu: Lào thua cả 5 trận", "thua", true},
		{"Thành tích đối đầu ấn tượng. Việt Nam thắng Lào 2-0", "thắng", false}, // another sentence
		{"Việt Nam thắng Lào", "thắng", false},
	}
	for _, tc := range cases {
		toks, _ := c.fold.tokenize(nil, vntext.Normalize(tc.title), fieldTitle, nil, c.voc)
		i := slices.IndexFunc(toks, func(tk token) bool { return tk.text == tc.at })
		if i < 0 {
			t.Fatalf("%q: no %q", tc.title, tc.at)
		}
		if got := recordWord(toks, i); got != tc.want {
			t.Errorf("%q at %q: record %v, want %v", tc.title, tc.at, got, tc.want)
		}
	}
}

// TestTitleRecordVerdicts: the training-day pairs the title-record reading
// joined or split (pairs_i16h2h.jsonl, every changed pair judged) stay
// decided as judged right (checkMatchVerdicts). It needs the real news
// corpus.
func TestTitleRecordVerdicts(t *testing.T) { checkMatchVerdicts(t, "pairs_i16h2h.jsonl") }
