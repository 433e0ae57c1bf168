package web

import (
	"strings"
	"testing"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A story whose newest picture fails the URL policy (not an absolute
// http(s) URL) takes the newest one that passes, an older report's, in
// the feed of stories and on the pages, and never shows the refused one.
func TestFeedPerStoryPictureSkipsRefused(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story, js := picturedStory(t, f, st, "ftp://bao.example.vn/p1.jpg", "https://bao.example.vn/p2.jpg")
		if js.URL != "https://bao.example.vn/n1.html" || js.Image != "https://bao.example.vn/p2.jpg" {
			t.Errorf("story item %+v, want n1 with p2's picture (p1's is refused)", js)
		}
		page := f.get(t, "/topics/xay-dung-dang/").Body.String()
		if !strings.Contains(page, `<img src="https://bao.example.vn/p2.jpg"`) || strings.Contains(page, "p1.jpg") {
			t.Errorf("topic page: want the story shown with p2's picture, not p1's (story %d):\n%s", story, page)
		}
	})
}
