package digest_test

import (
	"context"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// One subscriber with two rows in one pass (a week still due for retry and
// the new one) meets the same unspecific refusal in two batches: that is
// one recipient, not refusalQuorum, so the pass does not stop and the
// others get their weeks.
func TestDigestUnspecificRefusalOneRecipientTwoRows(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		seedWeek(t, st)
		src := addDigestSource(t, st, "thanhnien")
		if err := st.BulkInsertArticles(ctx, src, []model.Article{
			article("w47", "Tin tuần 47", w48.AddDate(0, 0, -3), []string{"kinh-te"}),
		}); err != nil {
			t.Fatal(err)
		}
		ms := mailtest.NewServer(t, mailtest.Options{Data: func(_ int64, to []string, _ []byte) error {
			if to[0] == "ban1@example.com" {
				return mailtest.Reply(554, [3]int{-1, -1, -1}, "Error: transaction failed")
			}
			return nil
		}})
		c := &clock{}
		d := newDigester(t, st, ms, c, "w1")
		d.Workers, d.Batch = 1, 3
		activeSubscribers(t, st, "ban", 3, nil, nil)
		if _, err := st.EnsureDigests(ctx, "2026-W47", c.Now()); err != nil { // the first batch
			t.Fatal(err)
		}
		if _, _, err := d.CatchUp(ctx); err != nil { // W48: the second
			t.Fatal(err)
		}
		sum, err := d.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Stopped != "" || sum.Sent != 4 || sum.Failed != 2 {
			t.Errorf("pass: sent %d, failed %d, stopped %q; want 4 sent, ban1's 2 rows failed, no stop",
				sum.Sent, sum.Failed, sum.Stopped)
		}
	})
}
