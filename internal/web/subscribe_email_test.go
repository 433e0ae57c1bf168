package web

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store/storetest"
)

func TestNormalizeEmail(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want "" means refused
		unicode  bool   // refused for a non-ASCII local part
	}{
		{"Ban@Example.com", "ban@example.com", false},
		{"  ban@example.com ", "ban@example.com", false},
		{"user@ví-dụ.vn", "user@xn--v-d-rma6749a.vn", false},
		{"user@VÍ-DỤ.VN", "user@xn--v-d-rma6749a.vn", false},
		{"user@bộ-giáo-dục.việtnam", "user@xn--b-gio-dc-cza0387e8da.xn--vitnam-jk8b", false},
		{"user@ví-dụ。vn", "user@xn--v-d-rma6749a.vn", false},
		{"người-dùng@ví-dụ.vn", "", true},
		{"người-dùng@example.com", "", true},
		{"ban\u00a0@example.com", "", true},
		{"user@ví dụ.vn", "", false},
		{"user@ví\u202edụ.vn", "", false},
		{"user@xn--.vn", "", false},
		{"user@-ví.vn", "", false},
		{"user@vn", "", false},
		{"Bạn <ban@example.com>", "", false},
		{"ban@example.com\r\nBcc: x@example.com", "", false},
		{"ban@[127.0.0.1]", "", false},
		{"\"ban\"@example.com", "", false},
		{"ban@example.com,x@example.com", "", false},
		{"", "", false},
		{"ban@" + strings.Repeat("ví", 120) + ".vn", "", false},
		{"\xff@example.com", "", false},
	} { // A-labels as Python's punycode codec writes them
		got, err := NormalizeEmail(tc.in)
		var ae *AddressError
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("NormalizeEmail(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if err != nil && (!errors.As(err, &ae) || !errors.Is(err, model.ErrInvalid) || ae.Unicode != tc.unicode || ae.English == "") {
			t.Errorf("NormalizeEmail(%q): error %#v, want an *AddressError wrapping ErrInvalid, Unicode %v", tc.in, err, tc.unicode)
		}
	}
}

// TestSubscribeInternationalAddress: the form takes a Unicode domain (the
// confirmation goes to its ASCII form) and says in Vietnamese why a
// Unicode local part cannot be used.
func TestSubscribeInternationalAddress(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	w := f.post("/subscribe", "192.0.2.7", form("người-dùng@ví-dụ.vn"))
	if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "ký tự ngoài bảng ASCII trước dấu @") ||
		!strings.Contains(w.Body.String(), `value="người-dùng@ví-dụ.vn"`) {
		t.Errorf("Unicode local part: %d\n%s", w.Code, w.Body)
	}
	const ascii, shown = "user@xn--v-d-rma6749a.vn", "user@ví-dụ.vn"
	// Every page shows the address as the visitor reads it: the Unicode
	// domain, never its A-label, which is what is stored and mailed.
	page := func(what string, w *httptest.ResponseRecorder) {
		t.Helper()
		if body := w.Body.String(); w.Code != http.StatusOK || !strings.Contains(body, "<strong>"+shown+"</strong>") || strings.Contains(body, "xn--") {
			t.Errorf("%s: %d, want %s and no A-label:\n%s", what, w.Code, shown, body)
		}
	}
	page("subscribed", f.post("/subscribe", "192.0.2.7", form("User@Ví-Dụ.vn")))
	confirm := strings.TrimPrefix(f.link(ascii), "https://bantin.example")
	if confirm == "" {
		t.Fatalf("no confirmation for %s: %v", ascii, f.links)
	}
	page("confirmation", f.get(confirm))
	page("confirmed", f.post(confirm, "192.0.2.7", nil))
	sub, err := f.st.SubscriberByEmail(t.Context(), ascii)
	if err != nil {
		t.Fatal(err)
	}
	page("preferences", f.get(strings.TrimPrefix(f.subs.Links.Preferences(sub.ID, sub.Email), "https://bantin.example")))
	unsub := strings.TrimPrefix(f.subs.Links.Unsubscribe(sub.ID, sub.Email), "https://bantin.example")
	page("unsubscribe", f.get(unsub))
	page("unsubscribed", f.post(unsub, "192.0.2.7", nil))
}

