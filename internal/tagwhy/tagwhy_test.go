package tagwhy_test

import (
	"testing"

	"bantin/internal/model"
	"bantin/internal/tagwhy"
)

// example is a reason and what a reader is told of it.
type example struct {
	reason, want string
	ok           bool
}

// checkExamples runs explain on every example.
func checkExamples(t *testing.T, name string, explain func(string, tagwhy.Names) (string, bool), examples []example) {
	t.Helper()
	names := catalogNames(model.NewCatalog())
	for _, tc := range examples {
		got, ok := explain(tc.reason, names)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s(%q) = %q, %v; want %q, %v", name, tc.reason, got, ok, tc.want, tc.ok)
		}
	}
}

func TestTopic(t *testing.T) {
	checkExamples(t, "Topic", tagwhy.Topic, []example{
		{`cue "bóng đá" in title ×2; model 0.93: «trận», «bàn thắng»; and 2 more`,
			"từ khóa “bóng đá” trong tiêu đề (2 lần); mô hình thống kê cho khả năng 93%, dựa trên các từ “trận”, “bàn thắng”; và 2 dấu hiệu khác", true},
		{`cue "a; b" in body`, "từ khóa “a; b” trong nội dung", true},
		// One word in several fields is told once; words in the same
		// fields together, where the first stood.
		{`cue "hải quân" in summary; cue "hải quân" in body`, "từ khóa “hải quân” trong đoạn dẫn và nội dung", true},
		{`model 0.99: «AI»; cue "AI" in summary; cue "công nghệ" in summary; and 4 more`,
			"mô hình thống kê cho khả năng 99%, dựa trên từ “AI”; các từ khóa “AI”, “công nghệ” trong đoạn dẫn; và 4 dấu hiệu khác", true},
		{`cue "trận" in title ×2; cue "bàn" in summary; cue "trận" in summary; cue "bàn" in body`,
			"từ khóa “trận” trong tiêu đề (2 lần) và đoạn dẫn; từ khóa “bàn” trong đoạn dẫn và nội dung", true},
		{`cue "a" in summary; cue "b" in body; cue "a" in body; cue "b" in summary`,
			"từ khóa “a” trong đoạn dẫn và nội dung; từ khóa “b” trong nội dung và đoạn dẫn", true},
		{`cue "a" in title; cue "b" in title; cue "c" in title`, "các từ khóa “a”, “b”, “c” trong tiêu đề", true},
		{`model 0.21: `, "mô hình thống kê cho khả năng 21%", true},
		{`model 1.00: «a»`, "mô hình thống kê cho khả năng 99%, dựa trên từ “a”", true},
		{`model 0.995: `, "mô hình thống kê cho khả năng 99%", true},
		{`source topic the-thao; section /bong-da/ of the article URL; section /the-thao/ of the feed URL`,
			"nguồn tin này chuyên về Thể thao; địa chỉ bài nằm trong mục /bong-da/ của báo; bài lấy từ kênh tin mục /the-thao/ của báo", true},
		{`upstream category "Bóng đá"; a news digest (xa-hoi)`, "báo gốc xếp bài vào mục “Bóng đá”; bài điểm tin tổng hợp", true},
		{`source topic khong-co`, "nguồn tin này chuyên về khong-co", true},
		{`in place of xa-hoi on a story abroad ("Hong Kong" in the title); model 0.30: «Hong»`,
			"sự việc xảy ra ở nước ngoài (“Hong Kong” trong tiêu đề), nên thuộc mục này thay cho Thời sự – Xã hội; mô hình thống kê cho khả năng 30%, dựa trên từ “Hong”", true},
		{`in place of xa-hoi on a story abroad ("Hong Kong" in the headline)`, tagwhy.Fallback, false},
		{"", tagwhy.Fallback, false},
		{"test", tagwhy.Fallback, false},
		{`cue "x" in headline`, tagwhy.Fallback, false},
		{`cue "x" in title ×two`, tagwhy.Fallback, false},
		{`model 1.7: «a»`, tagwhy.Fallback, false},
		{`cue "x" in title; and more`, tagwhy.Fallback, false},
		{`cue "x" in title;`, tagwhy.Fallback, false},
	})
}

