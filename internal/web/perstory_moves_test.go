package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// moveStory files the articles with the given keys in the story (thread
// and segment) seg, as a re-clustering would.
func moveStory(t *testing.T, f *fixture, st *store.Store, ids map[string]int64, seg int64, keys ...string) {
	t.Helper()
	moves := map[int64]store.Placement{}
	for _, k := range keys {
		moves[ids[k]] = store.Placement{Thread: seg, Segment: seg}
	}
	if err := st.SetClusters(context.Background(), moves); err != nil {
		t.Fatal(err)
	}
	f.clock.Add(time.Hour) // past the content version's TTL
}

// An item of a feed of stories is keyed by the story's first-stored
// report: a re-clustering that files the story under another id (its page
// moves) keeps the item's id in every format while that report stays in
// it; when the story is split, the part that keeps the report keeps the
// id and the other part is a new item, keyed by its own first report (as
// README says: a reader sees it as a new item).
func TestFeedPerStoryIDFollowsFirstReport(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		storyFixture(t, f) // a1 (stored first), n1, n2
		ids := articleIDs(t, st)
		const path = "/topics/xay-dung-dang/feed"
		itemID := func(key string) string {
			return "tag:bantin.example,2026:story/" + strconv.FormatInt(ids[key], 10)
		}
		moveStory(t, f, st, ids, ids["n1"], "a1", "n1", "n2")
		for _, e := range perStoryEntriesAll(t, f, path) {
			if e.ID != itemID("a1") {
				t.Errorf("story moved under n1's id: item id %q, want a1's %q", e.ID, itemID("a1"))
			}
		}
		if js := f.jsonItems(t, path+".json?per=story"); len(js) != 1 || js[0].Bantin.Story == nil || !strings.HasSuffix(js[0].Bantin.Story.URL, storyPath(ids["n1"])) {
			t.Errorf("story moved: items %+v, want one whose page is %s", js, storyPath(ids["n1"]))
		}

		// Split: a1 alone, n1 and n2 in n2's story.
		moveStory(t, f, st, ids, ids["a1"], "a1")
		moveStory(t, f, st, ids, ids["n2"], "n1", "n2")
		got := map[string]bool{}
		for _, it := range f.jsonItems(t, path+".json?per=story") {
			got[it.ID] = true
		}
		if want := []string{itemID("a1"), itemID("n1")}; len(got) != 2 || !got[want[0]] || !got[want[1]] {
			t.Errorf("split story: item ids %v, want a1's part as before (%s) and n1's part keyed by n1, its first-stored (%s)", got, want[0], want[1])
		}
	})
}

// perStoryEntriesAll is perStoryEntries as a list.
func perStoryEntriesAll(t *testing.T, f *fixture, path string) []storyEntry {
	t.Helper()
	rss, atom, js := perStoryEntries(t, f, path)
	return []storyEntry{rss, atom, js}
}

// A feed of stories' validators cover what it shows beyond its leads: an
// older report stored later, outside the feed's topic, whose picture now
// stands for the story and whose outlet the story now counts, moves
// Last-Modified, and a client revalidating with the old date or ETag gets
// the new body, not a 304.
func TestFeedPerStoryValidatorsFollowStory(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		storyFixture(t, f)
		const target = "/topics/xay-dung-dang/feed.json?per=story"
		before := f.get(t, target)
		lastMod, etag := before.Header().Get("Last-Modified"), before.Header().Get("ETag")

		late := t0.Add(10 * time.Hour)
		p := art("p9", "Ảnh hội nghị", t0.Add(-20*time.Minute), []string{"the-thao"})
		p.ImageURL, p.FetchedAt, p.UpdatedAt = "https://anh.example.vn/p9.jpg", late, late
		p.URL = "https://anh.example.vn/p9.html"
		f.save(t, f.src[0], p)
		joinStory(t, st, "a1", "p9")
		f.clock.Add(time.Hour) // past the content version's TTL

		after := f.get(t, target)
		if !strings.Contains(after.Body.String(), "p9.jpg") {
			t.Fatalf("the story's item should show p9's picture:\n%s", after.Body.String())
		}
		if got, want := after.Header().Get("Last-Modified"), late.Format(http.TimeFormat); got != want {
			t.Errorf("Last-Modified %q (before %q), want p9's storing time %q", got, lastMod, want)
		}
		if w := f.do(http.MethodGet, target, "If-Modified-Since: "+lastMod); w.Code != http.StatusOK {
			t.Errorf("If-Modified-Since the old date: %d, want 200", w.Code)
		}
		if w := f.do(http.MethodGet, target, "If-None-Match: "+etag); w.Code != http.StatusOK {
			t.Errorf("If-None-Match the old ETag: %d, want 200", w.Code)
		}
	})
}
