package digest_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// The week boundary is Monday 00:00 in Vietnam, Sunday 17:00 UTC: an article
// a second earlier belongs to the week before.
func TestDigestWeekBoundary(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := addDigestSource(t, st, "vnexpress")
		edge := w48.UTC() // 2026-11-22 17:00 UTC
		st.BulkInsertArticles(ctx, src, []model.Article{
			article("w47", "Tin cuối tuần 47", edge.Add(-time.Second), []string{"kinh-te"}),
			article("w48", "Tin đầu tuần 48", edge, []string{"kinh-te"}),
			article("w49", "Tin đầu tuần 49", edge.AddDate(0, 0, 7), []string{"kinh-te"}),
		})
		ms := mailtest.NewServer(t, mailtest.Options{})
		c := &clock{}
		d := newDigester(t, st, ms, c, "w1")
		to := activeSubscribers(t, st, "ban", 1, nil, nil)[0]
		runUntilDone(t, d, c)
		got := ms.Received(to)
		if len(got) != 1 {
			t.Fatalf("received %d messages, want 1", len(got))
		}
		m := decode(t, string(got[0]))
		if !strings.Contains(m, "Tin đầu tuần 48") || strings.Contains(m, "tuần 47") || strings.Contains(m, "tuần 49") {
			t.Fatalf("W48 digest holds the wrong articles:\n%s", m)
		}
		h := headers(t, string(got[0]))
		if !strings.HasPrefix(h.Get("List-Unsubscribe"), "<https://bantin.example/unsubscribe/") ||
			h.Get("List-Unsubscribe-Post") != "List-Unsubscribe=One-Click" || h.Get("List-Id") == "" ||
			h.Get("Date") != "Mon, 30 Nov 2026 07:00:00 +0700" ||
			h.Get("Message-ID") != "<digest-2026-W48-"+d.Links.Signer().Ref(1)+"@bantin.example>" {
			t.Fatalf("headers %v", h)
		}
	})
}

// A server answering 451 to every third message still ends with each
// digest delivered exactly once.
func TestDigestTemporaryFailuresRetry(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		seedWeek(t, st)
		ms := mailtest.NewServer(t, mailtest.Options{Data: func(n int64, _ []string, _ []byte) error {
			if n%3 == 0 {
				return mailtest.Reply(451, [3]int{4, 3, 0}, "try later")
			}
			return nil
		}})
		c := &clock{}
		d := newDigester(t, st, ms, c, "w1")
		addrs := activeSubscribers(t, st, "a", 30, nil, nil)
		runUntilDone(t, d, c)
		assertOnce(t, ms, addrs)
		counts, _ := st.DigestCounts(context.Background(), "2026-W48")
		if counts[model.DigestSent] != 30 || len(counts) != 1 {
			t.Fatalf("rows %v, want 30 sent", counts)
		}
		if ms.Attempts() <= 30 {
			t.Fatalf("server saw %d attempts; the 451s did not happen", ms.Attempts())
		}
	})
}

// A run cancelled halfway and restarted (another process) delivers every
// digest exactly once.
func TestDigestCancelAndRestart(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		seedWeek(t, st)
		ms := mailtest.NewServer(t, mailtest.Options{})
		c := &clock{}
		addrs := activeSubscribers(t, st, "r", 60, nil, nil)
		ctx, cancel := context.WithCancel(context.Background())
		var sent atomic.Int64
		d1 := newDigester(t, st, ms, c, "process-1")
		d1.Progress = func(e digest.Event) {
			if e.Outcome == model.DigestSent && sent.Add(1) == 25 {
				cancel()
			}
		}
		if _, _, err := d1.CatchUp(ctx); err != nil {
			t.Fatal(err)
		}
		sum, err := d1.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Sent >= 60 || sum.Released == 0 {
			t.Fatalf("first run was not cut short: %+v", sum)
		}
		if got := ms.Accepted(); got != int64(sum.Sent) {
			t.Fatalf("server accepted %d, run recorded %d sent", got, sum.Sent)
		}
		d2 := newDigester(t, st, ms, c, "process-2")
		runUntilDone(t, d2, c)
		assertOnce(t, ms, addrs)
	})
}

// A 550 for an address fails its row and counts a bounce; three in a row
// mark the subscriber bounced. Others are delivered.
func TestDigestPermanentFailure(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedWeek(t, st)
		ms := mailtest.NewServer(t, mailtest.Options{Rcpt: func(to string) error {
			if strings.HasPrefix(to, "gone") {
				return mailtest.Reply(550, [3]int{5, 1, 1}, "no such user")
			}
			return nil
		}})
		c := &clock{}
		d := newDigester(t, st, ms, c, "w1")
		good := activeSubscribers(t, st, "ok", 3, nil, nil)
		activeSubscribers(t, st, "gone", 1, nil, nil)
		runUntilDone(t, d, c)
		assertOnce(t, ms, good)
		sub, _ := st.SubscriberByEmail(ctx, "gone0@example.com")
		rows, _ := st.Digests(ctx, "2026-W48")
		var failed []model.Digest
		for _, r := range rows {
			if r.Status == model.DigestFailed {
				failed = append(failed, r)
			}
		}
		if len(failed) != 1 || failed[0].SubscriberID != sub.ID || !strings.Contains(failed[0].LastError, "550") ||
			sub.Bounces != 1 || sub.Status != model.StatusActive {
			t.Fatalf("after one 550: rows %+v, subscriber %+v", failed, sub)
		}
		for _, week := range []int{1, 2} { // two more weeks of 550s
			st.BulkInsertArticles(ctx, addDigestSource(t, st, fmt.Sprint("w", week)), []model.Article{
				article(fmt.Sprint("later", week), "Tin tuần sau", w48.AddDate(0, 0, 7*week+1), []string{"kinh-te"})})
			c.Set(time.Date(2026, 11, 30, 7, 0, 0, 0, ict).AddDate(0, 0, 7*week))
			runUntilDone(t, d, c)
		}
		if sub, _ = st.SubscriberByEmail(ctx, "gone0@example.com"); sub.Status != model.StatusBounced || sub.Bounces != 3 {
			t.Fatalf("after three 550s: %+v", sub)
		}
	})
}

