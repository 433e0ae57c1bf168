package web

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestPageDays: a list page with from and to shows every story of those
// days (in the display zone) for its filter, as a digest's "và N tin khác"
// link asks.
func TestPageDays(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		// a1 03:00Z (10:00 ICT) and a2 04:00Z on 20/11; an older one on 19/11.
		f.save(t, f.src[0], art("a0", "Hội nghị hôm trước ở Thái Nguyên", t0.Add(-20*time.Hour), []string{"chinh-tri"}, prov("thai-nguyen", "")))
		f.srv.Invalidate()
		for _, tc := range []struct {
			path string
			want []string
			not  []string
		}{
			{"/provinces/thai-nguyen/", []string{"Lúa mùa", "Ngành Tổ chức", "hôm trước"}, []string{" – 20/11/2026"}},
			// The page's feeds (without the days) are advertised by their own name.
			{"/provinces/thai-nguyen/?from=2026-11-20&to=2026-11-20", []string{"Lúa mùa", "Ngành Tổ chức", "20/11/2026 – 20/11/2026", `title="Thái Nguyên (RSS)"`},
				[]string{"hôm trước", "20/11/2026 (RSS)"}},
			{"/provinces/thai-nguyen/?from=2026-11-19&to=2026-11-19", []string{"hôm trước"}, []string{"Lúa mùa", "Ngành Tổ chức"}},
			{"/topics/chinh-tri/?province=thai-nguyen&from=2026-11-16&to=2026-11-22", []string{"Ngành Tổ chức", "hôm trước"}, []string{"Lúa mùa"}},
		} {
			body := f.get(t, tc.path).Body.String()
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("%s lacks %q", tc.path, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(body, n) {
					t.Errorf("%s shows %q", tc.path, n)
				}
			}
		}
		for _, bad := range []string{"?from=20-11-2026", "?to=x", "?from=2026-11-22&to=2026-11-20"} {
			if w := f.do(http.MethodGet, "/provinces/thai-nguyen/"+bad); w.Code != http.StatusBadRequest {
				t.Errorf("%s: %d, want 400", bad, w.Code)
			}
		}
	})
}

// TestPageNotFound: an unknown topic, province or story page is an HTML page in
// Vietnamese with a way back; the feeds keep their plain-text messages.
func TestPageNotFound(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for path, want := range map[string]string{
		"/topics/khong-co/":                     "Không có chủ đề “khong-co”.",
		"/provinces/atlantis/":                  "Không có tỉnh, thành phố “atlantis”.",
		"/topics/the-thao/provinces/atlantis/":  "Không có tỉnh, thành phố “atlantis”.",
		"/provinces/tp-ho-chi-minh/":            `Không có tỉnh, thành phố “tp-ho-chi-minh”. Có phải <a href="/provinces/ho-chi-minh/">TP. Hồ Chí Minh</a>?`,
		"/provinces/h%C3%A0-n%E1%BB%99i/":       `Không có tỉnh, thành phố “hà-nội”. Có phải <a href="/provinces/ha-noi/">Hà Nội</a>?`,
		"/provinces/thai-nguyen/?topic=bogus,x": "Tham số của địa chỉ không hợp lệ",
		// A story gone since a digest linked to it (its source removed).
		"/stories/987654": "Không còn tin này",
		"/stories/abc":    "Không còn tin này",
		// No route at all, and a search's bad filter (a search's words
		// that cannot be searched are told by its box: TestSearchErrorKeepsTheBox).
		"/khong-co":                 "Không có trang nào ở địa chỉ này",
		"/topics/the-thao/khong-co": "Không có trang nào ở địa chỉ này",
		"/search?q=lua&topic=bogus": "Tham số của địa chỉ không hợp lệ: không có chủ đề &#34;bogus&#34;",
		// The detail is in Vietnamese too, not the feeds' English.
		"/topics/kinh-te/?limit=abc":                     "limit phải là một số nguyên từ 1 tới 200",
		"/provinces/thai-nguyen/?from=xyz":               "from phải là một ngày như 2026-11-23",
		"/topics/kinh-te/?from=2026-01-02&to=2026-01-01": "ngày to (2026-01-01) ở trước ngày from (2026-01-02)",
	} {
		w := f.do(http.MethodGet, path)
		body := w.Body.String()
		if w.Code/100 != 4 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") ||
			!strings.Contains(body, want) || !strings.Contains(body, `<a href="/">Về trang chủ</a>`) || !strings.Contains(body, `lang="vi"`) {
			t.Errorf("%s: %d %s\n%s", path, w.Code, w.Header().Get("Content-Type"), body)
		}
	}
	if w := f.do(http.MethodHead, "/khong-co"); w.Code != http.StatusNotFound || w.Body.Len() != 0 {
		t.Errorf("HEAD of no page: %d %q", w.Code, w.Body)
	}
	// Other methods: as the mux alone answered.
	if w := f.do(http.MethodPost, "/feeds"); w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST /feeds: %d %v", w.Code, w.Header())
	}
	if w := f.do(http.MethodPost, "/khong-co"); w.Code != http.StatusNotFound || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") {
		t.Errorf("POST /khong-co: %d %v", w.Code, w.Header())
	}
	if w := f.do(http.MethodGet, "/topics"); w.Code/100 != 3 || w.Header().Get("Location") != "/topics/" {
		t.Errorf("GET /topics: %d %v", w.Code, w.Header())
	}
	w := f.do(http.MethodGet, "/topics/khong-co/feed.rss")
	if w.Code != http.StatusNotFound || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/plain") {
		t.Errorf("feed of an unknown topic: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
}
