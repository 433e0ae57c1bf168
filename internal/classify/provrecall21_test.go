package classify

import (
	"slices"
	"testing"
)

// TestLandmarks21 covers the places of provlandmarks21.go named alone, and
// the counter-cases of the names they share: a reader's signature "Lan
// Hạ", the developer Phú Mỹ Hưng building in another province, the bare
// word Ciputra, the car dealer called after Hàng Xanh. The sentences are
// written for the test; each place-naming want fails on main.
func TestLandmarks21(t *testing.T) {
	c := newTest(t)
	cases := []provCase{
		{"a match's ground", "Hai đội hòa 1-1", "Trận đấu diễn ra trên SVĐ Tao Đàn sáng nay.", "ho-chi-minh"},
		{"a V-League ground", "Đội khách thắng muộn", "Bàn thắng phút bù giúp đội khách thắng trên sân Gò Đậu.", "ho-chi-minh binh-duong"},
		{"a canal", "Người dân ven rạch Xuyên Tâm bàn giao mặt bằng", "", "ho-chi-minh"},
		{"the river of Huế", "Quán bar bờ sông Hương mở nhạc quá khuya", "", "hue"},
		{"a lagoon", "Mò cua bắt ốc trên phá Tam Giang", "", "hue"},
		{"a bay", "Hai tàu du lịch va chạm ở vịnh Lan Hạ", "", "hai-phong"},
		{"a reader's signature", "Thụ tinh ống nghiệm có an toàn?", "Tôi 35 tuổi, muốn làm thụ tinh ống nghiệm. (Lan Hạ, 35 tuổi)", ""},
		{"a pass", "Xe khách lao xuống vực trên đèo An Khê", "", "gia-lai"},
		{"a bridge joining two former provinces", "Xe khách bốc cháy gần cầu Cổ Chiên", "", "vinh-long"},
		{"a mine", "Nghiên cứu khai thác mỏ sắt Thạch Khê", "", "ha-tinh"},
		{"a port", "Động thổ giai đoạn 2 cảng Gemalink", "", "ho-chi-minh ba-ria-vung-tau"},
		{"an amusement park", "Lễ kỷ niệm tổ chức tại công viên Đầm Sen", "", "ho-chi-minh"},
		{"an urban area", "Cư dân Vinhomes Grand Park đón Tết sớm", "", "ho-chi-minh"},
		{"Phú Mỹ Hưng the urban area", "Biệt thự ở khu đô thị Phú Mỹ Hưng lên đèn", "", "ho-chi-minh"},
		{"Phú Mỹ Hưng the developer elsewhere", "Phú Mỹ Hưng mở bán dự án mới",
			"Phú Mỹ Hưng vận hành nhà mẫu đầu tiên tại Bắc Ninh.", "bac-ninh"},
		{"Ciputra as a venue", "Ngân hàng bán tòa tháp", "Ngân hàng sắp bán tòa tháp dang dở tại Ciputra.", "ha-noi"},
		{"the bare word Ciputra", "Ciputra công bố lợi nhuận quý", "", ""},
		{"the junction's traffic police", "Phạt tài xế mở cửa ô tô bất cẩn",
			"Đội Cảnh sát giao thông Hàng Xanh xử phạt tài xế 5 triệu đồng.", "ho-chi-minh"},
		{"the car dealer called after the junction", "Doanh nhân đầu tư đại lý ô tô",
			"Chủ tịch Công ty Cổ phần Dịch vụ ô tô Hàng Xanh mở thêm đại lý.", ""},
		{"the Dragon Bridge", "Ban nhạc biểu diễn tại cầu Rồng", "", "da-nang"},
		{"an industrial park named as a ward elsewhere", "Cháy xưởng bao bì trong khu công nghiệp Tiên Sơn", "", "bac-ninh"},
		{"a pass by its other name", "Xe tải mất phanh đổ đèo Đá Trắng", "", "phu-tho hoa-binh"},
		{"Đà Nẵng's riverside", "Pháo hoa rực sáng bên sông Hàn", "", "da-nang"},
	}
	checkProvinces(t, c, cases, true)
}

// recallVerdict is one judged change of a recall helper
// (testdata/classify/real/recall_i13prov21.jsonl, recall_i14prov23.jsonl):
// the province (and former province) a rule added to a training-day item,
// and whether a reader of the title and lead would tag it ("R"), would not
// ("W") or could go either way ("D", the labels' conventions leaving it
// open).
type recallVerdict struct {
	URL      string `json:"url"`
	Province string `json:"province"`
	Legacy   string `json:"legacy"`
	Day      string `json:"day"`
	Change   string `json:"change"`
	Verdict  string `json:"verdict"`
	Class    string `json:"class"`
	Sample   string `json:"sample"`
}

// TestRecall21Verdicts re-classifies i13prov21's judged training-day items
// (checkRecallVerdicts).
func TestRecall21Verdicts(t *testing.T) {
	checkRecallVerdicts(t, "recall_i13prov21.jsonl")
}

// checkRecallVerdicts re-classifies the judged training-day items of one
// verdict file of testdata/classify/real and fails when a tag judged right
// is lost (a later rule undoing the gain); it logs the tally of verdicts by
// class. It needs the real news corpus (EnvRealCorpus).
func checkRecallVerdicts(t *testing.T, file string) {
	verdicts, tags := judgedTags(t, file, func(v recallVerdict) string { return v.URL })
	tally := map[string]map[string]int{}
	for _, v := range verdicts {
		if v.Verdict != "R" && v.Verdict != "W" && v.Verdict != "D" {
			t.Fatalf("verdict %s (%q)", v.URL, v.Verdict)
		}
		if tally[v.Class] == nil {
			tally[v.Class] = map[string]int{}
		}
		tally[v.Class][v.Verdict]++
		if v.Verdict != "R" {
			continue
		}
		got := tags[v.URL]
		for _, s := range []string{v.Province, v.Legacy} {
			if s != "" && !slices.Contains(got, s) {
				t.Errorf("%s: %s judged right, now missing (got %v)", v.URL, s, got)
			}
		}
	}
	t.Logf("%s verdicts by class: %v", file, tally)
}
