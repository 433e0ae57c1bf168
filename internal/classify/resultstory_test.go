package classify

import (
	"testing"
	"time"
)

// TestResultStoryRule: a result report refuses a story of pre-match items
// however close to them and starts the result story, which the next
// result report joins; an article that reports no result still joins the
// pre-match story.
func TestResultStoryRule(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 1, 17, 8, 0, 0, 0, time.UTC)
	pre1 := sportsSig(c, "U23 Việt Nam đấu U23 UAE: HLV Kim Sang-sik tung đội hình mạnh nhất", "U23 Việt Nam gặp U23 UAE ở tứ kết U23 châu Á tại Jeddah.")
	pre2 := sportsSig(c, "HLV Kim Sang-sik: U23 Việt Nam sẵn sàng cho U23 UAE", "U23 Việt Nam gặp U23 UAE ở tứ kết U23 châu Á tại Jeddah tối nay.")
	pre3 := sportsSig(c, "Đội hình U23 Việt Nam gặp U23 UAE: Kim Sang-sik giữ nguyên", "U23 Việt Nam gặp U23 UAE ở tứ kết U23 châu Á tại Jeddah.")
	res1 := sportsSig(c, "U23 Việt Nam thắng U23 UAE 3-2 ở tứ kết U23 châu Á", "HLV Kim Sang-sik cùng U23 Việt Nam hạ U23 UAE tại Jeddah.")
	res2 := sportsSig(c, "U23 Việt Nam vào bán kết U23 châu Á sau trận thắng U23 UAE 3-2", "Thầy trò HLV Kim Sang-sik thắng ở Jeddah.")
	for _, s := range []Signature{pre1, pre2, pre3} {
		if s.match.ok || s.match.preview || Similarity(res1, s) < threshold(res1, s) {
			t.Fatalf("fixture: a pre-match item reports a result or is a titled preview (%+v), or the result is unlike it (%.2f)", s.match, Similarity(res1, s))
		}
	}
	if !res1.match.ok || !res2.match.ok || Similarity(res2, res1) < threshold(res2, res1) {
		t.Fatalf("fixture: want two like result reports: %+v %+v", res1.match, res2.match)
	}
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	cases := []struct {
		name  string
		batch []Member
		want  []int // the stories, by the index of their first member
	}{
		{"a result refuses a pre-match story, the next result joins it", []Member{
			{ArticleID: 1, Key: "a", Published: at(0), Sig: pre1},
			{ArticleID: 2, Key: "b", Published: at(1), Sig: pre2},
			{ArticleID: 3, Key: "c", Published: at(5), Sig: res1},
			{ArticleID: 4, Key: "d", Published: at(6), Sig: res2},
			{ArticleID: 5, Key: "e", Published: at(7), Sig: pre3},
		}, []int{0, 0, 2, 2, 0}},
		{"a result joins a story that holds one", []Member{
			{ArticleID: 1, Key: "a", Published: at(0), Sig: res1},
			{ArticleID: 2, Key: "b", Published: at(1), Sig: pre3},
			{ArticleID: 3, Key: "c", Published: at(2), Sig: res2},
		}, []int{0, 0, 0}},
	}
	for _, tc := range cases {
		got := threads(NewMemIndex().AssignBatch(tc.batch))
		for i, w := range tc.want {
			if w == i && got[i] != tc.batch[i].ArticleID {
				t.Errorf("%s: stories %v, want member %d to start a story", tc.name, got, i)
			} else if got[i] != got[w] {
				t.Errorf("%s: stories %v, want member %d with member %d", tc.name, got, i, w)
			}
		}
	}
}
