package web

import (
	"net/http"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestPageNotFoundSuggests: a topic or province page whose slug is a
// known short form, a spelling without dashes or diacritics, the name
// as pages show it, or (a topic) a common word for it stays a 404 (a guess is no redirect) and links to the
// page it most likely meant, every guessable slug of the address replaced
// and the query kept; an unknown slug links nowhere; what the address
// carries is escaped, in the message and in the link.
func TestPageNotFoundSuggests(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tc := range []struct {
		path, link string // link: the suggestion's <a>, "" for none
		not        []string
	}{
		{"/provinces/hanoi/", `Có phải <a href="/provinces/ha-noi/">Hà Nội</a>?`, nil},
		{"/provinces/saigon/", `Có phải <a href="/provinces/ho-chi-minh/">TP. Hồ Chí Minh</a>?`, nil},
		{"/provinces/binhduong/", `Có phải <a href="/provinces/binh-duong/">Bình Dương</a>?`, nil}, // a former province's page
		{"/topics/thethao/", `Có phải <a href="/topics/the-thao/">Thể thao</a>?`, nil},
		{"/topics/suc-khoe/?from=2026-11-01", `Có phải <a href="/topics/y-te/?from=2026-11-01">Y tế – Sức khỏe</a>?`, nil},
		{"/topics/the-thao/provinces/hanoi/", `<a href="/topics/the-thao/provinces/ha-noi/">Hà Nội</a>`, nil},
		{"/topics/thethao/provinces/hanoi/", `<a href="/topics/the-thao/provinces/ha-noi/">Thể thao</a>`, nil},
		// A common word for a topic (topicSynonyms), written as a slug, without
		// dashes or with diacritics.
		{"/topics/bong-da/", `Có phải <a href="/topics/the-thao/">Thể thao</a>?`, nil},
		{"/topics/bongda/", `Có phải <a href="/topics/the-thao/">Thể thao</a>?`, nil},
		{"/topics/B%C3%B3ng%20%C4%91%C3%A1/", `Có phải <a href="/topics/the-thao/">Thể thao</a>?`, nil},
		{"/topics/chung-khoan/provinces/hanoi/", `<a href="/topics/kinh-te/provinces/ha-noi/">Kinh tế</a>`, nil},
		{"/topics/quan-su/", `Có phải <a href="/topics/quoc-phong-an-ninh/">Quốc phòng – An ninh</a>?`, nil},
		{"/topics/bong-ro-x/", "", nil},
		{"/topics/thethao/provinces/atlantis/", "", nil},
		{"/provinces/atlantis/", "", nil},
		{"/provinces/%3Cscript%3Ehanoi/", "", []string{"<script>hanoi"}},
		{"/provinces/hanoi/?x=%22%3E%3Cb%3E", `<a href="/provinces/ha-noi/?x=%22%3E%3Cb%3E">Hà Nội</a>`, []string{`"><b>`}},
	} {
		w := f.do(http.MethodGet, tc.path)
		body := w.Body.String()
		if w.Code != http.StatusNotFound || w.Header().Get("Location") != "" {
			t.Errorf("%s: %d %v, want a 404", tc.path, w.Code, w.Header())
		}
		if tc.link != "" && !strings.Contains(body, tc.link) {
			t.Errorf("%s: no %s in\n%s", tc.path, tc.link, body)
		}
		if tc.link == "" && strings.Contains(body, "Có phải") {
			t.Errorf("%s: a suggestion for an unknown slug:\n%s", tc.path, body)
		}
		for _, n := range tc.not {
			if strings.Contains(body, n) {
				t.Errorf("%s: %q unescaped", tc.path, n)
			}
		}
	}
}
