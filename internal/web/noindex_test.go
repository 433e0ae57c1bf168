package web

import (
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// The pages of a signed link and the form's answer show the subscriber's
// address: search engines are told not to index them; the public form is
// left indexable.
func TestAddressPagesAreNotIndexed(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	if h := f.get("/subscribe").Header().Get("X-Robots-Tag"); h != "" {
		t.Errorf("/subscribe: X-Robots-Tag %q", h)
	}
	w := f.post("/subscribe", "10.0.0.1", form("ban@example.com", "topic", "y-te"))
	if h := w.Header().Get("X-Robots-Tag"); h != "noindex, nofollow" {
		t.Errorf("the form's answer: X-Robots-Tag %q", h)
	}
	confirm := strings.TrimPrefix(f.link("ban@example.com"), "https://bantin.example")
	if w := f.get(confirm); w.Code != 200 || w.Header().Get("X-Robots-Tag") != "noindex, nofollow" {
		t.Errorf("%s: %d, X-Robots-Tag %q", confirm, w.Code, w.Header().Get("X-Robots-Tag"))
	}
}
