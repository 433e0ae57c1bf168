package web

import (
	"net/http"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// A topic and province page links to the subscription form with its own
// selection, which the form shows checked; an unknown slug is a 400.
func TestSubscribeLinkPreselects(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	page := f.get("/topics/the-thao/provinces/ha-noi/").Body.String()
	const link = `href="/subscribe?province=ha-noi&amp;topic=the-thao"`
	if !strings.Contains(page, link) {
		t.Errorf("the page does not offer its own digest (%s)", link)
	}
	if home := f.get("/").Body.String(); !strings.Contains(home, `href="/subscribe"`) {
		t.Errorf("the front page's subscribe link should select nothing")
	}
	form := f.get("/subscribe?province=ha-noi&topic=the-thao").Body.String()
	for _, want := range []string{`value="the-thao" checked`, `value="ha-noi" checked`} {
		if !strings.Contains(form, want) {
			t.Errorf("the form lacks %q", want)
		}
	}
	if n := strings.Count(form, " checked>"); n != 2 {
		t.Errorf("%d boxes checked, want 2", n)
	}
	if w := f.get("/subscribe?topic=bong-da"); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "bong-da") {
		t.Errorf("unknown topic: %d %s", w.Code, w.Body)
	}
}
