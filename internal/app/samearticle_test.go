package app

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// dupItem is one RSS item of the feeds of TestOneArticleOneIDInEveryFeed.
func dupItem(n int, link, title string) string {
	return fmt.Sprintf(`<item><title>%s</title><link>%s</link><guid>%s</guid>
<description>Bài số %d: nội dung riêng của bài để không trùng với bài khác.</description>
<pubDate>Mon, 30 Nov 2026 %02d:00:00 +0700</pubDate></item>`, title, link, link, n, 8+n)
}

// dupFeeds are an outlet's home feed, one of its section feeds, and an
// aggregator-like feed of the same outlet whose links carry tracking
// parameters: the shared article (n = 1) is in all three.
func dupFeeds() map[string]string {
	link := func(n int) string { return fmt.Sprintf("https://vnexpress.net/bai-viet-so-%d-%d.html", n, 5000000+n) }
	home := dupItem(1, link(1), "Đội tuyển thắng trận mở màn") + dupItem(2, link(2), "Giá vàng tăng mạnh") +
		dupItem(3, link(3), "Mưa lớn ở miền Trung")
	section := dupItem(1, link(1), "Đội tuyển thắng trận mở màn") + dupItem(4, link(4), "Giải chạy đêm thu hút vận động viên")
	tracked := dupItem(1, link(1)+"?utm_source=rss&utm_medium=feed", "Đội tuyển thắng trận mở màn")
	wrap := func(items string) string {
		return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>VnExpress</title>` +
			`<link>https://vnexpress.net/</link>` + items + `</channel></rss>`
	}
	return map[string]string{"/rss/tin-moi-nhat.rss": wrap(home), "/rss/the-thao.rss": wrap(section), "/rss/tracked.rss": wrap(tracked)}
}

// TestOneArticleOneIDInEveryFeed stores one article that three sources
// carry (an outlet's home feed, a section feed with a topic of its own, a
// feed whose link has tracking parameters): every feed that lists it (all
// news, the section's topic, each source) lists it once, under one id, and
// limit counts articles, not copies.
func TestOneArticleOneIDInEveryFeed(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, dbURL string) {
		feeds := dupFeeds()
		up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
			fmt.Fprint(w, feeds[r.URL.Path])
		}))
		defer up.Close()
		for _, args := range [][]string{
			{"sources", "add", up.URL + "/rss/tin-moi-nhat.rss", "--name", "VnExpress"},
			{"sources", "add", up.URL + "/rss/the-thao.rss", "--name", "VnExpress Thể thao", "--topic", "the-thao"},
			{"sources", "add", up.URL + "/rss/tracked.rss", "--name", "Tin tổng hợp", "--topic", "kinh-te"},
			{"fetch", "--all"},
		} {
			if code, out, stderr := runCLI(t, dbURL, "", args...); code != 0 {
				t.Fatalf("%v: %d %s %s", args, code, out, stderr)
			}
		}
		m, err := Open(t.Context(), testConfig(t, dbURL), slog.New(slog.DiscardHandler), store.ForServer)
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		shared := "bai-viet-so-1-"
		ids := map[string]bool{}
		for _, path := range []string{"/feed.json", "/topics/the-thao/feed.json", "/topics/kinh-te/feed.json",
			"/feed.json?source=1", "/feed.json?source=2", "/feed.json?source=3", "/feed.json?q=tuy%E1%BB%83n"} {
			items := feedItems(t, m, path)
			n := 0
			for _, it := range items {
				if strings.Contains(it.URL, shared) {
					n++
					ids[it.ID] = true
					if strings.Contains(it.HTML, "nguồn đưa tin") { // one outlet, however many feeds
						t.Errorf("%s: the shared article links to its story's sources: %s", path, it.HTML)
					}
				}
			}
			if n != 1 {
				t.Errorf("%s lists the shared article %d times; want once: %+v", path, n, items)
			}
		}
		for _, it := range feedItems(t, m, "/topics/kinh-te/feed.json") {
			var terms []string
			for _, c := range it.Ext.Categories {
				terms = append(terms, c.Term)
			}
			if !slices.Contains(terms, "kinh-te") || len(slices.Compact(slices.Sorted(slices.Values(terms)))) != len(terms) {
				t.Errorf("%s in kinh-te's feed has categories %v: want kinh-te (a copy's) among them, each once", it.URL, terms)
			}
		}
		if len(ids) != 1 {
			t.Errorf("the shared article has %d ids across feeds: %v; want one", len(ids), ids)
		}
		if got := feedItems(t, m, "/feed.json"); len(got) != 4 {
			t.Errorf("all news: %d items, want 4 articles: %+v", len(got), got)
		}
		if got := feedItems(t, m, "/feed.json?limit=3"); len(got) != 3 {
			t.Errorf("all news, limit 3: %d items: %+v", len(got), got)
		}
		if got := feedItems(t, m, "/topics/the-thao/feed.json?limit=2"); len(got) != 2 {
			t.Errorf("the-thao, limit 2: %d items: %+v", len(got), got)
		}
	})
}

// jsonItem is what the test reads of a JSON Feed item.
type jsonItem struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	HTML  string `json:"content_html"`
	Ext   struct {
		Categories []struct{ Term string }
	} `json:"_bantin"`
}

// feedItems requests the JSON feed at path from m's server.
func feedItems(t *testing.T, m *Main, path string) []jsonItem {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Server.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
	}
	var f struct{ Items []jsonItem }
	if err := json.Unmarshal(rec.Body.Bytes(), &f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return f.Items
}
