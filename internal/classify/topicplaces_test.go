package classify

import (
	"testing"
)

// TestWorldCuesAtHome: a Vietnamese place holding a country's name (from
// the gazetteer) and "quốc tế" qualifying Vietnamese news no longer tag
// the-gioi, while two countries paired ("Mỹ - Đức") and world news with a
// stronger cue still do. The rules alone; sentences written for the test.
func TestWorldCuesAtHome(t *testing.T) {
	checkRuleTopics(t, []topicCase{
		{"Phân luồng giao thông tại nút giao Mỹ Thủy", "the-gioi", false},
		{"Chương Mỹ rộn ràng ngày hội đại đoàn kết", "the-gioi", false},
		{"Thủ Đức rộn ràng ngày hội đại đoàn kết", "the-gioi", false},
		{"Ngân hàng miễn phí chuyển tiền quốc tế cho khách hàng", "the-gioi", false},
		{"Ngân hàng miễn phí chuyển tiền quốc tế cho khách hàng", "kinh-te", true},
		{"Quan hệ Mỹ - Đức căng thẳng vì thuế quan", "the-gioi", true},
		{"Mỹ rộn ràng ngày hội đại đoàn kết", "the-gioi", true},
		{"Liên hợp quốc kêu gọi cộng đồng quốc tế viện trợ", "the-gioi", true},
	})
}
