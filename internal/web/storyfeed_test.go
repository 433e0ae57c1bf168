package web

import (
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/golden"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A story's feed (/stories/{id}/feed.*) carries that story's articles
// only, newest first, not its thread's other segments, named by its page's
// heading (storyHeading) and linking that page; its bytes are pinned by golden
// files.
func TestStoryFeed(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		_, story, later := threadFixture(t, f)
		base := storyPath(story) + "/feed."
		golden.Check(t, "story.rss", f.get(t, base+"rss").Body.Bytes())
		golden.Check(t, "story.json", f.get(t, base+"json").Body.Bytes())

		var feed struct {
			Title string `json:"title"`
			Home  string `json:"home_page_url"`
			Self  string `json:"feed_url"`
			Items []struct {
				Title string `json:"title"`
			} `json:"items"`
		}
		if err := json.Unmarshal(f.get(t, base+"json").Body.Bytes(), &feed); err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, it := range feed.Items {
			titles = append(titles, it.Title)
		}
		want := []string{"Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng", "Ngành Tổ chức xây dựng Đảng tại Thái Nguyên", "Công tác tổ chức xây dựng Đảng năm tới"}
		if !slices.Equal(titles, want) {
			t.Errorf("story feed items %q, want the story's own, newest first: %q", titles, want)
		}
		if feed.Title != "Thái Nguyên: hội nghị công tác tổ chức xây dựng Đảng – Bản tin" || feed.Home != testBase+storyPath(story) || feed.Self != testBase+base+"json" {
			t.Errorf("story feed names %q, home %q, self %q", feed.Title, feed.Home, feed.Self)
		}
		if body := f.get(t, storyPath(later)+"/feed.atom").Body.String(); !strings.Contains(body, "Thái Nguyên công bố kết quả") || strings.Contains(body, "Ngành Tổ chức") {
			t.Errorf("the later segment's feed does not hold just its own articles:\n%s", body)
		}
		page := f.get(t, storyPath(story)).Body.String()
		for _, ext := range []string{"rss", "atom", "json"} {
			if !strings.Contains(page, `<link rel="alternate" type="application/`) || !strings.Contains(page, `href="`+testBase+base+ext+`"`) {
				t.Errorf("story page: no link to its %s feed", ext)
			}
		}
	})
}

// A story's feed narrows like any feed (a topic, a source) and then uses
// the query form; an unknown or malformed story is a 404 on the path and a
// 400 in the query; a new article of the story changes the feed.
func TestStoryFeedQueries(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story := storyFixture(t, f)
		id := strconv.FormatInt(story, 10)
		w := f.get(t, "/feed.rss?topic=chinh-tri&story="+id)
		body := w.Body.String()
		items := body[strings.Index(body, "<item>"):]
		if !strings.Contains(items, "Công tác tổ chức xây dựng Đảng năm tới") || strings.Contains(items, "Thái Nguyên: hội nghị") ||
			!strings.Contains(body, `href="`+testBase+"/feed.rss?story="+id+`&amp;topic=chinh-tri"`) {
			t.Errorf("story and topic: wrong items or self link:\n%s", body)
		}
		for _, tt := range []struct {
			path   string
			status int
		}{
			{"/stories/999999/feed.rss", http.StatusNotFound},
			{"/stories/0/feed.json", http.StatusNotFound},
			{"/stories/abc/feed.atom", http.StatusNotFound},
			{"/feed.rss?story=abc", http.StatusBadRequest},
			{"/feed.rss?story=-3", http.StatusBadRequest},
			{"/feed.json?story=999999", http.StatusNotFound},
		} {
			if w := f.do(http.MethodGet, tt.path); w.Code != tt.status || !strings.Contains(w.Body.String(), "stor") {
				t.Errorf("GET %s: %d %q, want %d naming the story", tt.path, w.Code, w.Body, tt.status)
			}
		}
		etag := f.get(t, storyPath(story)+"/feed.atom").Header().Get("ETag")
		f.clock.Add(time.Hour)
		f.save(t, f.src[1], art("a9", "Thêm một bài về hội nghị công tác tổ chức", t0.Add(2*time.Hour), []string{"xay-dung-dang"}))
		joinStory(t, st, "a1", "a9")
		w = f.get(t, storyPath(story)+"/feed.atom", "If-None-Match: "+etag)
		if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "Thêm một bài") {
			t.Errorf("after a new article joined: %d, want 200 with it", w.Code)
		}
	})
}
