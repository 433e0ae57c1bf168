package web

import (
	"encoding/json"
	"html"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"bantin/internal/golden"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// storyFeedItem is what a test reads of a JSON Feed item.
type storyFeedItem struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Bantin struct {
		Story *struct {
			URL     string `json:"url"`
			Sources int    `json:"sources"`
		} `json:"story"`
	} `json:"_bantin"`
}

// jsonItems returns the items of the JSON feed at target.
func (f *fixture) jsonItems(t *testing.T, target string) []storyFeedItem {
	t.Helper()
	var feed struct {
		Items []storyFeedItem `json:"items"`
	}
	if err := json.Unmarshal(f.get(t, target).Body.Bytes(), &feed); err != nil {
		t.Fatalf("%s: %v", target, err)
	}
	return feed.Items
}

func itemTitles(items []storyFeedItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Title
	}
	return out
}

// A feed of stories (per=story) lists each story once, by the report the
// pages' latest stories show and in their order, with the story's page and
// outlet count in _bantin.story; limit counts stories; per=report is the
// default feed, byte for byte, and carries no _bantin.story.
func TestFeedPerStory(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story := storyFixture(t, f)
		golden.Check(t, "stories.json", f.get(t, "/feed.json?per=story").Body.Bytes())
		golden.Check(t, "xdd-stories.rss", f.get(t, "/topics/xay-dung-dang/feed.rss?per=story").Body.Bytes())

		// The topic holds one story of three reports (two outlets).
		reports := f.jsonItems(t, "/topics/xay-dung-dang/feed.json")
		stories := f.jsonItems(t, "/topics/xay-dung-dang/feed.json?per=story")
		if len(reports) != 3 || len(stories) != 1 {
			t.Fatalf("xay-dung-dang: %d reports and %d stories, want 3 and 1", len(reports), len(stories))
		}
		s := stories[0].Bantin.Story
		if stories[0].Title != "Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng" || s == nil ||
			s.URL != testBase+storyPath(story) || s.Sources != 2 {
			t.Errorf("story item %q with _bantin.story %+v, want the newest report, %s and 2 sources", stories[0].Title, s, storyPath(story))
		}
		if reports[0].Bantin.Story != nil {
			t.Errorf("a feed of reports carries _bantin.story %+v", reports[0].Bantin.Story)
		}

		// In the pages' order: the search page's latest stories.
		page := f.get(t, "/search?q=t%C3%B3m+t%E1%BA%AFt").Body.String()
		var want []string
		for _, m := range regexp.MustCompile(`<h3><a href="[^"]+" rel="noopener">([^<]+)</a>`).FindAllStringSubmatch(page, -1) {
			want = append(want, html.UnescapeString(m[1]))
		}
		got := itemTitles(f.jsonItems(t, "/feed.json?per=story&q=t%C3%B3m+t%E1%BA%AFt"))
		if len(want) < 4 || !slices.Equal(got, want) {
			t.Errorf("search per story %q, want the search page's stories %q", got, want)
		}

		// limit counts stories.
		all := itemTitles(f.jsonItems(t, "/feed.json?per=story"))
		if two := itemTitles(f.jsonItems(t, "/feed.json?per=story&limit=2")); len(all) < 3 || !slices.Equal(two, all[:2]) {
			t.Errorf("limit=2: %q, want the first two of %q", two, all)
		}
		if n := len(f.jsonItems(t, "/feed.json")); n != len(all)+2 {
			t.Errorf("%d reports and %d stories, want the story's three reports as one", n, len(all))
		}

		// per=report is the default feed.
		if a, b := f.get(t, "/feed.json?per=report").Body.String(), f.get(t, "/feed.json").Body.String(); a != b {
			t.Error("per=report differs from the default feed")
		}
	})
}

// A feed of stories keeps the feeds' HTTP: its own canonical URL and feed
// id, ETag revalidation, CORS; limit counts stories up to 200, unclamped; a bad
// per is a 400 naming the values, in Vietnamese when asked.
func TestFeedPerStoryHTTP(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	storyFixture(t, f)
	w := f.get(t, "/provinces/thai-nguyen/feed.json?per=story&utm_source=x")
	body := w.Body.String()
	if !strings.Contains(body, `"feed_url":"`+testBase+`/feed.json?per=story&province=thai-nguyen"`) {
		t.Errorf("per=story self link:\n%s", body)
	}
	if w.Header().Get("Access-Control-Allow-Origin") != "*" || w.Header().Get("Content-Type") != "application/feed+json; charset=utf-8" {
		t.Errorf("per=story headers %v", w.Header())
	}
	etag := w.Header().Get("ETag")
	if etag == "" || etag == f.get(t, "/provinces/thai-nguyen/feed.json").Header().Get("ETag") {
		t.Errorf("per=story ETag %q: empty or the feed of reports'", etag)
	}
	if w := f.get(t, "/feed.json?province=thai-nguyen&per=story", "If-None-Match: "+etag); w.Code != http.StatusNotModified {
		t.Errorf("per=story revalidation: %d", w.Code)
	}
	// limit counts stories up to every feed's bound, 200, not clamped
	// below it (the self link keeps it); the description says one item a
	// story, no bound of its own.
	full := f.get(t, "/provinces/thai-nguyen/feed.json?per=story&limit=200").Body.String()
	if !strings.Contains(full, `limit=200&per=story&province=thai-nguyen"`) || !strings.Contains(body, `Mỗi câu chuyện một mục."`) ||
		strings.Contains(body, "tối đa") {
		t.Errorf("per=story&limit=200: want the feed of limit 200, with no bound of its own said; got\n%s\n%s", full, body)
	}
	if w := f.get(t, "/provinces/thai-nguyen/feed.json?per=story&limit=20"); !strings.Contains(w.Body.String(), `per=story&province=thai-nguyen&limit=20"`) &&
		!strings.Contains(w.Body.String(), `limit=20&per=story&province=thai-nguyen"`) {
		t.Errorf("per=story&limit=20: self link lost its limit:\n%s", w.Body)
	}
	for _, tt := range []struct{ lang, want string }{
		{"", `per must be story (one item a story) or report (one item an article), not "stories"`},
		{"vi", `Per phải là story`},
	} {
		var h []string
		if tt.lang != "" {
			h = append(h, "Accept-Language: "+tt.lang)
		}
		w := f.do(http.MethodGet, "/feed.json?per=stories", h...)
		if w.Code != http.StatusBadRequest || !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("per=stories (%q): %d %q, want 400 %q", tt.lang, w.Code, w.Body, tt.want)
		}
	}
}
