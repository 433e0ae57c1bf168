package web

import (
	"net/http"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

func TestPrefersVietnamese(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   bool
	}{
		{"", false},
		{"vi", true},
		{"vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", true},
		{"VI-vn", true},
		{"en-US,en;q=0.9,vi;q=0.8", false},
		{"en;q=0.5, vi;q=0.8", true},
		{"vi;q=0, en", false},
		{"fr, vi", false},
		{"view", false},
		{"*", false},
		{"vi;q=abc", true}, // a bad weight counts as 1
	} {
		r, _ := http.NewRequest(http.MethodGet, "/", nil)
		if tt.header != "" {
			r.Header.Set("Accept-Language", tt.header)
		}
		if got := prefersVietnamese(r); got != tt.want {
			t.Errorf("Accept-Language %q: %v, want %v", tt.header, got, tt.want)
		}
	}
}

// A feed's error is in Vietnamese for a client that prefers it (the
// widget asks for vi: a visitor of the embedding page reads it), and in
// English for the rest (feed readers, curl, the operator), each naming
// the valid values.
func TestFeedErrorsInVietnamese(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct {
		target string
		status int
		vi, en []string
	}{
		{"/feed.json?topic=bong-da", 400, []string{"Không có chủ đề “bong-da”", "Các chủ đề: xay-dung-dang, ", "the-thao"}, []string{`unknown topic "bong-da"`}},
		{"/feed.json?province=atlantis", 400, []string{"Không có tỉnh, thành phố “atlantis”", "thai-nguyen", "tỉnh cũ: ", "bac-kan"}, []string{`unknown province "atlantis"`}},
		{"/provinces/sai-gon/feed.atom", 404, []string{"Không có tỉnh, thành phố “sai-gon”. Có phải “ho-chi-minh”?", "ho-chi-minh"}, []string{`unknown province "sai-gon"`}},
		{"/topics/bong-da/feed.rss", 404, []string{"Không có chủ đề “bong-da”"}, []string{`unknown topic "bong-da"`}},
		{"/feed.json?limit=0", 400, []string{"Limit phải là một số nguyên từ 1 tới 200"}, []string{"limit must be"}},
		{"/feed.json?q=*", 400, []string{"Từ khóa tìm kiếm không có chữ hay số nào"}, []string{"q has no word"}},
		{"/feed.json?source=999", 400, []string{"Không có nguồn tin số 999", "Báo Thái Nguyên"}, []string{"unknown source 999"}},
	} {
		vi := f.do(http.MethodGet, tt.target, "Accept-Language: vi")
		en := f.do(http.MethodGet, tt.target, "Accept-Language: en-US,en;q=0.9")
		for _, c := range []struct {
			lang string
			got  string
			code int
			want []string
		}{{"vi", vi.Body.String(), vi.Code, tt.vi}, {"en", en.Body.String(), en.Code, tt.en}} {
			if c.code != tt.status {
				t.Errorf("%s (%s): status %d, want %d", tt.target, c.lang, c.code, tt.status)
			}
			for _, w := range c.want {
				if !strings.Contains(c.got, w) {
					t.Errorf("%s (%s): %q lacks %q", tt.target, c.lang, c.got, w)
				}
			}
		}
		if v := vi.Header().Values("Vary"); !strings.Contains(strings.Join(v, ","), "Accept-Language") {
			t.Errorf("%s: Vary %q lacks Accept-Language", tt.target, v)
		}
	}
}
