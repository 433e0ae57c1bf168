package classify

import "testing"

// TestCueWholeWords: the past and look-ahead cues match whole words only
// (cuewords.go): "quyết" in "giải quyết", "quyết định" or a name is no
// look ahead, "tiếp theo" in "tiếp theo dõi" none, "nếu hạ" in "nếu hạ
// tầng" no condition; a resolve before the contest ("quyết thắng") still
// looks ahead. Own sentences.
func TestCueWholeWords(t *testing.T) {
	c := newTest(t)
	for _, tc := range []struct {
		name, title, lead string
		ahead, past       bool
	}{
		{"quyết định: the decisive goal", "Việt Nam thắng Lào", "Bàn thắng quyết định giúp Việt Nam có chiến thắng; HLV khen học trò sau chiến thắng trước Lào.", false, true},
		{"giải quyết: a problem solved", "Việt Nam thắng Lào", "HLV nói đội đã giải quyết được hàng thủ, sau chiến thắng trước Lào.", false, true},
		{"a player named Quyết", "Văn Quyết vui mừng", "Văn Quyết ăn mừng sau chiến thắng trước Lào của Hà Nội FC.", false, true},
		{"a resolve before the contest", "Việt Nam quyết thắng Lào", "HLV nói cả đội quyết thắng Lào sau trận hòa Malaysia.", false, false},
		{"tiếp theo dõi: no look ahead", "Việt Nam thắng Lào", "Người hâm mộ tiếp theo dõi đội tuyển sau chiến thắng trước Lào.", false, true},
		{"tiếp theo: the next match", "Việt Nam thắng Lào", "Sau chiến thắng trước Lào, Việt Nam gặp Malaysia ở lượt tiếp theo.", false, false},
		{"nếu hạ tầng: no condition", "Việt Nam thắng Lào", "Sân Mỹ Đình chỉ đón 30.000 khán giả nếu hạ tầng cho phép.", false, false},
		{"nếu hạ: a condition", "Việt Nam gặp Lào", "Nếu hạ Lào, Việt Nam vào bán kết.", true, false},
	} {
		s := c.Signature(tc.title, tc.lead, c.Classify(Input{Title: tc.title, Summary: tc.lead}))
		if m := &s.match; m.ahead != tc.ahead || m.past != tc.past {
			t.Errorf("%s: ok %v ahead %v past %v, want ahead %v past %v", tc.name, m.ok, m.ahead, m.past, tc.ahead, tc.past)
		}
	}
}

// TestCueVerdicts reads the judged pairs of the cue fixes
// (testdata/classify/real/pairs_i21cues.jsonl: i21cues, BENCHMARKS.md) and
// recomputes the census bar per variant, doubtful pairs counted against:
// whole-word cues ("f1", landed: 13 pairs joined, none split, all judged)
// pass; sentence-scoped past cues ("f2": 14 joined, 2 split, all judged)
// and the past-cue rule read both ways by the linkage majority ("f3": 642
// joined, 299 split, 40 of each judged) do not.
func TestCueVerdicts(t *testing.T) {
	checkBarRows(t, "pairs_i21cues.jsonl", []barRow{
		{"f1", 13, 0, "i21-cues-f1-joined-2121", "", 12, 1, true},
		{"f2", 14, 2, "i21-cues-f2-joined-2122", "i21-cues-f2-split-2123", 8, 6, false},
		{"f3", 642, 299, "i21-cues-f3-joined-2124", "i21-cues-f3-split-2125", 123.6, 249.3, false},
	})
}
