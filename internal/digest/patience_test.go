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
)

// A refusal that is the sender's or the server's (here a refused MAIL FROM,
// as a wrong BANTIN_MAIL_FROM gets) spends no row's attempt budget while
// the week is fresh: fixed after more passes than MaxAttempts allows, the
// week still goes out once; left unfixed a week after the week ended, the
// rows fail, and still no address is charged.
func TestDigestBlockedOutlastsMaxAttempts(t *testing.T) {
	tests := []struct {
		name       string
		fixAfter   time.Duration // from the first pass; 0 never
		wantStatus string
	}{
		{"fixed two days later", 48 * time.Hour, model.DigestSent},
		{"never fixed", 0, model.DigestFailed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				ctx := context.Background()
				var on atomic.Bool
				on.Store(true)
				f := firstPass(t, st, senderRefusal(&on), 3, func(d *digest.Digester) {
					d.MaxAttempts = 2
					d.Backoff = func(int) time.Duration { return 6 * time.Hour }
				})
				start := f.c.Now()
				for f.c.Now().Before(start.Add(8 * 24 * time.Hour)) {
					f.c.Set(f.c.Now().Add(6*time.Hour + time.Minute))
					if tt.fixAfter > 0 && !f.c.Now().Before(start.Add(tt.fixAfter)) {
						on.Store(false)
					}
					if _, err := f.d.RunOnce(ctx); err != nil {
						t.Fatal(err)
					}
				}
				rows, _ := st.Digests(ctx, "2026-W48")
				for _, r := range rows {
					if r.Status != tt.wantStatus {
						t.Errorf("row of subscriber %d is %q (%s), want %q", r.SubscriberID, r.Status, r.LastError, tt.wantStatus)
					}
				}
				for _, a := range f.addrs {
					if sub, _ := st.SubscriberByEmail(ctx, a); sub.Bounces != 0 {
						t.Errorf("%s has %d bounces, want 0", a, sub.Bounces)
					}
				}
				if tt.wantStatus == model.DigestSent {
					assertOnce(t, f.ms, f.addrs)
				}
			})
		})
	}
}
