package web

import (
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// A former province's page (a visitor may arrive from an old link or a
// search engine) says which current unit it is now part of and links that
// unit's page, keeping a topic; a current unit's page does not.
func TestFormerProvincePageLinksItsSuccessor(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	for _, tt := range []struct{ path, want string }{
		{"/provinces/bac-kan/", `<p class="meta">Nay thuộc <a href="/provinces/thai-nguyen/">Thái Nguyên</a>: trang Thái Nguyên gồm cả tin của tỉnh cũ này.</p>`},
		{"/topics/nong-nghiep/provinces/bac-kan/", `Nay thuộc <a href="/topics/nong-nghiep/provinces/thai-nguyen/">Thái Nguyên</a>`},
		{"/provinces/thua-thien-hue/", `Nay thuộc <a href="/provinces/hue/">Huế</a>`},
		{"/provinces/thai-nguyen/", ""},
	} {
		body := f.get(t, tt.path).Body.String()
		if tt.want == "" && strings.Contains(body, "Nay thuộc") || tt.want != "" && !strings.Contains(body, tt.want) {
			t.Errorf("%s: want %q in\n%s", tt.path, tt.want, body)
		}
	}
}
