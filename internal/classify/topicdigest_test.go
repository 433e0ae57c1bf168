package classify

import "testing"

// TestDigestLeadTopics covers leadOnly (topicdigest.go): a digest's topic
// that only its lead's headlines speak for is no secondary tag; its title's
// cues, a sure model and the digest's own topic still are; an article that
// is no digest keeps its lead's topics. The headlines are written for the
// test (testdata/classify/real/digest_i13topic9.jsonl holds the judged
// changes on the corpus's training days); the first case fails on main.
func TestDigestLeadTopics(t *testing.T) {
	c := newTest(t)
	lead := "Bệnh viện tỉnh tiếp nhận 30 ca ngộ độc sau tiệc cưới; Công an triệt phá đường dây đánh bạc..."
	world := "Điện Kremlin nói cuộc gặp mang tính xây dựng; Israel không kích miền nam Lebanon; Iran thử tên lửa."
	cases := []topicPresence{
		{"a digest's lead-only topic", "Điểm tin 17h: Hà Nội mở thêm 20 tuyến buýt điện | Giá vàng giảm mạnh", lead, "y-te", false},
		{"the same lead under one headline", "Hà Nội mở thêm 20 tuyến buýt điện", lead, "y-te", true},
		{"a topic of the digest's title", "Điểm tin 17h: Bệnh viện tỉnh tiếp nhận 30 ca ngộ độc | Giá vàng giảm mạnh", lead, "y-te", true},
		{"a topic the model is sure of", "Điểm tin 6h: Giá vàng lập đỉnh mới | Ông Putin gặp ông Trump tại Alaska", world, "the-gioi", true},
		{"the digest's own topic", "Chuyển động 12h: Giá vàng lập đỉnh mới | Cảnh báo mưa lớn ở miền Trung",
			"Người lao động được hỗ trợ tiền thuê nhà; hộ nghèo nhận quà Tết.", "xa-hoi", true},
	}
	checkTopicPresence(t, c, cases)
}
