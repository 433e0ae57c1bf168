package digest_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"bantin/internal/digest"
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
		{"sender refused", senderRefusal, model.DigestRetry, 0},
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
				var on atomic.Bool
				on.Store(true)
				f := firstPass(t, st, tt.opts(&on), 3, nil)
				d, ms, c, addrs := f.d, f.ms, f.c, f.addrs
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

// senderRefusal answers MAIL FROM with 553 5.7.1 (a sender the relay
// account may not use) while on holds.
func senderRefusal(on *atomic.Bool) mailtest.Options {
	return mailtest.Options{Mail: func(string) error {
		if on.Load() {
			return mailtest.Reply(553, [3]int{5, 7, 1}, "refused")
		}
		return nil
	}}
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

// refusalRun is a first delivery pass of W48 and what it ran on.
type refusalRun struct {
	d     *digest.Digester
	ms    *mailtest.Server
	c     *clock
	addrs []string
	sum   digest.DeliverySummary
}

// firstPass seeds W48 and n active subscribers on st, wires a Digester
// (tuned by tune, when set) to a mail server with opts, and runs the
// week's first pass.
func firstPass(t *testing.T, st *store.Store, opts mailtest.Options, n int, tune func(*digest.Digester)) refusalRun {
	t.Helper()
	ctx := context.Background()
	seedWeek(t, st)
	r := refusalRun{ms: mailtest.NewServer(t, opts), c: &clock{}}
	r.d = newDigester(t, st, r.ms, r.c, "w1")
	if tune != nil {
		tune(r.d)
	}
	r.addrs = activeSubscribers(t, st, "ban", n, nil, nil)
	if _, _, err := r.d.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	var err error
	if r.sum, err = r.d.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	return r
}
