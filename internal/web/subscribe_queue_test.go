package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

// Requests from many clients while the mail is stuck: each is answered at
// once, but at most maxBackgroundRequests wait in the background (16
// mailing, the rest for a slot); the others are dropped, not queued
// without end. Once the mail flows again the kept ones are recorded.
func TestSubscriptionRequestsWaitingAreBounded(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	release := make(chan struct{})
	f.subs.SendConfirmation = func(ctx context.Context, _ model.Subscriber, _ string) error {
		select {
		case <-release:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	const clients = maxBackgroundRequests + 100
	for i := range clients {
		form := url.Values{"email": {fmt.Sprintf("ban%d@example.com", i)}}
		r := httptest.NewRequest(http.MethodPost, "/subscribe", strings.NewReader(form.Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.RemoteAddr = fmt.Sprintf("10.%d.%d.1:5555", i/256, i%256) // one bucket of the rate limit each
		w := httptest.NewRecorder()
		f.srv.Handler().ServeHTTP(w, r)
		if w.Code != http.StatusOK {
			t.Fatalf("request %d: %d", i, w.Code)
		}
	}
	if n := f.subs.background.Load(); n != maxBackgroundRequests {
		t.Errorf("%d requests in the background after %d clients; want the cap, %d", n, clients, maxBackgroundRequests)
	}
	close(release)
	f.subs.Wait()
	subs, err := f.st.Subscribers(t.Context(), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != maxBackgroundRequests {
		t.Errorf("%d requests recorded, want the %d kept", len(subs), maxBackgroundRequests)
	}
}
