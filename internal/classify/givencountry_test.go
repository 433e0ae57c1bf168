package classify

import (
	"testing"

	"bantin/internal/model"
)

// A country that is also a given name (givenCountries) ending a personal
// name (personName) is a person, no world-news cue; after a noun of people
// it is still the country ("người đàn ông Nga"), and so it is alone.
func TestGivenCountry(t *testing.T) {
	c := newTest(t)
	tests := []struct {
		title, summary string
		world          bool
	}{
		{"Hồ sơ đủ cả vẫn phải chờ cơ chế của chị Nga", "Người dân phường bức xúc vì hồ sơ bị trả về nhiều lần.", false},
		{"Cháy nhà trong đêm, bà Nga mất tích", "Ngọn lửa bùng lên lúc rạng sáng, hàng xóm không thấy bà đâu.", false},
		{"Tòa tuyên ông Đức không đủ chứng cứ", "Vụ tranh chấp đất đai kéo dài nhiều năm giữa hai gia đình.", false},
		{"Người đàn ông Nga say xỉn gây tai nạn", "Người này bị tạm giữ sau khi tông xe vào quầy hàng.", true},
		{"Nga nói sẵn sàng đàm phán", "Điện Kremlin cho biết lập trường không đổi.", true},
		// The end of a personal name: after a middle name, a surname, an
		// honorific opening a sentence, or an honorific before given names.
		{"Bà Hàng Thị Thu Nga làm Bí thư Đảng ủy phường", "Bà Hàng Thị Thu Nga được chỉ định giữ chức vụ này từ hôm nay.", false},
		{"Cựu Cục trưởng Trần Việt Nga hầu tòa", "Tại tòa, bị cáo Trần Việt Nga khai luôn xử lý hồ sơ đúng hạn.", false},
		{"Phó Thủ tướng Hồ Đức Phớc làm việc với doanh nghiệp", "Phó Thủ tướng Hồ Đức Phớc nghe các doanh nghiệp kiến nghị gỡ vướng thủ tục.", false},
		{"Người dân bức xúc vì hồ sơ đất đai bị trả về", "Chị Nga cho biết hồ sơ của gia đình đã đủ giấy tờ.", false},
		{"Người dân bức xúc vì hồ sơ đất đai bị trả về", "Người dân phường phản ánh, chị Thu Nga cho biết hồ sơ đã đủ giấy tờ.", false},
		// Still the country: a capitalised name that opens no personal
		// name, a pair of countries, an office before the country.
		{"Bộ Chỉ huy Thái Bình Dương Mỹ tập trận", "Cuộc tập trận kéo dài hai tuần với hàng nghìn binh sĩ.", true},
		{"Quan hệ Việt - Nga bước sang giai đoạn mới", "Hai nước ký nhiều thỏa thuận hợp tác.", true},
		{"Tổng thống Mỹ Donald Trump gặp ông Putin", "Cuộc gặp diễn ra tại Alaska.", true},
	}
	for _, tt := range tests {
		r := c.Classify(Input{Title: tt.title, Summary: tt.summary})
		world := false
		for _, tp := range r.Topics {
			world = world || tp.Topic == nationTopic
		}
		if world != tt.world {
			t.Errorf("%q: world topic %v, want %v (%v)", tt.title, world, tt.world, r.Topics)
		}
	}
}

// TestGivenNameNeedsModel: the rules alone (bantin-corpus train's labels)
// still read a country word ending a personal name as the country, so that
// the shipped model stays reproducible; after an honorific it is a person.
func TestGivenNameNeedsModel(t *testing.T) {
	rules, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		title string
		world bool
	}{
		{"Bà Hàng Thị Thu Nga nhận chức Bí thư", true},
		{"Hồ sơ vẫn chờ ý kiến của chị Nga", false},
	} {
		world := false
		for _, tp := range rules.Classify(Input{Title: tt.title}).Topics {
			world = world || tp.Topic == nationTopic
		}
		if world != tt.world {
			t.Errorf("rules alone, %q: world topic %v, want %v", tt.title, world, tt.world)
		}
	}
}

// TestGivenNameVerdicts re-classifies, as they were judged (title, lead,
// link and feed, as TestTagCensus reads them), the training-day items whose
// tags personName changes (primary_i18names.jsonl) and fails when an item
// judged right no longer has its judged topics. It needs the real news
// corpus (EnvRealCorpus).
func TestGivenNameVerdicts(t *testing.T) {
	vs, items := judgedItems(t, "primary_i18names.jsonl", func(v abroadVerdict) string { return v.URL })
	c := newTest(t)
	counts := map[string]int{}
	for _, v := range vs {
		it := items[v.URL]
		got := topicList(c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL}))
		if v.Verdict == "right" && got != v.After {
			t.Errorf("%s: judged %q right, now %q", v.URL, v.After, got)
		}
		counts[v.Change+" "+v.Verdict]++
	}
	t.Logf("primary_i18names: %v", counts)
}
