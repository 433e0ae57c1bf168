package classify

import "testing"

// TestNotBeat: "hạ" in a title's word that names no win ("vòng hạ màn",
// "hạ nhiệt", "hạ thấp", "triệt hạ") makes no result; "hạ" before a team,
// "hạ gục", "hạ bệ", "hạ đẹp", "hành hạ" do, and so does a result word
// beside the compound; in the lead the compounds are still read (the
// lead's reading failed the stories bar: TestNotBeatVerdicts).
func TestNotBeat(t *testing.T) {
	c := newTest(t)
	cases := []struct {
		title, summary string
		result         bool
	}{
		{"SEA Games 33: Chờ ngày hạ màn của điền kinh", "Hôm nay các VĐV tập luyện.", false},
		{"Làn sóng chỉ trích chưa hạ nhiệt", "", false},
		{"Tuchel hạ thấp Maguire", "HLV cho rằng hậu vệ này đã qua thời đỉnh cao.", false},
		{"Slot phẫn nộ vì Isak bị triệt hạ", "", false},
		{"CĐV lao vào sân, đốn hạ cầu thủ", "", false},
		{"Arteta 'hạ nhiệt' giấc mơ ăn bốn", "", false},
		{"HẠ MÀN VÒNG BẢNG", "", false},
		// Results.
		{"Công an Hà Nội hạ Đà Nẵng", "Đình Bắc ghi cú đúp.", true},
		{"HAGL hạ gục Nam Định", "Thủ môn Trung Kiên vui sướng.", true},
		{"Việt Nam hạ bệ Thái Lan ở cầu mây", "", true},
		{"Phú Thọ hạ đẹp Quảng Ninh", "", true},
		{"Man Utd thắng ở vòng hạ màn", "Mbeumo ghi bàn ngay hiệp một.", true},
		{"Tiền vệ 18 tuổi hành hạ tuyến giữa Brazil", "", true},
		// The lead's compounds are read as before.
		{"Đội tuyển về nước", "Tối 19.12, đội tuyển hạ cánh an toàn xuống sân bay Nội Bài.", true},
	}
	for _, tc := range cases {
		if m := sportsSig(c, tc.title, tc.summary).match; m.ok != tc.result {
			t.Errorf("%q / %q: result %v, want %v", tc.title, tc.summary, m.ok, tc.result)
		}
	}
}

// TestNotBeatVerdicts keeps the judged finding of pairs_i22sport.jsonl:
// refusing "hạ" in words that name no win, in the title and the lead,
// splits the aftermath its false results had gathered ("all", "nomann"
// without "hạ màn", every pair of its samples judged), and in the title
// alone it splits one aftermath feature from its match ("title"); none
// passes the stories bar, so only the title reading without "hành hạ" —
// a census byte-identical to main's — is in notBeat.
func TestNotBeatVerdicts(t *testing.T) {
	checkBarRows(t, "pairs_i22sport.jsonl", []barRow{
		{"all", 36, 344, "i22sport-all-joined-22201", "i22sport-all-split-22202", -213.6, -51.4, false},
		{"nomann", 34, 45, "i22sport-nomann-joined-22203", "i22sport-nomann-split-22204", -17, 10, false},
		{"title", 0, 11, "", "i22sport-title-split-22206", -8, -1, false},
	})
}
