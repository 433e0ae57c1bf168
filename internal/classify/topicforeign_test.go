package classify

import (
	"testing"
)

// TestForeignOffices: "Thủ tướng" before a foreign country or a name in
// plain Latin letters gives no chinh-tri (the country still counts for
// the-gioi), while Vietnam's prime minister, the bare office and a cut
// lead's lone letter still do. The rules alone; sentences written for the
// test.
func TestForeignOffices(t *testing.T) {
	checkRuleTopics(t, []topicCase{
		{"Thủ tướng Nhật Bản thăm một nhà máy ô tô", "chinh-tri", false},
		{"Thủ tướng Nhật Bản thăm một nhà máy ô tô", "the-gioi", true},
		{"Thủ tướng Tây Ban Nha nói về làn sóng di cư", "chinh-tri", false},
		{"Thủ tướng Canada nói đùa trước trận đấu", "chinh-tri", false},
		{"Thủ tướng Canada nói đùa trước trận đấu", "the-gioi", true},
		{"Cựu Thủ tướng Han Duck Soo hầu tòa lần thứ hai", "chinh-tri", false},
		{"Phó Thủ tướng Trung Quốc đến thăm hội chợ", "chinh-tri", false},
		{"Thủ tướng ý kiến về dự thảo luật đất đai", "chinh-tri", true},
		{"Thủ tướng Phạm Minh Chính chủ trì phiên họp", "chinh-tri", true},
		{"Thủ tướng Phan Văn Khải trong ký ức đồng bào", "chinh-tri", true},
		{"Thủ tướng yêu cầu đẩy nhanh giải ngân", "chinh-tri", true},
		{"Thủ tướng Chính phủ giao nhiệm vụ mới", "chinh-tri", true},
		{"Lễ đón có sự chủ trì của Thủ tướng C", "chinh-tri", true},
	})
}
