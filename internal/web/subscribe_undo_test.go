package web

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestUnsubscribeUndo: the page an unsubscribe ends on, the unsubscribe
// link opened again and the preferences page of the address carry a "Đăng ký lại" button that makes the address
// active again at once with the topics and provinces it had (uxqa23: the
// link led to the blank form, whose confirmation mail is held back for an
// hour after the last one); a bounced address is sent to the form instead.
func TestUnsubscribeUndo(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newSubFixture(t, st)
		sub := model.Subscriber{Email: "ban@example.com", Status: model.StatusActive, Topics: []string{"y-te"}, Provinces: []string{"bac-kan"}}
		if err := st.AddSubscriber(ctx, &sub); err != nil {
			t.Fatal(err)
		}
		unsub := strings.TrimPrefix(f.subs.Links.Unsubscribe(sub.ID, sub.Email), "https://bantin.example")
		undo := url.Values{undoField: {"1"}}
		prefs := strings.TrimPrefix(f.subs.Links.Preferences(sub.ID, sub.Email), "https://bantin.example")
		for _, page := range []string{"done", "unsubscribe link", "preferences"} {
			w := f.post(unsub, "10.0.0.1", nil)
			switch page {
			case "unsubscribe link": // opened again after the unsubscribe
				w = f.get(unsub)
			case "preferences":
				w = f.get(prefs)
			}
			if got, _ := st.Subscriber(ctx, sub.ID); got.Status != model.StatusUnsubscribed {
				t.Fatalf("%s: status %s after unsubscribing", page, got.Status)
			}
			body := w.Body.String()
			if w.Code != 200 || !strings.Contains(body, `name="undo"`) || actionRE.FindStringSubmatch(body)[1] != unsub {
				t.Fatalf("%s: no undo button posting to the link: %d\n%s", page, w.Code, body)
			}
			w = f.post(unsub, "10.0.0.1", undo)
			got, _ := st.Subscriber(ctx, sub.ID)
			if w.Code != 200 || !strings.Contains(w.Body.String(), "Cảm ơn") || got.Status != model.StatusActive ||
				got.Topics[0] != "y-te" || got.Provinces[0] != "bac-kan" {
				t.Fatalf("%s: undo: %d, %+v\n%s", page, w.Code, got, w.Body)
			}
		}
		if err := st.SetSubscriberStatus(ctx, sub.ID, model.StatusBounced); err != nil {
			t.Fatal(err)
		}
		w := f.post(unsub, "10.0.0.1", undo)
		if got, _ := st.Subscriber(ctx, sub.ID); got.Status != model.StatusBounced || !strings.Contains(w.Body.String(), "biểu mẫu") {
			t.Errorf("undo of a bounced address: %s, %d\n%s", got.Status, w.Code, w.Body)
		}
	})
}
