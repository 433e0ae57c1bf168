package web

import (
	"net/url"
	"strconv"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSubscribePagesSayTheSendDay: the form and the confirmation page name
// the day the digest goes out (BANTIN_DIGEST_SCHEDULE), Monday morning by
// default.
func TestSubscribePagesSayTheSendDay(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		for i, tt := range []struct{ sendsOn, want string }{
			{"", "sáng thứ Hai"},
			{"tối thứ Sáu", "tối thứ Sáu"},
		} {
			f := newSubFixture(t, st)
			f.subs.SendsOn = tt.sendsOn
			if body := f.get("/subscribe").Body.String(); !strings.Contains(body, "Mỗi "+tt.want+",") {
				t.Errorf("%q: the form does not say %q", tt.sendsOn, tt.want)
			}
			addr := "lich" + strconv.Itoa(i) + "@example.com"
			f.post("/subscribe", "10.0.0.9", form(addr, "topic", "kinh-te"))
			link, err := url.Parse(f.link(addr))
			if err != nil || link.Path == "" {
				t.Fatalf("no confirmation link for %s", addr)
			}
			done := f.post(link.Path, "10.0.0.9", url.Values{}).Body.String()
			if !strings.Contains(done, "vào mỗi "+tt.want+".") {
				t.Errorf("%q: the confirmation page does not say %q:\n%s", tt.sendsOn, tt.want, done)
			}
		}
	})
}
