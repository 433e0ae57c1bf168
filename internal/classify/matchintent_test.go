package classify

import "testing"

// TestIntendedResult: a title's result word governed by a cue of intent,
// condition, belief or forecast reports no result; a result word after the
// cue's clause, after "đã" or "vừa", a loss after "để" or "phải", a score
// line or an ungoverned result word in the lead still make a result report
// (titled only through the title's own facts).
func TestIntendedResult(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		result, titled bool
	}{
		// Intent, condition, belief, forecast: previews, not results.
		{"Việt Nam quyết thắng Lào ở lượt về", "", false, false},
		{"HLV Lào: 'Chúng tôi đến Hà Nội để thắng, không phải cầu hòa'", "", false, false},
		{"Thái Lan phải thay đổi nếu không muốn thua Việt Nam", "", false, false},
		{"Người hâm mộ đều tin Việt Nam thắng Lào", "", false, false},
		{"Việt Nam được dự đoán thắng đậm Lào", "", false, false},
		{"Dự đoán tỉ số: Việt Nam hạ Lào", "", false, false},
		{"Lào khát khao đánh bại Việt Nam", "", false, false},
		{"Mục tiêu thắng Lào của tuyển Việt Nam", "", false, false},
		{"Việt Nam đủ sức vô địch giải năm nay", "", false, false},
		{"Thái Lan phải giành chiến thắng trước Lào", "", false, false},
		// The cue does not govern the word: a result.
		{"Việt Nam thắng Lào nhờ quyết tâm", "", true, true},
		{"Việt Nam thắng Lào, hoàn thành mục tiêu", "", true, true},
		{"Quyết tâm cao, Việt Nam đã thắng Lào", "", true, true},
		{"Muốn đi tiếp, Thái Lan đánh bại Lào", "", true, true},
		{"Việt Nam để thua Lào ở phút cuối", "", true, true},
		{"Thái Lan phải nhận thất bại trước Việt Nam", "", true, true},
		{"Việt Nam vừa giành chiến thắng trước Lào", "", true, true},
		{"Báo Thái Lan đưa tin Việt Nam thắng Lào", "", true, true},
		{"Tin vui cho Việt Nam: thắng Lào ở lượt về", "", true, true},
		{"Cơ thủ Trần Quyết Chiến thắng ngược ở vòng bảng", "", true, true},
		{"Thái Lan - Lào: Quyết thắng trận đầu", "", false, false},
		{"HLV Lào: 'Phải thắng Việt Nam'", "", false, false},
		{"Siêu máy tính dự đoán chính xác Việt Nam thắng Lào", "", true, true},
		// A governed title with a real result in the lead: a result, not
		// titled by its governed word.
		{"Lào khát khao đánh bại Việt Nam", "Nhưng Việt Nam đã thắng trên sân Mỹ Đình.", true, false},
		{"Việt Nam quyết thắng Lào", "Việt Nam thắng 3-1 ở lượt về.", true, false},
		// The lead is not read for intent.
		{"Việt Nam gặp Lào ở lượt về", "Việt Nam quyết thắng để đi tiếp.", true, false},
	}
	for _, tc := range cases {
		m := sportsSig(c, tc.title, tc.summary).match
		if m.ok != tc.result || m.ok && m.titled != tc.titled {
			t.Errorf("%q / %q: result %v titled %v, want %v %v", tc.title, tc.summary, m.ok, m.titled, tc.result, tc.titled)
		}
	}
}