func TestProvince(t *testing.T) {
	checkExamples(t, "Province", tagwhy.Province, []example{
		{`title: "Thanh Hóa"`, "tên “Thanh Hóa” trong tiêu đề", true},
		{`summary: "Hoằng Hóa" with context "xã" (gazetteer); home province of the source`,
			"địa danh “Hoằng Hóa” trong đoạn dẫn, đi cùng “xã”; nguồn tin là báo của địa phương này", true},
		{`body: "Duy Tiên" (gazetteer) (former province ha-nam)`, "địa danh “Duy Tiên” (thuộc tỉnh cũ Hà Nam) trong nội dung", true},
		{`title: "Hà Nội" with context "dateline"`, "tên “Hà Nội” trong tiêu đề, ở đầu bản tin", true},
		{`title: "Hà Nam" with context "dateline (cũ)" (former province ha-nam)`,
			"tên “Hà Nam” (thuộc tỉnh cũ Hà Nam) trong tiêu đề, ở đầu bản tin, ghi rõ “(cũ)”", true},
		{`title: "Hà Nam" with context "(cũ)"`, "tên “Hà Nam” trong tiêu đề, ghi rõ “(cũ)”", true},
		{`body: "Thái Nguyên" after "điểm cầu" (điểm cầu: a video-link point, weak local angle)`,
			"tên “Thái Nguyên” trong nội dung, sau “điểm cầu”: một điểm cầu trực tuyến, ít liên quan tới địa phương", true},
		{`title: "Hà Nội" (TTXVN) (a wire dateline: where the agency filed from, weak)`,
			"tên “Hà Nội” trong tiêu đề, trước “(TTXVN)”: nơi hãng tin gửi bài, ít liên quan tới địa phương", true},
		{`summary: "Nghệ An" after "… từ Hà Tĩnh, listed with it" (a person's home; no other place named)`,
			"tên “Nghệ An” trong đoạn dẫn, sau “… từ Hà Tĩnh” (nêu cùng): quê của một người, bài không nêu nơi nào khác", true},
		{`title: "Tân An" after "phường" (a ward of that name, not the former province) (gazetteer)`,
			"địa danh “Tân An” trong tiêu đề, sau “phường”: tên một phường, không phải tỉnh cũ", true},
		{`also names the former province binh-duong`, "bài cũng nêu nơi thuộc tỉnh cũ Bình Dương", true},
		{`home province of the source baothanhhoa.vn: the text names no place but refers to the local area`,
			"báo địa phương (baothanhhoa.vn) đưa tin; bài không nêu địa danh nhưng nói về địa bàn của báo", true},
		{"seed", tagwhy.Fallback, false},
		{`title: "Hà Nội" near "x"`, tagwhy.Fallback, false},
		{`title: Hà Nội`, tagwhy.Fallback, false},
		{`also names the former province `, tagwhy.Fallback, false},
	})
}

func TestLegacy(t *testing.T) {
	names := catalogNames(model.NewCatalog())
	for _, tc := range []struct {
		reason, legacy, want string
		ok                   bool
	}{
		{`title: "Đà Nẵng"`, "quang-nam", "bài nêu nơi thuộc tỉnh cũ Quảng Nam", true},
		{`body: "Duy Tiên" (gazetteer) (former province ha-nam)`, "ha-nam", "địa danh “Duy Tiên” (thuộc tỉnh cũ Hà Nam) trong nội dung", true},
		{`body: "Duy Tiên" (gazetteer) (former province ha-nam)`, "nam-dinh", "bài nêu nơi thuộc tỉnh cũ Nam Định", true},
		{`also names the former province nam-dinh`, "nam-dinh", "bài cũng nêu nơi thuộc tỉnh cũ Nam Định", true},
		{`home province of the source baohanam.vn: the text names no place but refers to the local area`, "ha-nam",
			"báo địa phương (baohanam.vn) đưa tin; bài không nêu địa danh nhưng nói về địa bàn của báo", true},
		{"seed", "ha-nam", tagwhy.Fallback, false},
	} {
		got, ok := tagwhy.Legacy(tc.reason, tc.legacy, names)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Legacy(%q, %q) = %q, %v; want %q, %v", tc.reason, tc.legacy, got, ok, tc.want, tc.ok)
		}
	}
}

// BenchmarkExplain: one long topic reason and one province reason, as a
// card with two tags costs (the pages render them once per cached page).
func BenchmarkExplain(b *testing.B) {
	n := catalogNames(model.NewCatalog())
	for b.Loop() {
		tagwhy.Topic(`cue "bóng đá" in title ×2; section /the-thao/ of the feed URL; model 0.93: «trận», «bàn thắng», «HLV»; and 2 more`, n)
		tagwhy.Province(`summary: "Duy Tiên" with context "xã" (gazetteer) (former province ha-nam); home province of the source`, n)
	}
}
