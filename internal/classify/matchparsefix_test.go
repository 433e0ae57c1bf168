package classify

import "testing"

// TestMatchParseFixes: a score written with an en or em dash is a score
// like "2-1"; "hoà" (the old tone placement) is a result word and "sẽ hoà"
// a forecast like "sẽ hòa"; a forecast the match proved wrong ("Ngoài dự
// đoán", "hơn dự đoán", "vượt dự đoán") and a weather forecast ("Dự báo
// thời tiết") do not make the score after them a forecast.
func TestMatchParseFixes(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary  string
		result, preview bool
		score           bool
	}{
		{"Việt Nam 2–0 Malaysia", "", true, false, true},
		{"Việt Nam 2—1 Lào: Chiến thắng nhọc nhằn", "", true, false, true},
		{"Thái Lan thắng Lào", "Đội khách thắng 3 – 1 ở lượt về.", true, false, true},
		{"Việt Nam hoà Lào ở lượt đầu", "", true, false, false},
		{"Tiền đạo gây bất hoà ở đội tuyển", "", false, false, false},
		{"Salah hòa giải với HLV", "", false, false, false},
		{"Chuyên gia: Việt Nam sẽ hoà Lào 1-1", "", false, true, false},
		{"Ngoài dự đoán, Việt Nam thắng Lào 2-0", "", true, false, true},
		{"Việt Nam mạnh hơn dự đoán, thắng Lào 3-0", "", true, false, true},
		{"Vượt dự đoán, Lào cầm hòa Việt Nam 1-1", "", true, false, true},
		{"Việt Nam thắng Lào dưới mưa", "Dự báo thời tiết có mưa lớn, nhưng Việt Nam vẫn thắng 2-1.", true, false, true},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.preview != tc.preview || (m.score != 0) != tc.score {
			t.Errorf("%q: result %v preview %v score %d, want %v %v %v", tc.title, m.ok, m.preview, m.score, tc.result, tc.preview, tc.score)
		}
	}
	for _, dashed := range []string{"Việt Nam thắng Lào 2–1", "Việt Nam thắng Lào 2—1", "Việt Nam thắng Lào 2 – 1"} {
		a, b := sportsSig(c, dashed, "").match, sportsSig(c, "Việt Nam thắng Lào 2-1", "").match
		if a.score != b.score {
			t.Errorf("%q: score %d, want %d as with a hyphen", dashed, a.score, b.score)
		}
	}
}

// TestParseFixVerdicts: the training-day pairs the fixes above joined or
// split (pairs_i15parsefix.jsonl, all judged) stay decided as judged
// right (checkMatchVerdicts). It needs the real news corpus.
func TestParseFixVerdicts(t *testing.T) { checkMatchVerdicts(t, "pairs_i15parsefix.jsonl") }
