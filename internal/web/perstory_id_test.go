package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// storyEntry is what a test reads of one item of a feed of stories, in
// each format: its id, link and times.
type storyEntry struct {
	ID, URL, Published, Updated, Image string
}

// perStoryEntries returns the one item of the per-story feed at path
// (without extension) in RSS, Atom and JSON Feed.
func perStoryEntries(t *testing.T, f *fixture, path string) (rss, atom, js storyEntry) {
	t.Helper()
	first := func(re, body string) string {
		if m := regexp.MustCompile(re).FindStringSubmatch(body); m != nil {
			return m[1]
		}
		return ""
	}
	body := f.get(t, path+".rss?per=story").Body.String()
	rss = storyEntry{ID: first(`<guid isPermaLink="false">([^<]+)</guid>`, body), URL: first(`<item>[\s\S]*?<link>([^<]+)</link>`, body),
		Published: first(`<pubDate>([^<]+)</pubDate>`, body)}
	body = f.get(t, path+".atom?per=story").Body.String()
	entry := body[strings.Index(body, "<entry>"):]
	atom = storyEntry{ID: first(`<id>([^<]+)</id>`, entry), URL: first(`<link href="([^"]+)" rel="alternate"`, entry),
		Published: first(`<published>([^<]+)</published>`, entry), Updated: first(`<updated>([^<]+)</updated>`, entry)}
	var feed struct {
		Items []struct {
			ID        string `json:"id"`
			URL       string `json:"url"`
			Image     string `json:"image"`
			Published string `json:"date_published"`
			Modified  string `json:"date_modified"`
		} `json:"items"`
	}
	if err := json.Unmarshal(f.get(t, path+".json?per=story").Body.Bytes(), &feed); err != nil || len(feed.Items) != 1 {
		t.Fatalf("%s.json?per=story: %v, %d items, want 1", path, err, len(feed.Items))
	}
	it := feed.Items[0]
	js = storyEntry{ID: it.ID, URL: it.URL, Published: it.Published, Updated: it.Modified, Image: it.Image}
	return rss, atom, js
}

// An item of a feed of stories is the story's: its id (RSS guid, Atom id,
// JSON id) is the story's tag: URI in every format and stays so when a
// newer report of the story arrives and becomes the one shown, while its
// link, date published and date modified become that report's.
func TestFeedPerStoryStableID(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story := storyFixture(t, f)
		const path = "/topics/xay-dung-dang/feed"
		want := "tag:bantin.example,2026:story/" + strings.TrimPrefix(storyPath(story), "/stories/")
		rss, atom, js := perStoryEntries(t, f, path)
		for _, e := range []storyEntry{rss, atom, js} {
			if e.ID != want || e.URL != "https://bao.example.vn/n1.html" {
				t.Errorf("before: item %+v, want id %s and the shown report's link n1", e, want)
			}
		}
		if js.Published != "2026-11-20T03:30:00Z" || js.Updated != js.Published || atom.Updated != js.Published {
			t.Errorf("before: published %q, modified %q (Atom %q), want n1's time", js.Published, js.Updated, atom.Updated)
		}

		f.clock.Add(time.Hour)
		f.save(t, f.src[1], art("n3", "Hội nghị công tác tổ chức xây dựng Đảng: kết luận", t0.Add(2*time.Hour), []string{"xay-dung-dang"}))
		joinStory(t, st, "a1", "n3")
		rss, atom, js = perStoryEntries(t, f, path)
		for _, e := range []storyEntry{rss, atom, js} {
			if e.ID != want || e.URL != "https://bao.example.vn/n3.html" {
				t.Errorf("after a newer report: item %+v, want the same id %s and the new report's link n3", e, want)
			}
		}
		if js.Published != "2026-11-20T05:00:00Z" || js.Updated != js.Published || atom.Updated != js.Published ||
			rss.Published != "Fri, 20 Nov 2026 05:00:00 +0000" {
			t.Errorf("after a newer report: published %q / %q, modified %q (Atom %q), want n3's time", js.Published, rss.Published, js.Updated, atom.Updated)
		}
		// The feed of reports keeps each report's own id.
		if body := f.get(t, path+".rss").Body.String(); strings.Contains(body, want) || strings.Count(body, "<guid") != 4 {
			t.Errorf("feed of reports: want 4 report guids, none the story's:\n%s", body)
		}
	})
}

// picturedStory stores two more reports of storyFixture's story, p1 (ten
// minutes before t0, picture newer) and p2 (twenty minutes before, picture
// older), and returns the story's id and its item in the topic's feed of
// stories.
func picturedStory(t *testing.T, f *fixture, st *store.Store, newer, older string) (int64, storyEntry) {
	t.Helper()
	story := storyFixture(t, f)
	p1, p2 := art("p1", "Hội nghị xây dựng Đảng: ảnh", t0.Add(-10*time.Minute), []string{"xay-dung-dang"}),
		art("p2", "Hội nghị xây dựng Đảng: ảnh cũ", t0.Add(-20*time.Minute), []string{"xay-dung-dang"})
	p1.ImageURL, p2.ImageURL = newer, older
	f.save(t, f.src[1], p1, p2)
	joinStory(t, st, "a1", "p1", "p2")
	_, _, js := perStoryEntries(t, f, "/topics/xay-dung-dang/feed")
	return story, js
}

// A story whose shown report has no picture takes its story's: the newest
// of its other reports with one, in the feed of stories (which the
// widget's cards read) and in the pages' latest stories; the report's own
// item in the feed of reports stays without one.
func TestFeedPerStoryPicture(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		story, js := picturedStory(t, f, st, "https://bao.example.vn/p1.jpg", "https://bao.example.vn/p2.jpg")
		if js.URL != "https://bao.example.vn/n1.html" || js.Image != "https://bao.example.vn/p1.jpg" {
			t.Errorf("story item %+v, want n1 with the story's newest picture, p1's", js)
		}
		if body := f.get(t, "/topics/xay-dung-dang/feed.json").Body.String(); strings.Count(body, "p1.jpg") != 1 {
			t.Errorf("feed of reports: want p1.jpg on p1's item only:\n%s", body)
		}
		page := f.get(t, "/topics/xay-dung-dang/").Body.String()
		if !strings.Contains(page, `<img src="https://bao.example.vn/p1.jpg"`) || strings.Contains(page, "p2.jpg") {
			t.Errorf("topic page: want the story shown with p1's picture (story %d)", story)
		}
	})
}
