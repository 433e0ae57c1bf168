package classify

import (
	"testing"
	"time"
)

// TestScoreMeaning: a forecast score (title or lead) and a pre-match
// page's "0-0" make a preview, not a result; a half-time or in-play score makes a report of
// the match without a final score; a "0-0" the title calls a draw, and a
// score after the result or in a lead before a goal's half, are results.
func TestScoreMeaning(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary  string
		result, preview bool
		score           bool
	}{
		{"Cựu tuyển thủ: 'Việt Nam sẽ thắng Thái Lan 2-0'", "", false, true, false},
		{"Dự đoán tỉ số: Hà Nội FC hòa Nam Định 1-1", "", false, true, false},
		{"Việt Nam được dự đoán thắng Lào 3-1", "", false, true, false},
		{"Chuyên gia chọn đội thắng trận Việt Nam - Lào", "Ông cho rằng Việt Nam sẽ thắng 2-0.", false, true, false},
		{"Việt Nam thắng Lào ở lượt đầu", "Trái với dự đoán, Việt Nam thắng 2-0.", true, false, true},
		{"Chelsea hút chết trước Newcastle", "Bị dẫn 0-2 trong hiệp một, Chelsea gỡ hòa 2-2 trong hiệp hai.", true, false, true},
		{"Việt Nam 0-0 Lào: Quyết giành ba điểm", "", false, true, false},
		{"Trực tiếp Thái Lan 0-0 Malaysia: Chủ nhà tự tin", "", false, true, false},
		{"Việt Nam hòa Lào 0-0 ở lượt đầu", "", true, false, true},
		{"Highlight Việt Nam 0-0 Lào: Bế tắc", "", true, false, true},
		{"Việt Nam 1-1 Lào (H1): Bàn gỡ sớm", "", true, false, false},
		{"Việt Nam 0-0 Thái Lan (hết H1): Thế trận chặt chẽ", "", true, false, false},
		{"Việt Nam - Lào (hiệp 2) 2-1: Chủ nhà vượt lên", "Việt Nam dẫn 2-1 sau khi bị gỡ.", true, false, false},
		{"Việt Nam ngược dòng trước Lào", "Bị dẫn 0-2 sau hiệp một, Việt Nam thắng 3-2.", true, false, true},
		{"Việt Nam thắng Lào nhờ bàn ở hiệp hai", "Tiền đạo ghi bàn ở hiệp hai, giúp Việt Nam thắng 1-0.", true, false, true},
		{"Thắng Lào 2-0, Việt Nam sẽ gặp Thái Lan ở chung kết", "", true, false, true},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.preview != tc.preview || (m.score != 0) != tc.score {
			t.Errorf("%q: result %v preview %v score %d, want %v %v %v", tc.title, m.ok, m.preview, m.score, tc.result, tc.preview, tc.score)
		}
	}
	a := sportsSig(c, "Việt Nam ngược dòng trước Lào", "Bị dẫn 0-2 sau hiệp một, Việt Nam thắng 3-2.").match
	b := sportsSig(c, "Việt Nam thắng Lào 3-2", "").match
	if a.score != b.score {
		t.Errorf("the final score after a half-time one: %d, want %d", a.score, b.score)
	}
}

// TestLivePageJoinsResult: a live page's half-time score does not conflict
// with the match's final score, so the page and a result report satisfy
// the match rule; a forecast of the match and its pre-match "0-0" page
// stay apart from the result (resultAndPreview).
func TestLivePageJoinsResult(t *testing.T) {
	c := newTest(t)
	res := sportsSig(c, "U23 Việt Nam thắng U23 UAE 3-2 ở tứ kết", "Đội bóng của HLV Kim vào bán kết.")
	t0 := time.Date(2026, 1, 16, 20, 0, 0, 0, time.UTC).UnixNano()
	cases := []struct {
		name string
		b    Signature
		want bool // the match rule holds and no veto
	}{
		{"a half-time live page", sportsSig(c, "U23 Việt Nam 1-1 U23 UAE (H1): Niềm vui ngắn ngủi", ""), true},
		{"another match at half-time", sportsSig(c, "U23 Việt Nam 1-1 U23 Lào (H1): Bàn gỡ", ""), false},
		{"a forecast", sportsSig(c, "Cựu tuyển thủ: 'U23 Việt Nam sẽ thắng U23 UAE 3-2'", ""), false},
		{"a pre-match live page", sportsSig(c, "U23 Việt Nam 0-0 U23 UAE: Quyết thắng", ""), false},
	}
	for _, tc := range cases {
		got := matchThreshold(&res, &tc.b, t0, t0-int64(time.Hour)) == ClusterMatch
		if got != tc.want {
			t.Errorf("%s: match rule %v, want %v (%+v / %+v)", tc.name, got, tc.want, res.match, tc.b.match)
		}
	}
}
