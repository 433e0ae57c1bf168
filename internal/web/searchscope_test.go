package web

import (
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// A search page filtered by topic or province (as a search feed's "open
// website" link opens it) names its filter, keeps it when the visitor
// searches again from its box, and links the same words searched
// everywhere; an unfiltered search page carries no filter.
func TestSearchPageKeepsItsScope(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	body := f.get(t, "/search?q=cao+toc&province=ha-noi&topic=giao-thong,kinh-te").Body.String()
	for _, want := range []string{
		`<input type="hidden" name="topic" value="giao-thong,kinh-te">`,
		`<input type="hidden" name="province" value="ha-noi">`,
		`Chỉ tìm trong Giao thông – Hạ tầng, Kinh tế · Hà Nội. <a href="/search?q=cao&#43;toc">Tìm trong mọi tin</a>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("filtered search: want %s in\n%s", want, body)
		}
	}
	if body := f.get(t, "/search?q=cao+toc").Body.String(); strings.Contains(body, `type="hidden"`) || strings.Contains(body, "Chỉ tìm trong") {
		t.Errorf("unfiltered search carries a filter:\n%s", body)
	}
}
