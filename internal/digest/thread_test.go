package digest_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"bantin/internal/digest"
	"bantin/internal/golden"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// A week holding two segments of one thread (a flood on Monday, and its
// clean-up on Thursday after a silence of days) shows the thread once: by
// the best-ranked segment (both have two outlets: the newer), by its newest
// article, linked to its page and counted with its own outlets, the "2
// nguồn" that page heads. It showed the two segments as two stories (5 of
// 30 digests of a real training week did, BENCHMARKS.md "Tenth session:
// uxqa8").
func TestDigestShowsAThreadOnce(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		srcs := []int64{addDigestSource(t, st, "baoa"), addDigestSource(t, st, "baob"), addDigestSource(t, st, "baoc")}
		day := func(d, h int) time.Time { return w48.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour) }
		moi := []string{"moi-truong"}
		put := func(src int, arts ...model.Article) []int64 {
			t.Helper()
			if err := st.BulkInsertArticles(ctx, srcs[src], arts); err != nil {
				t.Fatal(err)
			}
			ids := make([]int64, len(arts))
			for i := range arts {
				ids[i] = arts[i].ID
			}
			return ids
		}
		// The thread: segment 1 on Monday (papers A and B), segment 2 on
		// Thursday (papers B and C).
		a1 := put(0, article("lu-a", "Mưa lớn làm ngập ba xã ven sông", day(0, 8), moi, "nghe-an"))
		b1 := put(1, article("lu-b", "Nước sông dâng, ba xã bị ngập sâu", day(0, 10), moi, "nghe-an"))
		b2 := put(1, article("don-b", "Người dân dọn bùn sau lũ ở ba xã ven sông", day(3, 9), moi, "nghe-an"))
		c2 := put(2, article("don-c", "Ba xã ven sông dọn dẹp sau đợt ngập", day(3, 11), moi, "nghe-an"))
		// Two other stories: one of two papers, one alone.
		x := put(0, article("rac-a", "Phân loại rác tại nguồn ở phường trung tâm", day(1, 9), moi, "nghe-an"))
		y := put(2, article("rac-c", "Phường trung tâm bắt đầu phân loại rác", day(1, 12), moi, "nghe-an"))
		put(0, article("cay-a", "Trồng thêm cây xanh trên đại lộ", day(5, 7), moi, "nghe-an"))
		placed := map[int64]store.Placement{
			a1[0]: {Thread: a1[0], Segment: a1[0]}, b1[0]: {Thread: a1[0], Segment: a1[0]},
			b2[0]: {Thread: a1[0], Segment: b2[0]}, c2[0]: {Thread: a1[0], Segment: b2[0]},
			y[0]: {Thread: x[0], Segment: x[0]},
		}
		if err := st.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		activeSubscribers(t, st, "ban", 1, moi, nil)
		c := &clock{}
		d := newDigester(t, st, mailtest.NewServer(t, mailtest.Options{}), c, "test")
		msg, _, err := d.Preview(ctx, "ban0@example.com", digest.WeekOf(w48, ict))
		if err != nil {
			t.Fatal(err)
		}
		text := decode(t, string(msg.Raw))
		text = text[:strings.Index(text, "<!DOCTYPE")] // the text part
		// Story ids differ between engines and runs: name them by article.
		names := map[int64]string{a1[0]: "A1", b2[0]: "B2", x[0]: "X"}
		text = regexp.MustCompile(`/stories/(\d+)`).ReplaceAllStringFunc(text, func(m string) string {
			var id int64
			for _, ch := range m[len("/stories/"):] {
				id = id*10 + int64(ch-'0')
			}
			return "/stories/" + names[id]
		})
		golden.Check(t, "thread_digest.txt", []byte(text))
	})
}