// A subscriber with nothing in the week gets no mail; a week with nothing
// at all sends nothing.
func TestDigestNothingNew(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedWeek(t, st) // kinh-te in ha-noi, the-thao nationwide
		ms := mailtest.NewServer(t, mailtest.Options{})
		c := &clock{}
		d := newDigester(t, st, ms, c, "w1")
		quiet := activeSubscribers(t, st, "quiet", 2, []string{"y-te"}, nil)
		far := activeSubscribers(t, st, "far", 1, nil, []string{"ca-mau"})
		busy := activeSubscribers(t, st, "busy", 1, []string{"kinh-te"}, []string{"ha-noi"})
		runUntilDone(t, d, c)
		assertOnce(t, ms, busy)
		for _, a := range append(quiet, far...) {
			if n := len(ms.Received(a)); n != 0 {
				t.Errorf("%s received %d messages, want none", a, n)
			}
		}
		counts, _ := st.DigestCounts(ctx, "2026-W48")
		if counts[model.DigestEmpty] != 3 || counts[model.DigestSent] != 1 {
			t.Fatalf("rows %v, want 3 empty and 1 sent", counts)
		}
		// The next week has no articles: nothing is sent to anyone.
		before := ms.Accepted()
		c.Set(c.Now().AddDate(0, 0, 7))
		runUntilDone(t, d, c)
		if ms.Accepted() != before {
			t.Fatalf("an empty week sent %d messages", ms.Accepted()-before)
		}
	})
}

// seedWeek stores three W48 articles: two economy stories in Hà Nội from
// two papers and one national sports story.
func seedWeek(t testing.TB, st *store.Store) {
	t.Helper()
	ctx := context.Background()
	a, b := addDigestSource(t, st, "vnexpress"), addDigestSource(t, st, "tuoitre")
	mid := w48.AddDate(0, 0, 3)
	if err := st.BulkInsertArticles(ctx, a, []model.Article{
		article("kt1", "Giá vàng tăng mạnh", mid, []string{"kinh-te"}, "ha-noi"),
		article("tt1", "Đội tuyển thắng đậm", mid.Add(time.Hour), []string{"the-thao"}),
	}); err != nil {
		t.Fatal(err)
	}
	if err := st.BulkInsertArticles(ctx, b, []model.Article{
		article("kt2", "Xuất khẩu gạo kỷ lục", mid.Add(2*time.Hour), []string{"kinh-te"}, "ha-noi"),
	}); err != nil {
		t.Fatal(err)
	}
}

// assertOnce checks that each address received exactly one message.
func assertOnce(t testing.TB, ms *mailtest.Server, addrs []string) {
	t.Helper()
	var bad []string
	for _, a := range addrs {
		if n := len(ms.Received(a)); n != 1 {
			bad = append(bad, fmt.Sprintf("%s:%d", a, n))
		}
	}
	if len(bad) > 0 {
		t.Fatalf("not delivered exactly once: %v", bad)
	}
}

// The archive page of a week in progress (a digest sent early, as the demo
// does) shows its stories so far, marked ongoing; a week that has not
// started is not found; a past week is not ongoing.
func TestArchiveWeekSoFar(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := addDigestSource(t, st, "vnexpress")
		w49 := w48.AddDate(0, 0, 7)
		st.BulkInsertArticles(ctx, src, []model.Article{
			article("w48", "Tin tuần 48", w48.Add(time.Hour), []string{"kinh-te"}),
			article("w49", "Tin đầu tuần 49", w49.Add(time.Hour), []string{"kinh-te"}),
		})
		c := &clock{}
		c.Set(w49.Add(36 * time.Hour)) // Tuesday noon of W49
		d := newDigester(t, st, mailtest.NewServer(t, mailtest.Options{}), c, "w1")
		for _, tc := range []struct {
			period  string
			title   string
			ongoing bool
		}{{"2026-W48", "Tin tuần 48", false}, {"2026-W49", "Tin đầu tuần 49", true}} {
			a, err := d.Archive(ctx, tc.period, nil, nil)
			if err != nil {
				t.Fatalf("%s: %v", tc.period, err)
			}
			if a.Ongoing != tc.ongoing || len(a.Groups) != 1 || len(a.Groups[0].Stories) != 1 ||
				a.Groups[0].Stories[0].Title != tc.title {
				t.Fatalf("%s: ongoing %v, groups %+v", tc.period, a.Ongoing, a.Groups)
			}
		}
		if _, err := d.Archive(ctx, "2026-W50", nil, nil); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("a week not started: %v, want ErrNotFound", err)
		}
	})
}
