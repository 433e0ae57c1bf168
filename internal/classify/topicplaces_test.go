package classify

import (
	"slices"
	"testing"

	"bantin/internal/model"
)

// TestWorldCuesAtHome: a Vietnamese place holding a country's name (from
// the gazetteer) and "quốc tế" qualifying Vietnamese news no longer tag
// the-gioi, while two countries paired ("Mỹ - Đức") and world news with a
// stronger cue still do. The rules alone; sentences written for the test.
func TestWorldCuesAtHome(t *testing.T) {
	c, err := NewWithModel(model.NewCatalog(), nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		title, topic string
		want         bool
	}{
		{"Phân luồng giao thông tại nút giao Mỹ Thủy", "the-gioi", false},
		{"Chương Mỹ rộn ràng ngày hội đại đoàn kết", "the-gioi", false},
		{"Thủ Đức rộn ràng ngày hội đại đoàn kết", "the-gioi", false},
		{"Ngân hàng miễn phí chuyển tiền quốc tế cho khách hàng", "the-gioi", false},
		{"Ngân hàng miễn phí chuyển tiền quốc tế cho khách hàng", "kinh-te", true},
		{"Quan hệ Mỹ - Đức căng thẳng vì thuế quan", "the-gioi", true},
		{"Mỹ rộn ràng ngày hội đại đoàn kết", "the-gioi", true},
		{"Liên hợp quốc kêu gọi cộng đồng quốc tế viện trợ", "the-gioi", true},
	}
	for _, tc := range cases {
		t.Run(tc.title+"/"+tc.topic, func(t *testing.T) {
			got := topicSlugs(c.Classify(Input{Title: tc.title}))
			if slices.Contains(got, tc.topic) != tc.want {
				t.Errorf("topics %v: %s among them is %v, want %v", got, tc.topic, !tc.want, tc.want)
			}
		})
	}
}
