package web

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"html"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// copyCase stores, besides the fixture's articles, an article "Trận chung
// kết" of source 0 (outlet bao.example.vn, as every row below: no story
// has two outlets, none is a top story) published at t0+10h and its copy (same link, tracking
// parameters) from source 1 published at copyAt with copyTopics, and "Đội
// tuyển về nước" (source 0, t0+14h, the-thao), then files each row in the
// story stories names (title of the row → title of the story's first
// article; the copy is "copy"). It returns the ids by title.
func copyCase(t *testing.T, f *fixture, copyAt time.Time, copyTopics []string, stories map[string]string) map[string]int64 {
	t.Helper()
	return copyCaseOutlet(t, f, "bao.example.vn", copyAt, copyTopics, stories)
}

// copyCaseOutlet is copyCase with the rows' outlet ("": links that name
// none, as an IP host's, each source then counting as an outlet).
func copyCaseOutlet(t *testing.T, f *fixture, outlet string, copyAt time.Time, copyTopics []string, stories map[string]string) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	const link = "https://bao.example.vn/chung-ket.html"
	home := art("ck-home", "Trận chung kết", t0.Add(10*time.Hour), []string{"the-thao"})
	home.URL, home.Link, home.Outlet = link, link, outlet
	other := art("dt", "Đội tuyển về nước", t0.Add(14*time.Hour), []string{"the-thao"})
	other.Outlet = home.Outlet
	ids := map[string]int64{}
	for i, w := range [][]model.Article{{home, other}, {copyArticle(home, copyAt, copyTopics)}} {
		if _, err := f.st.ClaimSource(ctx, f.src[i], "test", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		writes := make([]store.ArticleWrite, len(w))
		for j := range w {
			writes[j] = store.ArticleWrite{Article: w[j]}
		}
		res, err := f.st.SaveFetch(ctx, store.FetchOutcome{SourceID: f.src[i], Owner: "test", Status: 200,
			FetchedAt: t0, NextFetchAt: t0.Add(time.Hour)}, writes)
		if err != nil {
			t.Fatal(err)
		}
		for j := range w {
			if i == 1 {
				ids["copy"] = res.IDs[j]
			} else {
				ids[w[j].Title] = res.IDs[j]
			}
		}
	}
	moves := map[int64]store.Placement{}
	for row, lead := range stories {
		moves[ids[row]] = store.Placement{Thread: ids[lead], Segment: ids[lead]}
	}
	if err := f.st.SetClusters(ctx, moves); err != nil {
		t.Fatal(err)
	}
	f.srv.Invalidate()
	return ids
}

// copyArticle is source 1's copy of a: the same link with tracking
// parameters, published at at with topics.
func copyArticle(a model.Article, at time.Time, topics []string) model.Article {
	c := art(a.Key+"-sec", a.Title, at, topics)
	c.URL, c.Link, c.Outlet = a.Link+"?utm_source=rss", a.Link, a.Outlet
	return c
}

// pageTitles returns the titles of every story card on the pages of a
// list, first page on.
func pageTitles(t *testing.T, f *fixture, path string) []string {
	t.Helper()
	titles, _ := walkOlder(t, f, path)
	return titles
}

// feedTitles returns the item titles of path's feed in each format, in
// the feed's order, keyed by format.
func feedTitles(t *testing.T, f *fixture, path string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	var jf struct {
		Items []struct {
			Title string `json:"title"`
		} `json:"items"`
	}
	if err := json.Unmarshal(f.get(t, path+"feed.json").Body.Bytes(), &jf); err != nil {
		t.Fatal(err)
	}
	for _, it := range jf.Items {
		out["json"] = append(out["json"], it.Title)
	}
	var rss struct {
		Items []struct {
			Title string `xml:"title"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(f.get(t, path+"feed.rss").Body.Bytes(), &rss); err != nil {
		t.Fatal(err)
	}
	for _, it := range rss.Items {
		out["rss"] = append(out["rss"], it.Title)
	}
	var atom struct {
		Entries []struct {
			Title string `xml:"title"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(f.get(t, path+"feed.atom").Body.Bytes(), &atom); err != nil {
		t.Fatal(err)
	}
	for _, e := range atom.Entries {
		out["atom"] = append(out["atom"], html.UnescapeString(strings.TrimSpace(e.Title)))
	}
	return out
}

// A copy that clustering filed in another story than its article's stands
// for its article: the other story ("Đội tuyển về nước", whose story the
// copy was filed in, older than the copy) is still on the topic page and
// in its feeds. On main the page showed the copy in its place, as a top
// story, and "Trận chung kết" twice.
func TestCopyInOtherStoryShown(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		copyCase(t, f, t0.Add(16*time.Hour), []string{"the-thao"},
			map[string]string{"Trận chung kết": "Trận chung kết", "Đội tuyển về nước": "Đội tuyển về nước", "copy": "Đội tuyển về nước"})
		checkOrder(t, f, "/topics/the-thao/", []string{"Trận chung kết", "Đội tuyển về nước", "Bóng đá V-League"})
	})
}

// A later copy with its article's own tag places the article on pages and
// in every feed format alike: by the copy's time (16h), before "Đội tuyển
// về nước" (14h). On main the feeds placed it by its own time (10h), after.
// A copy with another tag places it so in that tag's lists.
func TestCopyOrderPagesFeedsAgree(t *testing.T) {
	for _, tt := range []struct {
		topics []string
		path   string
		want   []string
	}{
		{[]string{"the-thao"}, "/topics/the-thao/", []string{"Trận chung kết", "Đội tuyển về nước", "Bóng đá V-League"}},
		{[]string{"giao-thong"}, "/topics/giao-thong/", []string{"Trận chung kết", "Khởi công cao tốc ở Hà Nội"}},
		{[]string{"giao-thong"}, "/topics/the-thao/", []string{"Đội tuyển về nước", "Trận chung kết", "Bóng đá V-League"}},
	} {
		t.Run(tt.topics[0]+tt.path, func(t *testing.T) {
			storetest.Engines(t, func(t *testing.T, st *store.Store) {
				f := newFixture(t, st, Config{})
				copyCase(t, f, t0.Add(16*time.Hour), tt.topics, map[string]string{"copy": "Trận chung kết"})
				checkOrder(t, f, tt.path, tt.want)
			})
		})
	}
}

// checkOrder checks that path's pages list the stories want and its
// feeds, in each format, the articles want, in that order.
func checkOrder(t *testing.T, f *fixture, path string, want []string) {
	t.Helper()
	if got := pageTitles(t, f, path); !slices.Equal(got, want) {
		t.Errorf("%s shows %q, want %q", path, got, want)
	}
	for format, got := range feedTitles(t, f, path) {
		if !slices.Equal(got, want) {
			t.Errorf("%s's %s feed lists %q, want %q", path, format, got, want)
		}
	}
}