func TestDisplayEmail(t *testing.T) {
	for in, want := range map[string]string{
		"user@xn--v-d-rma6749a.vn":                      "user@ví-dụ.vn",
		"user@xn--b-gio-dc-cza0387e8da.xn--vitnam-jk8b": "user@bộ-giáo-dục.việtnam",
		"user@example.com":                              "user@example.com",
		"user@xn--.vn":                                  "user@xn--.vn", // not an A-label: as it is
		"xn--v-d-rma6749a.vn":                           "xn--v-d-rma6749a.vn",
	} {
		if got := DisplayEmail(in); got != want {
			t.Errorf("DisplayEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

// An address as a mail app copies it, with a name ("Nguyễn Văn A
// <ban@example.com>"), is refused naming the bare address to give instead
// (it said only "it holds a space or control character"); a header
// smuggled after it gets no such guess.
func TestNormalizeEmailNamesBareAddress(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Nguyễn Văn A <nva@example.com>", "nva@example.com"},
		{"<ban@example.com>", "ban@example.com"},
		{`"Ban" <Ban@Example.com>`, "Ban@Example.com"},
		{"Ban <a@example.com>, <b@example.com>", ""},
		{"x <ban@example.com\r\nBcc: y@example.com>", ""},
		{"x <ban@example.com> y", ""},
		{"x <not an address>", ""},
		// What is named must be an address: no bidi override, DEL, C1
		// control or byte that is not UTF-8 echoed to a terminal or a page.
		{"x <ban\u202e@example.com>", ""},
		{"x <ban\x7f@example.com>", ""},
		{"x <ban\u009b31m@example.com>", ""},
		{"x <ban\x9b@example.com>", ""},
		// Copied from the end of a sentence: the address without the dot.
		{"ban.tin@gmail.com.", "ban.tin@gmail.com"},
	} {
		_, err := NormalizeEmail(tc.in)
		var ae *AddressError
		if !errors.As(err, &ae) {
			t.Fatalf("NormalizeEmail(%q): %v, want an *AddressError", tc.in, err)
		}
		named := strings.Contains(ae.English, "want the bare address "+tc.want+",") && strings.Contains(ae.Vietnamese, "không kèm tên: "+tc.want) ||
			strings.Contains(ae.English, "it ends with a dot: "+tc.want+"?") && strings.Contains(ae.Vietnamese, "có dấu chấm ở cuối: "+tc.want+"?")
		if tc.want != "" && !named || tc.want == "" && strings.Contains(ae.English, "bare address ") && strings.Contains(ae.English, "without the name") {
			t.Errorf("NormalizeEmail(%q): %q / %q, want the bare address %q named", tc.in, ae.English, ae.Vietnamese, tc.want)
		}
	}
}

// TestNormalizeEmailTrailingDotsOnce: an address followed by many dots
// (the subscribe form takes 16 KB) is refused after one look at its last
// dot, not one call a dot (16,000 nested calls, each scanning the rest:
// about half a second of a server's CPU per post). Counted in
// allocations, which grew with every dot.
func TestNormalizeEmailTrailingDotsOnce(t *testing.T) {
	s := "ban@example.vn" + strings.Repeat(".", 2000)
	if _, err := NormalizeEmail(s); err == nil {
		t.Fatal("an address with 2000 dots after it accepted")
	}
	if n := testing.AllocsPerRun(3, func() { _, _ = NormalizeEmail(s) }); n > 20 {
		t.Errorf("NormalizeEmail of an address and 2000 dots: %.0f allocations, want a few", n)
	}
	if _, err := NormalizeEmail("ban.tin@gmail.com.."); err == nil || strings.Contains(err.Error(), "dấu chấm ở cuối") {
		t.Errorf("two dots after an address: %v, want it refused without the one-dot guess", err)
	}
}
