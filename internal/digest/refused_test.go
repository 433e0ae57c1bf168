package digest_test

import (
	"context"
	"slices"
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

// A 5xx to DATA that names neither the mailbox nor the message charges the
// recipient when it meets one recipient only; the same refusal for several
// recipients is the server refusing the message: the pass stops sending,
// the rows wait for a retry, no bounce is counted, and the operator reads
// why in the rows and the summary. Once the server is fixed, everyone not
// charged gets the week once. Batches of four rows, two sends at once.
func TestDigestUnspecificRefusal(t *testing.T) {
	tests := []struct {
		name    string
		refused []string // nil: every address
		bounced []string // rows failed with a bounce
		stop    bool
	}{
		{"one recipient", []string{"ban3@example.com"}, []string{"ban3@example.com"}, false},
		{"every recipient", nil, nil, true},
		{"two recipients of one batch", []string{"ban1@example.com", "ban2@example.com"}, nil, true},
		// The first was settled with its batch; the second stops the pass.
		{"two recipients of two batches", []string{"ban3@example.com", "ban7@example.com"}, []string{"ban3@example.com"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				var broken atomic.Bool
				broken.Store(true)
				f := firstPass(t, st, mailtest.Options{Data: func(_ int64, to []string, _ []byte) error {
					if broken.Load() && (tt.refused == nil || slices.Contains(tt.refused, to[0])) {
						// A queue id that differs per message, as real servers write.
						return mailtest.Reply(554, [3]int{-1, -1, -1}, "Error: queue "+to[0][:4]+"1 failed")
					}
					return nil
				}}, 12, func(d *digest.Digester) { d.Workers, d.Batch = 2, 4 })
				d, ms, c, addrs := f.d, f.ms, f.c, f.addrs
				assertRefusalPass(t, st, addrs, tt.bounced, tt.stop, f.sum.Stopped)
				if !tt.stop {
					return
				}
				if n := ms.Attempts(); n >= int64(len(addrs)) {
					t.Errorf("%d messages tried for %d subscribers: the pass did not stop", n, len(addrs))
				}
				broken.Store(false) // the operator fixes the server
				c.Set(c.Now().Add(2 * time.Minute))
				runUntilDone(t, d, c)
				assertOnce(t, ms, slices.DeleteFunc(addrs, func(a string) bool { return slices.Contains(tt.bounced, a) }))
			})
		})
	}
}

// assertRefusalPass checks a first pass: the bounced addresses' rows failed
// with one bounce; every other row was sent, or, when the pass stopped,
// waits for a retry saying why, with no bounce.
func assertRefusalPass(t *testing.T, st *store.Store, addrs, bounced []string, stop bool, stopped string) {
	t.Helper()
	ctx := context.Background()
	if stop != strings.Contains(stopped, "refused the message alike") {
		t.Errorf("summary's reason to stop is %q, want one: %v", stopped, stop)
	}
	rows, err := st.Digests(ctx, "2026-W48")
	if err != nil {
		t.Fatal(err)
	}
	status := map[int64]model.Digest{}
	for _, r := range rows {
		status[r.SubscriberID] = r
	}
	for _, a := range addrs {
		sub, _ := st.SubscriberByEmail(ctx, a)
		r, charged := status[sub.ID], slices.Contains(bounced, a)
		var ok bool
		switch {
		case charged:
			ok = r.Status == model.DigestFailed && sub.Bounces == 1
		case stop:
			ok = sub.Bounces == 0 && (r.Status == model.DigestSent ||
				r.Status == model.DigestRetry && strings.Contains(r.LastError, "not counted against the address"))
		default:
			ok = r.Status == model.DigestSent && sub.Bounces == 0
		}
		if !ok {
			t.Errorf("%s: row %q (%q), %d bounces", a, r.Status, r.LastError, sub.Bounces)
		}
	}
}
