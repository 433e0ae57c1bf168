package web

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// jsonFeed is the part of a JSON Feed the tests read.
type jsonFeed struct {
	Title   string `json:"title"`
	FeedURL string `json:"feed_url"`
	Hubs    []any  `json:"hubs"`
	Items   []struct {
		Title string `json:"title"`
	} `json:"items"`
}

func readJSONFeed(t *testing.T, body []byte) jsonFeed {
	t.Helper()
	var jf jsonFeed
	if err := json.Unmarshal(body, &jf); err != nil {
		t.Fatalf("bad JSON feed: %v\n%s", err, body)
	}
	return jf
}

// keys maps item titles back to fixture keys (a1…a5, x for others).
func keys(jf jsonFeed) []string {
	byTitle := map[string]string{}
	tn, vne := fixtureArticles()
	for _, a := range append(tn, vne...) {
		byTitle[a.Title] = a.Key
	}
	var out []string
	for _, it := range jf.Items {
		k, ok := byTitle[it.Title]
		if !ok {
			k = it.Title
		}
		out = append(out, k)
	}
	return out
}

func TestFeedFilters(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		src1 := strconv.FormatInt(f.src[0], 10)
		tests := []struct {
			target, self string
			want         []string
		}{
			{"/feed.json", "/feed.json", []string{"a5", "a4", "a3", "a2", "a1"}},
			{"/feed.json?topic=chinh-tri", "/topics/chinh-tri/feed.json", []string{"a1"}},
			{"/feed.json?topic=the-thao,nong-nghiep", "/feed.json?topic=nong-nghiep,the-thao", []string{"a3", "a2"}},
			{"/feed.json?topic=the-thao&topic=nong-nghiep&topic=the-thao", "/feed.json?topic=nong-nghiep,the-thao", []string{"a3", "a2"}},
			{"/feed.json?province=thai-nguyen", "/provinces/thai-nguyen/feed.json", []string{"a2", "a1"}},
			{"/feed.json?province=bac-kan", "/provinces/bac-kan/feed.json", []string{"a2"}},
			{"/feed.json?province=hue", "/provinces/hue/feed.json", []string{"a5"}},
			{"/feed.json?province=thua-thien-hue", "/provinces/thua-thien-hue/feed.json", []string{"a5"}},
			{"/feed.json?province=ha-noi,bac-kan", "/feed.json?province=bac-kan,ha-noi", []string{"a4", "a2"}},
			{"/feed.json?province=ca-mau", "/provinces/ca-mau/feed.json", nil},
			{"/feed.json?topic=xay-dung-dang&province=thai-nguyen", "/topics/xay-dung-dang/provinces/thai-nguyen/feed.json", []string{"a1"}},
			{"/feed.json?topic=nong-nghiep&province=thai-nguyen", "/topics/nong-nghiep/provinces/thai-nguyen/feed.json", []string{"a2"}},
			{"/feed.json?topic=xay-dung-dang&province=bac-kan", "/topics/xay-dung-dang/provinces/bac-kan/feed.json", nil},
			{"/feed.json?source=" + src1, "/feed.json?source=" + src1, []string{"a2", "a1"}},
			{"/feed.json?source=" + src1 + "&province=bac-kan", "/feed.json?province=bac-kan&source=" + src1, []string{"a2"}},
			{"/feed.json?q=thai+nguyen", "/feed.json?q=thai+nguyen", []string{"a1"}},
			{"/feed.json?q=Th%C3%A1i%20Nguy%C3%AAn", "/feed.json?q=Th%C3%A1i+Nguy%C3%AAn", []string{"a1"}},
			{"/feed.json?q=b%C3%B3ng&topic=the-thao", "/feed.json?q=b%C3%B3ng&topic=the-thao", []string{"a3"}},
			{"/feed.json?limit=2", "/feed.json?limit=2", []string{"a5", "a4"}},
			{"/feed.json?limit=50&utm_source=x", "/feed.json", []string{"a5", "a4", "a3", "a2", "a1"}},
			{"/feed.json?topic=+Chinh-Tri+", "/topics/chinh-tri/feed.json", []string{"a1"}},
			// Readable aliases.
			{"/topics/the-thao/feed.json", "/topics/the-thao/feed.json", []string{"a3"}},
			{"/provinces/thai-nguyen/feed.json", "/provinces/thai-nguyen/feed.json", []string{"a2", "a1"}},
			{"/provinces/bac-kan/feed.json", "/provinces/bac-kan/feed.json", []string{"a2"}},
			{"/topics/xay-dung-dang/provinces/thai-nguyen/feed.json", "/topics/xay-dung-dang/provinces/thai-nguyen/feed.json", []string{"a1"}},
			{"/topics/nong-nghiep/provinces/bac-kan/feed.json", "/topics/nong-nghiep/provinces/bac-kan/feed.json", []string{"a2"}},
			{"/topics/nong-nghiep/feed.json?province=bac-kan", "/topics/nong-nghiep/provinces/bac-kan/feed.json", []string{"a2"}},
			{"/provinces/ha-noi/feed.json?limit=1", "/feed.json?limit=1&province=ha-noi", []string{"a4"}},
		}
		for _, tt := range tests {
			w := f.get(t, tt.target)
			jf := readJSONFeed(t, w.Body.Bytes())
			if got := keys(jf); !slices.Equal(got, tt.want) {
				t.Errorf("%s: items %v, want %v", tt.target, got, tt.want)
			}
			if jf.FeedURL != testBase+tt.self {
				t.Errorf("%s: feed_url %s, want %s", tt.target, jf.FeedURL, testBase+tt.self)
			}
		}
	})
}

