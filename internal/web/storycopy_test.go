package web

import (
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// A story's feed lists the articles its page lists, each once: a copy
// that clustering filed in "Đội tuyển về nước"'s story stands for its
// article, "Trận chung kết", which is in its own story's feed (placed by
// the copy's time) and page, not in the other story's. On main the other
// story's three feeds listed "Trận chung kết" too, which its page did not.
func TestStoryFeedCopyElsewhere(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		ids := copyCase(t, f, t0.Add(16*time.Hour), []string{"the-thao"},
			map[string]string{"Trận chung kết": "Trận chung kết", "Đội tuyển về nước": "Đội tuyển về nước", "copy": "Đội tuyển về nước"})
		for story, want := range map[string]string{"Trận chung kết": "Trận chung kết", "Đội tuyển về nước": "Đội tuyển về nước"} {
			path := storyPath(ids[story])
			for format, got := range feedTitles(t, f, path+"/") {
				if !slices.Equal(got, []string{want}) {
					t.Errorf("%s's %s feed lists %q, want [%q]", story, format, got, want)
				}
			}
			page := f.get(t, path).Body.String()
			other := "Trận chung kết"
			if story == other {
				other = "Đội tuyển về nước"
			}
			if !strings.Contains(page, want) || strings.Contains(page, other) {
				t.Errorf("%s's page does not list just %q", story, want)
			}
		}
	})
}

// A story's "N nguồn" is the number of outlets its page lists, on list
// pages, in feeds and on the page alike: a copy counts as its article.
// Where links name no outlet (an IP host, each source counting apart),
// a copy from a section feed filed in its article's story made the
// Thể thao page and the topic's feeds say "2 nguồn" on main, above a
// story page of one report and "1 nguồn".
func TestStoryCountCopyAlike(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		ids := copyCaseOutlet(t, f, "", t0.Add(16*time.Hour), []string{"the-thao"}, map[string]string{"copy": "Trận chung kết"})
		page := f.get(t, storyPath(ids["Trận chung kết"])).Body.String()
		if !strings.Contains(page, "<strong>1 nguồn</strong>") {
			t.Fatalf("story page does not say 1 nguồn:\n%s", page)
		}
		for _, path := range []string{"/topics/the-thao/", "/topics/the-thao/feed.rss", "/topics/the-thao/feed.atom", "/topics/the-thao/feed.json", "/"} {
			if body := f.get(t, path).Body.String(); strings.Contains(body, "2 nguồn") {
				t.Errorf("%s counts the copy's source as an outlet of the story (2 nguồn)", path)
			}
		}
	})
}
