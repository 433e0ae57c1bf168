package web

import (
	"regexp"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A page shared in a chat app or on a social network shows a preview from
// its Open Graph tags: its heading, its description and a picture (the
// story's, else the site's icon at an absolute URL), in Vietnamese; a story
// page describes the story by its outlets and its central report's summary.
func TestPagesLinkPreview(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{BaseURL: testBase + "/tin"})
		m := regexp.MustCompile(`Khởi công cao tốc ở Hà Nội</a></h3>\n<p class="meta">[^\n]*href="/tin(/stories/\d+)"`).FindStringSubmatch(f.get(t, "/tin/").Body.String())
		if m == nil {
			t.Fatal("the front page has no story link for the fixture's article")
		}
		story := m[1]
		for _, tt := range []struct {
			path string
			want []string
		}{
			{"/tin/", []string{
				`<meta property="og:site_name" content="Bản tin">`,
				`<meta property="og:locale" content="vi_VN">`,
				`<meta property="og:type" content="website">`,
				`<meta property="og:title" content="Bản tin">`,
				`<meta property="og:description" content="Tin tức báo chí Việt Nam:`,
				`<meta property="og:image" content="https://bantin.example/tin/static/icon.png?v=`,
				`<meta name="twitter:card" content="summary">`,
			}},
			{"/tin/provinces/bac-kan/", []string{
				`<meta property="og:title" content="Bắc Kạn (cũ)">`,
				`<meta property="og:description" content="Tin mới nhất: Bắc Kạn (cũ), từ báo chí Việt Nam.">`,
			}},
			{"/tin" + story, []string{
				`<meta property="og:type" content="article">`,
				`<meta property="og:title" content="Khởi công cao tốc ở Hà Nội">`,
				`<meta name="description" content="1 nguồn đưa tin. Tóm tắt: Khởi công cao tốc ở Hà Nội">`,
				`<meta property="og:description" content="1 nguồn đưa tin. Tóm tắt: Khởi công cao tốc ở Hà Nội">`,
				`<meta property="og:image" content="https://bao.example.vn/a4.jpg">`,
				`<meta name="twitter:card" content="summary_large_image">`,
			}},
			{"/tin/khong-co", []string{`<meta property="og:title" content="Không có trang này">`}},
		} {
			body := f.do("GET", tt.path).Body.String() // the 404 too
			head, _, _ := strings.Cut(body, "</head>")
			for _, w := range tt.want {
				if !strings.Contains(head, w) {
					t.Errorf("%s: head lacks %s\n%s", tt.path, w, head)
				}
			}
		}
	})
}

func TestStoryDescription(t *testing.T) {
	long := strings.Repeat("Mưa lớn kéo dài gây ngập ", 20)
	for _, tt := range []struct {
		name    string
		outlets int
		summary string
		want    string
	}{
		{"no summary", 3, "", "3 nguồn đưa tin."},
		{"a summary", 2, "Cầu mới thông xe.", "2 nguồn đưa tin. Cầu mới thông xe."},
		{"a long summary is cut at a word", 5, long, "5 nguồn đưa tin. " + shorten(long, storyDescriptionRunes)},
	} {
		a := art("x", "Tiêu đề", t0, nil)
		a.Summary = tt.summary
		if got := storyDescription(tt.outlets, &a); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