func TestFeedFormatsAndSelfLinks(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		for _, tt := range []struct{ path, ctype, self string }{
			{"/topics/the-thao/feed.rss", "application/rss+xml; charset=utf-8",
				`<atom:link href="https://bantin.example/topics/the-thao/feed.rss" rel="self" type="application/rss+xml">`},
			{"/feed.atom?topic=the-thao", "application/atom+xml; charset=utf-8",
				`<link href="https://bantin.example/topics/the-thao/feed.atom" rel="self" type="application/atom+xml">`},
			{"/feed.json?topic=the-thao", "application/feed+json; charset=utf-8",
				`"feed_url":"https://bantin.example/topics/the-thao/feed.json"`},
		} {
			w := f.get(t, tt.path)
			if ct := w.Header().Get("Content-Type"); ct != tt.ctype {
				t.Errorf("%s: Content-Type %q, want %q", tt.path, ct, tt.ctype)
			}
			if body := strings.ReplaceAll(w.Body.String(), `": "`, `":"`); !strings.Contains(body, tt.self) {
				t.Errorf("%s: no self link %s in\n%s", tt.path, tt.self, body)
			}
			if cc := w.Header().Get("Cache-Control"); cc != "public, max-age=300" {
				t.Errorf("%s: Cache-Control %q", tt.path, cc)
			}
		}
	})
}

func TestFeedErrors(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		tests := []struct {
			method, target string
			status         int
			mentions       []string
		}{
			{"GET", "/topics/bong-da/feed.rss", 404, []string{`unknown topic "bong-da"`, "the-thao", "xay-dung-dang"}},
			{"GET", "/provinces/sai-gon/feed.atom", 404, []string{`unknown province "sai-gon" (did you mean "ho-chi-minh"?)`, "bac-kan"}},
			{"GET", "/feed.rss?province=tp-ho-chi-minh", 400, []string{`unknown province "tp-ho-chi-minh" (did you mean "ho-chi-minh"?)`}},
			{"GET", "/topics/the-thao/provinces/atlantis/feed.json", 404, []string{"atlantis", "thai-nguyen"}},
			{"GET", "/topics/the-thao/feed.txt", 404, nil}, // feed.xml is a redirect (TestGuessedFeedNamesRedirect)
			{"GET", "/feed.rss?topic=bong-da", 400, []string{`unknown topic "bong-da"`, "the-thao"}},
			{"GET", "/feed.rss?topic=the-thao,bong-da", 400, []string{"bong-da", "doi-song"}},
			{"GET", "/feed.json?province=bac-can", 400, []string{`unknown province "bac-can"`, "thai-nguyen", "bac-kan"}},
			{"GET", "/feed.json?limit=0", 400, []string{"limit", "1 to 200"}},
			{"GET", "/feed.json?limit=201", 400, []string{"limit", "1 to 200"}},
			{"GET", "/feed.json?limit=ten", 400, []string{"limit"}},
			{"GET", "/feed.json?source=abc", 400, []string{"source"}},
			{"GET", "/feed.json?source=999", 400, []string{"unknown source 999", "Báo Thái Nguyên", "VnExpress"}},
			{"GET", "/feed.json?q=" + strings.Repeat("a", 201), 400, []string{"q must be at most 200"}},
			{"GET", "/feed.json?q=%ff", 400, []string{"q must be UTF-8"}},
			{"GET", "/feed.json?q=*", 400, []string{"q has no word to search for"}},
			{"GET", "/feed.json?q=%00", 400, []string{"q has no word to search for"}},                     // control characters alone are no search
			{"GET", "/feed.json?q=%E2%80%8B", 400, []string{"q has no word to search for"}},               // nor is a zero-width space
			{"GET", "/search?q=%22%20-%20%22", 400, []string{"Từ khóa tìm kiếm không có chữ hay số nào"}}, // a page: in Vietnamese
			{"GET", "/feed.json?%zz", 400, []string{"malformed"}},
			{"POST", "/feed.rss", 405, []string{"GET or HEAD"}},
			{"GET", "/topics/bong-da/", 404, []string{"the-thao"}},
			{"GET", "/nowhere", 404, nil},
		}
		for _, tt := range tests {
			w := f.do(tt.method, tt.target)
			if w.Code != tt.status {
				t.Errorf("%s %s: status %d, want %d (%s)", tt.method, tt.target, w.Code, tt.status, w.Body)
				continue
			}
			for _, m := range tt.mentions {
				if !strings.Contains(w.Body.String(), m) {
					t.Errorf("%s %s: message %q does not mention %q", tt.method, tt.target, w.Body, m)
				}
			}
			if w.Header().Get("ETag") != "" || w.Header().Get("Cache-Control") == "public, max-age=300" {
				t.Errorf("%s %s: error response is cacheable: %v", tt.method, tt.target, w.Header())
			}
		}
		if w := f.do("POST", "/feed.rss"); w.Header().Get("Allow") != "GET, HEAD, OPTIONS" {
			t.Errorf("405 without Allow: %v", w.Header())
		}
		if w := f.do(http.MethodGet, "/feed.rss?topic=bong-da"); w.Code != 400 {
			t.Errorf("bad parameter twice: %d", w.Code)
		}
	})
}
