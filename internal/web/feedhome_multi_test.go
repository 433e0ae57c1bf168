package web

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A feed of several topics or provinces links, as its website (RSS
// <link>, Atom rel="alternate", JSON Feed home_page_url), the page that
// lists that selection, and that page lists it and offers that feed back;
// a feed of one source links the front page, as no page lists one source.
func TestFeedHomeOfSeveralTags(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		src := strconv.FormatInt(f.src[0], 10)
		for _, tt := range []struct {
			feed, home string
			page       []string // in the home page's body
		}{
			{"/feed.json?topic=the-thao,nong-nghiep", "/topics/nong-nghiep/?topic=the-thao",
				[]string{"Bóng đá V-League", "Lúa mùa ở Bắc Kạn", testBase + "/feed.rss?topic=nong-nghiep,the-thao"}},
			{"/feed.json?province=hue,ha-noi", "/provinces/ha-noi/?province=hue",
				[]string{"Du lịch Huế mùa thu", "Khởi công cao tốc ở Hà Nội", testBase + "/feed.rss?province=ha-noi,hue"}},
			{"/feed.json?source=" + src, "/", nil},
		} {
			var jf struct {
				Home string `json:"home_page_url"`
			}
			if err := json.Unmarshal(f.get(t, tt.feed).Body.Bytes(), &jf); err != nil || jf.Home != testBase+tt.home {
				t.Errorf("%s: home_page_url %q (%v), want %q", tt.feed, jf.Home, err, testBase+tt.home)
			}
			rss := strings.Replace(tt.feed, ".json", ".rss", 1)
			if m := regexp.MustCompile(`<channel>[\s\S]*?<link>([^<]+)</link>`).FindStringSubmatch(f.get(t, rss).Body.String()); m == nil || m[1] != testBase+tt.home {
				t.Errorf("%s: <link> %v, want %q", rss, m, testBase+tt.home)
			}
			atom := strings.Replace(tt.feed, ".json", ".atom", 1)
			if body := f.get(t, atom).Body.String(); !strings.Contains(body, `<link href="`+testBase+tt.home+`" rel="alternate"`) {
				t.Errorf("%s: want rel=alternate %q:\n%s", atom, testBase+tt.home, body)
			}
			if tt.page == nil {
				continue
			}
			rec := f.get(t, tt.home)
			body := rec.Body.String()
			for _, want := range tt.page {
				if rec.Code != 200 || !strings.Contains(body, want) {
					t.Errorf("%s: %d, want %q in:\n%s", tt.home, rec.Code, want, body)
				}
			}
		}
	})
}
