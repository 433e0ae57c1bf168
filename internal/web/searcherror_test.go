package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// A search the box cannot run (punctuation only, too long) is told next to
// the search box, with what was typed kept, not on the "Địa chỉ không hợp
// lệ" error page without a box; a bad filter beside it keeps that page.
func TestSearchErrorKeepsTheBox(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct{ q, says string }{
		{"???", "Từ khóa tìm kiếm không có chữ hay số nào"},
		{strings.Repeat("đ", 201), "Từ khóa tìm kiếm dài quá 200 ký tự"},
	} {
		w := f.do(http.MethodGet, "/search?q="+url.QueryEscape(tt.q))
		body := w.Body.String()
		if w.Code != http.StatusBadRequest || !strings.Contains(body, `<p class="notice" role="alert" id="loi-tim"><strong>`+tt.says) ||
			!strings.Contains(body, `<input type="search" id="q" name="q" value="`+tt.q[:3]) || strings.Contains(body, "Địa chỉ không hợp lệ") ||
			w.Header().Get("Cache-Control") != "no-store" {
			t.Errorf("q=%.20s: %d %q\n%s", tt.q, w.Code, w.Header().Get("Cache-Control"), body)
		}
	}
	if w := f.do(http.MethodGet, "/search?q=x&province=atlantis"); w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), "Địa chỉ không hợp lệ") {
		t.Errorf("unknown province beside a search: %d", w.Code)
	}
}
