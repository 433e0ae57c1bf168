package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"bantin/internal/model"
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
		// A story's feed (uxqa23: in English whatever the client asked).
		{"/stories/99999/feed.rss", 404, []string{"Không có câu chuyện số 99999"}, []string{"no story 99999"}},
		{"/feed.json?story=99999", 404, []string{"Không có câu chuyện số 99999"}, []string{"no story 99999"}},
		{"/stories/abc/feed.atom", 404, []string{"Không có câu chuyện “abc”", "số nguyên dương"}, []string{`no story "abc"`}},
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

// TestReadOnlyIs503: a write the database refuses for now (model.ErrReadOnly,
// a primary demoted under a running server) is a 503 with Retry-After,
// not a 500, in English and in Vietnamese; a domain error that is no
// outage stays what it was.
func TestReadOnlyIs503(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct {
		err        error
		status     int
		en, vi     string
		retryAfter bool
	}{
		{fmt.Errorf("store: confirm subscriber: %w: %w", model.ErrReadOnly, errors.New("SQLSTATE 25006")), 503,
			"the database refuses changes", "không ghi được dữ liệu", true},
		{fmt.Errorf("store: articles: %w", model.ErrUnavailable), 503, "cannot be reached", "không đọc được dữ liệu", true},
		{fmt.Errorf("store: source: %w", model.ErrNotFound), 404, "not found", "Không tìm thấy", false},
		{errors.New("boom"), 500, "internal server error", "gặp lỗi", false},
	} {
		h := f.srv.handle("feed", func(http.ResponseWriter, *http.Request) error { return tt.err })
		for lang, want := range map[string]string{"en": tt.en, "vi": tt.vi} {
			r := httptest.NewRequest(http.MethodPost, "/x", nil)
			r.Header.Set("Accept-Language", lang)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.status || !strings.Contains(w.Body.String(), want) || (w.Header().Get("Retry-After") != "") != tt.retryAfter {
				t.Errorf("%v (%s): %d %q, Retry-After %q; want %d %q", tt.err, lang, w.Code, w.Body, w.Header().Get("Retry-After"), tt.status, want)
			}
		}
	}
}
