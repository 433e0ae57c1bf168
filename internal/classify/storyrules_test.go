package classify

import (
	"fmt"
	"testing"
	"time"
)

// story is a test article to cluster: its title and lead, published at.
type story struct {
	title, summary string
	at             time.Time
}

// clusterStories classifies, signs and clusters stories as one fetch pass
// and returns their clusters, in order.
func clusterStories(t *testing.T, stories []story) []int64 {
	t.Helper()
	c := newTest(t)
	batch := make([]Member, len(stories))
	for i, s := range stories {
		r := c.Classify(Input{Title: s.title, Summary: s.summary})
		batch[i] = Member{ArticleID: int64(i + 1), Key: fmt.Sprint(i), Published: s.at, Sig: c.Signature(s.title, s.summary, r)}
	}
	return threads(NewMemIndex().AssignBatch(batch))
}

// TestDailySeriesApart: the items of a daily series are alike but for
// their dates, and each day's is a story of its own; two outlets' reports
// dated with the same day still make one.
func TestDailySeriesApart(t *testing.T) {
	t0 := time.Date(2026, 2, 10, 2, 0, 0, 0, time.UTC)
	const lottery = "Kết quả xổ số miền Nam hôm nay, giải đặc biệt đài Cà Mau và đài Bến Tre, vé trúng độc đắc đã có người nhận."
	const weather = "Bắc Bộ mưa phùn và rét, Nam Bộ ngày nắng, chiều tối có nơi mưa rào trái mùa, theo Trung tâm Dự báo khí tượng thủy văn quốc gia."
	got := clusterStories(t, []story{
		{"Kết quả xổ số miền Nam ngày 10 tháng 2: vé độc đắc đài Cà Mau", lottery, t0},
		{"Kết quả xổ số miền Nam ngày 11 tháng 2: vé độc đắc đài Cà Mau", lottery, t0.Add(20 * time.Hour)},
		{"Thời tiết hôm nay 12-2: Bắc Bộ mưa phùn, Nam Bộ nắng", weather, t0.Add(40 * time.Hour)},
		{"Thời tiết hôm nay 13-2: Bắc Bộ mưa phùn, Nam Bộ nắng", weather, t0.Add(60 * time.Hour)},
		// Outlets post a forecast the evening before or the morning of its day.
		{"Dự báo thời tiết 13.2: miền Bắc mưa phùn, miền Nam nắng", weather, t0.Add(62 * time.Hour)},
	})
	if got[0] == got[1] || got[2] == got[3] || got[1] == got[2] {
		t.Errorf("clusters %v: each day's item of a series must be a story of its own", got)
	}
	if got[3] != got[4] {
		t.Errorf("clusters %v: two forecasts for the same day must share a story", got)
	}
}

// TestStorySpan: reports that keep coming on one subject, each within the
// window of the last, make one story only for StorySpan after its first;
// the next report starts another story, which later reports join.
func TestStorySpan(t *testing.T) {
	t0 := time.Date(2026, 4, 6, 1, 0, 0, 0, time.UTC)
	const title = "Đội cứu hộ tiếp tục tìm kiếm ngư dân mất tích trên vùng biển Hòn Mê, Thanh Hóa"
	const summary = "Lực lượng biên phòng và cứu hộ Thanh Hóa mở rộng vùng tìm kiếm ngư dân mất tích khi tàu cá bị chìm gần đảo Hòn Mê."
	var stories []story
	for _, h := range []time.Duration{0, 30, 60, 90, 100} {
		stories = append(stories, story{title, summary, t0.Add(h * time.Hour)})
	}
	got := clusterStories(t, stories)
	want := []int64{1, 1, 1, 4, 4}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("clusters %v, want %v: a story takes reports for %v after its first", got, want, StorySpan)
		}
	}
}

// TestProfilesApart: a dating column's profiles are alike by design (the
// same wishes in the same words) and each is a story of its own.
func TestProfilesApart(t *testing.T) {
	t0 := time.Date(2026, 4, 7, 1, 0, 0, 0, time.UTC)
	got := clusterStories(t, []story{
		{"Mong tìm được mái ấm bình yên", "Em 34 tuổi, làm kế toán, mong tìm được người đàn ông chân thành để cùng xây dựng mái ấm bình yên.", t0},
		{"Tìm người cùng xây mái ấm bình yên", "Anh 36 tuổi, làm kỹ sư, mong tìm được người phụ nữ chân thành để cùng xây dựng mái ấm bình yên.", t0.Add(5 * time.Hour)},
	})
	if got[0] == got[1] {
		t.Errorf("clusters %v: two writers' profiles must not share a story", got)
	}
}
