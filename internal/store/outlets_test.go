package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestStoryOutlets: an outlet's latest-news feed and one of its section
// feeds both carry an article, as VnExpress's and Tuổi Trẻ's do. A story
// counts the outlet once and the article once, shows it once (the copy
// stored first) on its page and in the week's digest articles; articles
// whose links name no outlet count per source.
func TestStoryOutlets(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var src [3]int64
		for i, u := range []string{"https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/the-thao.rss",
			"https://tuoitre.vn/rss/the-thao.rss"} {
			x := &model.Source{URL: u}
			if err := s.AddSource(ctx, x); err != nil {
				t.Fatal(err)
			}
			src[i] = x.ID
		}
		at := func(m int) time.Time { return t0.Add(time.Duration(m) * time.Minute) }
		put := func(srcIdx int, key, url, outlet string, pub time.Time) int64 {
			a := article(key, "Tin "+strings.TrimRight(key, "'"), "tóm tắt", pub, []string{"the-thao"})
			a.URL, a.Outlet = url, outlet
			if err := s.BulkInsertArticles(ctx, src[srcIdx], []model.Article{a}); err != nil {
				t.Fatal(err)
			}
			all, err := s.Articles(ctx, model.Filter{Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			return all[0].ID // the newest: each is published after the last
		}
		first := put(0, "p1", "https://vnexpress.net/p1.html", "vnexpress.net", at(1))
		repeat := put(1, "p1'", "https://vnexpress.net/p1.html", "vnexpress.net", at(2))
		other := put(1, "p2", "https://vnexpress.net/p2.html", "vnexpress.net", at(3))
		tt := put(2, "p3", "https://thethao.tuoitre.vn/p3.htm", "tuoitre.vn", at(4))
		q1 := put(0, "q1", "http://127.0.0.1:8091/q1", "", at(5))
		q2 := put(1, "q2", "http://127.0.0.1:8091/q2", "", at(6))
		if err := s.SetClusters(ctx, oneThread(map[int64]int64{repeat: first, other: first, tt: first, q2: q1})); err != nil {
			t.Fatal(err)
		}
		stats, err := s.TopStories(ctx, model.Filter{Since: t0}, 10)
		if err != nil {
			t.Fatal(err)
		}
		// Two outlets each: the newer story first.
		want := []store.StoryStat{{ID: q1, Sources: 2, Articles: 2, Latest: at(6)}, {ID: first, Sources: 2, Articles: 3, Latest: at(4)}}
		if len(stats) != 2 || stats[0] != want[0] || stats[1] != want[1] {
			t.Errorf("TopStories = %+v, want %+v", stats, want)
		}
		if sizes, err := s.StorySizes(ctx, []int64{first, q1}); err != nil || sizes[first] != 2 || sizes[q1] != 2 {
			t.Errorf("StorySizes = %v, %v; want 2 outlets each", sizes, err)
		}
		arts, err := s.StoryArticles(ctx, first)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
		if len(ids) != 3 || ids[0] != tt || ids[1] != other || ids[2] != first {
			t.Errorf("story articles %v, want %v (the repeat %d left out)", ids, []int64{tt, other, first}, repeat)
		}
		if arts[2].Outlet != "vnexpress.net" {
			t.Errorf("outlet read back %q", arts[2].Outlet)
		}
		week, err := s.WeekArticles(ctx, t0, at(60))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, a := range week {
			if a.URL == "https://vnexpress.net/p1.html" {
				n++
				if a.ID != first || a.Outlet != "vnexpress.net" {
					t.Errorf("week article %+v, want the copy stored first (%d) with its outlet", a, first)
				}
			}
		}
		if len(week) != 5 || n != 1 {
			t.Errorf("week articles: %d, the repeated one %d times; want 5 and once", len(week), n)
		}
	})
}

// TestBackfillOutlets: articles stored before outlets were kept get theirs
// once; articles that have one keep it, links that name none stay "", and a
// finished backfill does not run again.
func TestBackfillOutlets(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://www.sggp.org.vn/rss/home.rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		old := article("old", "Tin cũ", "tóm tắt", t0, nil)
		old.URL = "https://www.sggp.org.vn/old.html"
		kept := article("kept", "Tin có nguồn", "tóm tắt", t0.Add(time.Minute), nil)
		kept.URL, kept.Outlet = "https://www.sggp.org.vn/kept.html", "already.vn"
		none := article("none", "Tin không nguồn", "tóm tắt", t0.Add(2*time.Minute), nil)
		none.URL = "http://127.0.0.1/none"
		if err := s.BulkInsertArticles(ctx, src.ID, []model.Article{old, kept, none}); err != nil {
			t.Fatal(err)
		}
		outlet := func(u string) string {
			if strings.Contains(u, "sggp.org.vn") {
				return "sggp.org.vn"
			}
			return ""
		}
		if n, err := s.BackfillOutlets(ctx, outlet); err != nil || n != 1 {
			t.Fatalf("BackfillOutlets = %d, %v; want 1 article", n, err)
		}
		got := map[string]string{}
		all, err := s.Articles(ctx, model.Filter{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range all {
			got[a.Key] = a.Outlet
		}
		if got["old"] != "sggp.org.vn" || got["kept"] != "already.vn" || got["none"] != "" {
			t.Errorf("outlets after the backfill: %v", got)
		}
		later := article("later", "Tin sau", "tóm tắt", t0.Add(3*time.Minute), nil)
		later.URL = "https://www.sggp.org.vn/later.html"
		if err := s.BulkInsertArticles(ctx, src.ID, []model.Article{later}); err != nil {
			t.Fatal(err)
		}
		if n, err := s.BackfillOutlets(ctx, outlet); err != nil || n != 0 {
			t.Errorf("a second backfill = %d, %v; want none: it ran once", n, err)
		}
	})
}
