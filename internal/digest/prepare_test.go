package digest_test

import (
	"context"
	"testing"
	"time"

	"bantin/internal/digest"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// A run serve began at the schedule (CatchUp) fixes its recipients: an
// operator's send later that day (Prepare) adds no row for a subscriber
// who became active since, who gets the next week's digest, unless the
// operator asks (newSubscribers), once.
func TestPrepareAfterRunBegan(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		src := addDigestSource(t, st, "baoa")
		if err := st.BulkInsertArticles(ctx, src, []model.Article{article("kt", "Giá lúa gạo tăng", w48.Add(30*time.Hour), []string{"kinh-te"})}); err != nil {
			t.Fatal(err)
		}
		activeSubscribers(t, st, "cu", 1, nil, nil)
		ms := mailtest.NewServer(t, mailtest.Options{})
		c := &clock{}
		d := newDigester(t, st, ms, c, "test")
		runUntilDone(t, d, c) // serve's tick at Monday 07:00
		c.Set(c.Now().Add(12 * time.Hour))
		activeSubscribers(t, st, "moi", 1, nil, nil)
		w := digest.WeekOf(w48, ict)
		for _, tt := range []struct {
			fresh         bool
			created, left int
		}{{false, 0, 1}, {false, 0, 1}, {true, 1, 0}, {true, 0, 0}} {
			created, left, err := d.Prepare(ctx, w, tt.fresh)
			if err != nil {
				t.Fatal(err)
			}
			if created != tt.created || left != tt.left {
				t.Errorf("Prepare(newSubscribers %v) = %d created, %d left; want %d, %d", tt.fresh, created, left, tt.created, tt.left)
			}
			if _, err := d.RunOnce(ctx); err != nil {
				t.Fatal(err)
			}
			if n, want := len(ms.Received("moi0@example.com")), map[bool]int{false: 0, true: 1}[tt.fresh]; n != want {
				t.Errorf("after Prepare(newSubscribers %v) the new subscriber has %d digests, want %d", tt.fresh, n, want)
			}
		}
		if n := len(ms.Received("cu0@example.com")); n != 1 {
			t.Errorf("the subscriber of the run's start has %d digests, want 1", n)
		}
	})
}
