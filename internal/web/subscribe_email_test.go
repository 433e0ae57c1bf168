package web

import (
	"errors"
	"net/http"
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
	if w := f.post("/subscribe", "192.0.2.7", form("User@Ví-Dụ.vn")); w.Code != http.StatusOK {
		t.Fatalf("Unicode domain: %d\n%s", w.Code, w.Body)
	}
	if f.link("user@xn--v-d-rma6749a.vn") == "" {
		t.Errorf("no confirmation for user@xn--v-d-rma6749a.vn: %v", f.links)
	}
}
