package digest_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// A server's 5xx charges the recipient only when it is about the recipient
// (RCPT; DATA about the mailbox; see TestDigestUnspecificRefusal for DATA
// without an enhanced status). A refused
// sender (MAIL FROM: an address the relay account may not use) or a message
// refused by policy (DATA 5.7.x: SPF, DKIM, DMARC, reputation) is the
// operator's setting or the domain's standing, the same for every
// subscriber: the rows wait for a retry, no bounce is counted, and once it
// is fixed the week goes out.
func TestDigestServerRefusals(t *testing.T) {
	refuse := func(code int, enhanced [3]int) error { return mailtest.Reply(code, enhanced, "refused") }
	tests := []struct {
		name        string
		opts        func(on *atomic.Bool) mailtest.Options
		wantStatus  string
		wantBounces int
	}{
		{"sender refused", func(on *atomic.Bool) mailtest.Options {
			return mailtest.Options{Mail: func(string) error {
				if on.Load() {
					return refuse(553, [3]int{5, 7, 1})
				}
				return nil
			}}
		}, model.DigestRetry, 0},
		{"recipient refused", func(on *atomic.Bool) mailtest.Options {
			return mailtest.Options{Rcpt: func(string) error {
				if on.Load() {
					return refuse(550, [3]int{5, 1, 1})
				}
				return nil
			}}
		}, model.DigestFailed, 1},
		{"message refused by policy", dataRefusal(refuse, 550, [3]int{5, 7, 26}), model.DigestRetry, 0},
		{"mailbox full", dataRefusal(refuse, 552, [3]int{5, 2, 2}), model.DigestFailed, 1},
		// The same refusal that names no one, met by all three: the message.
		{"message refused, no enhanced status", dataRefusal(refuse, 554, [3]int{-1, -1, -1}), model.DigestRetry, 0},
		{"message refused, undefined status", dataRefusal(refuse, 550, [3]int{5, 0, 0}), model.DigestRetry, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				ctx := context.Background()
				seedWeek(t, st)
				var on atomic.Bool
				on.Store(true)
				ms := mailtest.NewServer(t, tt.opts(&on))
				c := &clock{}
				d := newDigester(t, st, ms, c, "w1")
				addrs := activeSubscribers(t, st, "ban", 3, nil, nil)
				if _, _, err := d.CatchUp(ctx); err != nil {
					t.Fatal(err)
				}
				if _, err := d.RunOnce(ctx); err != nil {
					t.Fatal(err)
				}
				rows, _ := st.Digests(ctx, "2026-W48")
				for _, r := range rows {
					if r.Status != tt.wantStatus {
						t.Errorf("row of subscriber %d is %q, want %q", r.SubscriberID, r.Status, tt.wantStatus)
					}
				}
				for _, a := range addrs {
					if sub, _ := st.SubscriberByEmail(ctx, a); sub.Bounces != tt.wantBounces {
						t.Errorf("%s has %d bounces, want %d", a, sub.Bounces, tt.wantBounces)
					}
				}
				if tt.wantStatus != model.DigestRetry {
					return
				}
				on.Store(false) // the operator fixes the sender
				c.Set(c.Now().Add(2 * time.Minute))
				runUntilDone(t, d, c)
				assertOnce(t, ms, addrs)
			})
		})
	}
}

// dataRefusal answers DATA with the reply while on holds.
func dataRefusal(refuse func(int, [3]int) error, code int, enhanced [3]int) func(on *atomic.Bool) mailtest.Options {
	return func(on *atomic.Bool) mailtest.Options {
		return mailtest.Options{Data: func(int64, []string, []byte) error {
			if on.Load() {
				return refuse(code, enhanced)
			}
			return nil
		}}
	}
}
