package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"bantin/internal/model"
)

// The widget on a page of another origin (another port) with a strict
// Content-Security-Policy: stories in the list and cards layouts (a story
// of two outlets' reports once, with "2 nguồn" linking its page, and on a
// card its story's picture when the report shown has none; every report
// with per="report"; a forged feed's story link and count not trusted),
// the
// host's font and colours, the feed's 400 message (in Vietnamese) for an
// unknown province, two identical widgets sharing one request,
// hostile titles shown as text, a javascript: link replaced by the story's
// page on bantin (urlpolicy), a failed request told in Vietnamese, a
// right-to-left column of another language, a lead's long word wrapped,
// no layout shift,
// axe-core, a phone-sized viewport.
func TestBrowserWidget(t *testing.T) {
	node, dir := browserScripts(t)
	t.Parallel()
	s := newSite(t)
	ctx := context.Background()
	// A hostile upstream item: markup in the title, a javascript: link.
	src := model.Source{URL: "https://evil.example/rss", Name: "<i>Evil</i>"}
	if err := s.st.AddSource(ctx, &src); err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC()
	hostile := []model.Article{
		{Key: "x1", URL: "javascript:alert(1)", Title: "Link xấu", PublishedAt: now, UpdatedAt: now, FetchedAt: now, ContentHash: "x1",
			Topics: []model.TopicTag{{Topic: "the-thao", Primary: true, Score: 1, Reason: "test"}}},
		{Key: "x2", URL: "https://evil.example/a", Title: `<img src=x onerror="document.title='pwned'"><b>Đậm</b>`, Summary: `<script>document.title='pwned'</script>`,
			PublishedAt: now.Add(-time.Minute), UpdatedAt: now, FetchedAt: now, ContentHash: "x2", ImageURL: "javascript:alert(2)",
			Topics: []model.TopicTag{{Topic: "the-thao", Primary: true, Score: 1, Reason: "test"}}},
	}
	// A lead with a word longer than a card (a hashtag) and a picture
	// that does not load (hotlink protection, a host that is down).
	hostile = append(hostile, model.Article{Key: "x3", URL: "https://bao.example/dai", Title: "Tuyên bố chung",
		Summary:     "Tuyên bố #ViệtNamHàNộiThủĐôNghìnNămVănHiếnAnhHùngVìHòaBìnhHữuNghịHợpTácPhátTriển được ký.",
		ImageURL:    s.base + "/static/khong-co-anh.png",
		PublishedAt: now, UpdatedAt: now, FetchedAt: now, ContentHash: "x3",
		Topics: []model.TopicTag{{Topic: "moi-truong", Primary: true, Score: 1, Reason: "test"}}})
	if err := s.st.BulkInsertArticles(ctx, src.ID, hostile); err != nil {
		t.Fatal(err)
	}
	s.app.Server.Invalidate()

	// The snippet the front page offers gives the script's versioned URL.
	resp, err := http.Get(s.base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`&lt;script src=&#34;([^&]+)&#34;&gt;&lt;/script&gt;`).FindSubmatch(page)
	if m == nil {
		t.Fatal("the front page offers no widget snippet")
	}
	script := html.UnescapeString(string(m[1]))

	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/host.css":
			w.Header().Set("Content-Type", "text/css")
			fmt.Fprint(w, "body{font-family:Georgia,serif;color:rgb(20, 60, 120);max-width:40rem;margin:1rem auto;padding:0 1rem}\n"+
				"bantin-feed{--bantin-link:rgb(150, 0, 80);margin:1rem 0}\n#side{width:14rem}\n#slim{width:12rem}\n")
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src "+s.base+"; connect-src "+s.base+
				"; img-src http://127.0.0.1:*; style-src 'self'")
			fmt.Fprintf(w, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang của một tờ báo khác</title><link rel="stylesheet" href="/host.css"><script src="%s"></script></head>
<body><main><h1>Trang khác</h1>
<h2>Giao thông</h2><bantin-feed id="gt" topic="giao-thong" limit="3"></bantin-feed>
<h2>Mọi bài</h2><bantin-feed id="gt-all" topic="giao-thong" limit="3" per="report"></bantin-feed>
<h2>Giả mạo</h2><bantin-feed id="forged" q="giả mạo" limit="3"></bantin-feed>
<h2>Thẻ</h2><bantin-feed id="cards" layout="cards" province="ha-noi" limit="3" per="report"></bantin-feed>
<h2>Thẻ tin</h2><bantin-feed id="story-cards" layout="cards" topic="giao-thong" limit="2"></bantin-feed>
<h2>Thể thao</h2><bantin-feed id="hostile" topic="the-thao" limit="5"></bantin-feed>
<h2>Tỉnh lạ</h2><bantin-feed id="bad" province="atlantis"></bantin-feed>
<h2>Y tế</h2><bantin-feed id="offline" topic="y-te" limit="2"></bantin-feed>
<h2>Cổng lỗi</h2><bantin-feed id="proxy" q="cổng lỗi" limit="2"></bantin-feed>
<h2>Môi trường</h2><bantin-feed id="long" topic="moi-truong" layout="cards" limit="1"></bantin-feed>
<div dir="rtl" lang="ar"><h2>عمود</h2><bantin-feed id="rtl" topic="giao-thong" limit="1"></bantin-feed></div>
<aside><h2>Giao thông (lặp lại)</h2><bantin-feed id="gt-again" topic="giao-thong" limit="3"></bantin-feed></aside>
<aside id="side"><h2>Cột hẹp</h2><bantin-feed id="narrow" q="cột hẹp" limit="2"></bantin-feed>
<div id="slim"><bantin-feed id="narrow-cards" q="cột hẹp ngắn" limit="2" layout="cards"></bantin-feed></div></aside>
<p id="after">Phần còn lại của trang.</p></main></body></html>`, html.EscapeString(script))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(host.Close)

	out := t.TempDir()
	spec, _ := json.Marshal(map[string]any{
		"host": host.URL, "site": s.base,
		// One item a story: the motorway story (two outlets) by its newest report.
		"gt":    []string{storyTitles[1], gtArticles[1]},
		"gtAll": []string{storyTitles[1], gtArticles[1], gtArticles[0]},
		// Cards of stories: the motorway story's report shown (the newest)
		// has no picture; its story's (the older report's) stands in.
		"storyCards": [][2]string{{storyTitles[1], "/anh/cao-toc.png"}, {gtArticles[1], ""}},
	})
	if err := os.WriteFile(filepath.Join(out, "spec.json"), spec, 0o644); err != nil {
		t.Fatal(err)
	}
	shots := runScript(t, node, dir, "widget.mjs", s.base, out, nil)
	keepScreenshots(t, shots, "widget", "widget_390", "widget_phone")
}
