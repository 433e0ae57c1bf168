package classify

import (
	"fmt"
	"testing"
	"time"
)

// TestStorySpan: reports that keep coming on one subject, each within the
// window of the last, make one story only for StorySpan after its first;
// the next report starts another story, which later reports join.
func TestStorySpan(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 4, 6, 1, 0, 0, 0, time.UTC)
	title := "Đội cứu hộ tiếp tục tìm kiếm ngư dân mất tích trên vùng biển Hòn Mê, Thanh Hóa"
	summary := "Lực lượng biên phòng và cứu hộ Thanh Hóa mở rộng vùng tìm kiếm ngư dân mất tích khi tàu cá bị chìm gần đảo Hòn Mê."
	hours := []int{0, 30, 60, 90, 100}
	batch := make([]Member, len(hours))
	for i, h := range hours {
		r := c.Classify(Input{Title: title, Summary: summary})
		batch[i] = Member{ArticleID: int64(i + 1), Key: fmt.Sprint(i), Published: t0.Add(time.Duration(h) * time.Hour),
			Sig: c.Signature(title, summary, r)}
	}
	got := NewMemIndex().AssignBatch(batch)
	want := []int64{1, 1, 1, 4, 4}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("clusters %v, want %v: a story takes reports for %v after its first", got, want, StorySpan)
		}
	}
}
