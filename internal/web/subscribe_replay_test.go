package web

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestOldConfirmationAfterUnsubscribe: a confirmation link mailed before an
// unsubscribe does not re-activate the address, neither on its own nor once
// someone asked for the address again (which voids every older link; the
// newest one works).
func TestOldConfirmationAfterUnsubscribe(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newSubFixture(t, st)
		f.post("/subscribe", "10.0.0.1", form("ban@example.com"))
		old := strings.TrimPrefix(f.link("ban@example.com"), "https://bantin.example")
		if w := f.post(old, "10.0.0.1", nil); w.Code != 200 {
			t.Fatalf("confirm: %d", w.Code)
		}
		sub, _ := st.SubscriberByEmail(ctx, "ban@example.com")
		unsub := strings.TrimPrefix(f.subs.Links.Unsubscribe(sub.ID, sub.Email), "https://bantin.example")
		f.post(unsub, "10.0.0.1", map[string][]string{"List-Unsubscribe": {"One-Click"}})
		status := func() string { s, _ := st.SubscriberByEmail(ctx, "ban@example.com"); return s.Status }
		if w := f.post(old, "10.0.0.1", nil); status() != model.StatusUnsubscribed {
			t.Fatalf("old link right after the unsubscribe: %d, status %s", w.Code, status())
		}
		f.advance(2 * time.Hour) // past the cooldown: a new request mails a new link
		f.post("/subscribe", "10.0.0.9", form("ban@example.com"))
		fresh := strings.TrimPrefix(f.link("ban@example.com"), "https://bantin.example")
		if fresh == old {
			t.Fatal("the new request mailed the old link")
		}
		if w := f.post(old, "10.0.0.1", nil); w.Code != http.StatusBadRequest || status() != model.StatusPending {
			t.Fatalf("old link after a new request: %d, status %s; want 400, still pending", w.Code, status())
		}
		if w := f.post(fresh, "10.0.0.1", nil); w.Code != 200 || status() != model.StatusActive {
			t.Fatalf("new link: %d, status %s", w.Code, status())
		}
	})
}

// TestSubscribeSameAnswerForEveryone: the form's answer is byte for byte
// the same for a new, a pending, an active and an unsubscribed address
// (the request is recorded after the answer: see requestInBackground).
func TestSubscribeSameAnswerForEveryone(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newSubFixture(t, st)
		for addr, status := range map[string]string{"pending@example.com": model.StatusPending,
			"active@example.com": model.StatusActive, "left@example.com": model.StatusUnsubscribed} {
			if err := st.AddSubscriber(ctx, &model.Subscriber{Email: addr, Status: status}); err != nil {
				t.Fatal(err)
			}
		}
		var first string
		for i, addr := range []string{"new@example.com", "pending@example.com", "active@example.com", "left@example.com"} {
			w := f.post("/subscribe", "10.1.0."+string(rune('1'+i)), form(addr))
			body := strings.ReplaceAll(w.Body.String(), addr, "ADDR")
			if i == 0 {
				first = body
			}
			if w.Code != 200 || body != first {
				t.Errorf("%s: %d, same answer as a new address: %v", addr, w.Code, body == first)
			}
		}
		if s, _ := st.SubscriberByEmail(ctx, "new@example.com"); s.Status != model.StatusPending {
			t.Errorf("the new address was not recorded: %+v", s)
		}
		if f.sends != 3 {
			t.Errorf("%d confirmations, want 3 (not to the active address)", f.sends)
		}
	})
}
