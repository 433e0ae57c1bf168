package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSameLinkIsOneArticle: an article whose link another source stored
// first (the same link, or one with tracking parameters whose canonical
// link is the same) is that article in every read: feeds by topic,
// source and time list it once under the first row's id, limit counts
// articles, and the week's digest articles carry every copy's topics.
// Removing the first source hands the article over to its earliest copy:
// the link stays one article, also for a source that stores it later.
func TestSameLinkIsOneArticle(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var src [3]model.Source
		for i, u := range []string{"https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/the-thao.rss", "https://tonghop.example/rss"} {
			src[i] = model.Source{URL: u}
			if err := s.AddSource(ctx, &src[i]); err != nil {
				t.Fatal(err)
			}
		}
		link := "https://vnexpress.net/a-5000001.html"
		shared := func(key, topic string, pub time.Time, url string) store.ArticleWrite {
			a := article(key, "Đội tuyển thắng", "Trận mở màn", pub, []string{topic})
			a.URL, a.Link = url, link
			return store.ArticleWrite{Article: a}
		}
		first := saveOne(t, s, src[0].ID, shared("home", "thoi-su", t0, link),
			store.ArticleWrite{Article: article("other", "Giá vàng", "Tăng", t0.Add(time.Minute), []string{"kinh-te"})}).IDs[0]
		saveOne(t, s, src[1].ID, shared("sec", "the-thao", t0, link),
			store.ArticleWrite{Article: article("run", "Giải chạy", "Đêm", t0.Add(2*time.Minute), []string{"the-thao"})})
		late := shared("agg", "kinh-te", t0, link+"?utm_source=rss")
		late.Article.FetchedAt = t0.Add(time.Hour)
		saveOne(t, s, src[2].ID, late)
		// The copy adds the article to kinh-te's feed: it changed then.
		if a, err := s.Article(ctx, first); err != nil || !a.FetchedAt.Equal(t0.Add(time.Hour)) {
			t.Errorf("the article's fetch time after a later copy: %v, %v; want %v", a.FetchedAt, err, t0.Add(time.Hour))
		}
		for _, f := range []model.Filter{{}, {Topics: []string{"the-thao"}}, {Topics: []string{"kinh-te"}},
			{SourceID: src[1].ID}, {SourceID: src[2].ID}, {Query: "đội tuyển"}} {
			ids, err := s.ArticleIDs(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			if n := count(ids, first); n != 1 || len(ids) != len(dedupe(ids)) {
				t.Errorf("ArticleIDs(%+v) = %v: want article %d once", f, ids, first)
			}
		}
		for _, f := range []model.Filter{{}, {Topics: []string{"the-thao"}}, {Topics: []string{"kinh-te"}},
			{SourceID: src[1].ID}, {SourceID: src[2].ID}, {Query: "đội tuyển"}} {
			leads, err := s.StoryLeads(ctx, f, time.Time{}, 0, 20)
			if err != nil {
				t.Fatal(err)
			}
			var ids []int64
			for _, a := range leads {
				ids = append(ids, a.ID)
			}
			if n := count(ids, first); n != 1 || len(ids) != len(dedupe(ids)) {
				t.Errorf("StoryLeads(%+v) = %v: want article %d once", f, ids, first)
			}
		}
		if ids, _ := s.ArticleIDs(ctx, model.Filter{}); len(ids) != 3 {
			t.Errorf("all news: %v, want 3 articles", ids)
		}
		if ids, _ := s.ArticleIDs(ctx, model.Filter{Topics: []string{"the-thao"}, Limit: 2}); len(ids) != 2 {
			t.Errorf("the-thao, limit 2: %v, want 2 articles", ids)
		}
		week, err := s.WeekArticles(ctx, t0.Add(-time.Hour), t0.Add(time.Hour))
		if err != nil || len(week) != 3 {
			t.Fatalf("WeekArticles: %d, %v", len(week), err)
		}
		for _, a := range week {
			if a.ID == first && (len(a.Topics) != 3 || a.Topics[0] != "thoi-su" || !slices.Contains(a.Topics, "the-thao") || !slices.Contains(a.Topics, "kinh-te")) {
				t.Errorf("the shared article's digest topics: %v", a.Topics)
			}
		}
		if err := s.RemoveSource(ctx, src[0].ID); err != nil {
			t.Fatal(err)
		}
		// The earliest copy (the section feed's) is the article now, the
		// other its copy; a later source's row of the link is its copy too.
		ids, err := s.ArticleIDs(ctx, model.Filter{})
		if err != nil || len(ids) != 2 || slices.Contains(ids, first) {
			t.Errorf("after removing the first source: %v, %v; want the section feed's copy as the article, and the run", ids, err)
		}
		src4 := model.Source{URL: "https://tonghop2.example/rss"}
		if err := s.AddSource(ctx, &src4); err != nil {
			t.Fatal(err)
		}
		saveOne(t, s, src4.ID, shared("agg2", "phap-luat", t0, link))
		if again, err := s.ArticleIDs(ctx, model.Filter{}); err != nil || !slices.Equal(again, ids) {
			t.Errorf("after a fourth source stored the link: %v, %v; want %v", again, err, ids)
		}
		if ids, err := s.ArticleIDs(ctx, model.Filter{Topics: []string{"kinh-te"}}); err != nil || len(ids) != 1 {
			t.Errorf("kinh-te after the removal: %v, %v; want the article once", ids, err)
		}
	})
}

func count(ids []int64, id int64) int {
	n := 0
	for _, x := range ids {
		if x == id {
			n++
		}
	}
	return n
}

func dedupe(ids []int64) []int64 {
	s := slices.Clone(ids)
	slices.Sort(s)
	return slices.Compact(s)
}

// TestMovedArticleKeepsItsLinks: an article the pipeline moved to a new
// link (a live page listed again under the article's own link) is the
// article of both links: another source carrying either is its copy.
func TestMovedArticleKeepsItsLinks(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var src [2]model.Source
		for i, u := range []string{"https://vnexpress.net/rss/tin-moi-nhat.rss", "https://vnexpress.net/rss/the-thao.rss"} {
			src[i] = model.Source{URL: u}
			if err := s.AddSource(ctx, &src[i]); err != nil {
				t.Fatal(err)
			}
		}
		live, plain := "https://vnexpress.net/truc-tiep-5106492-tong-thuat.html", "https://vnexpress.net/ket-qua-5106492.html"
		a := article("live", "Trực tiếp", "Trận đấu", t0, []string{"the-thao"})
		a.URL, a.Link = live, live
		id := saveOne(t, s, src[0].ID, store.ArticleWrite{Article: a}).IDs[0]
		a.Key, a.URL, a.Link, a.ContentHash = "plain", plain, plain, "h2"
		saveOne(t, s, src[0].ID, store.ArticleWrite{Article: a, ExistingID: id, Rekey: true})
		for i, l := range []string{plain, live} {
			b := article("sec"+l, "Kết quả", "Trận đấu", t0, []string{"the-thao"})
			b.URL, b.Link = l, l
			saveOne(t, s, src[1].ID, store.ArticleWrite{Article: b})
			ids, err := s.ArticleIDs(ctx, model.Filter{Topics: []string{"the-thao"}})
			if err != nil || !slices.Equal(ids, []int64{id}) {
				t.Errorf("after the section feed's copy %d: %v, %v; want [%d]", i, ids, err, id)
			}
		}
	})
}

// TestTwoCopiesCountOnce: two copies of an article carry a topic the
// article lacks (two section feeds of that topic): the topic's feed
// counts the article once against its limit, so it still fills the limit
// with the next article.
func TestTwoCopiesCountOnce(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var src [3]model.Source
		for i := range src {
			src[i] = model.Source{URL: fmt.Sprintf("https://vnexpress.net/rss/%d.rss", i)}
			if err := s.AddSource(ctx, &src[i]); err != nil {
				t.Fatal(err)
			}
		}
		link := "https://vnexpress.net/a-5000001.html"
		older := article("older", "Giải chạy", "Đêm", t0.Add(-time.Hour), []string{"the-thao"})
		home := article("home", "Đội tuyển thắng", "Trận mở màn", t0, []string{"thoi-su"})
		home.URL, home.Link = link, link
		first := saveOne(t, s, src[0].ID, store.ArticleWrite{Article: older}, store.ArticleWrite{Article: home}).IDs
		for i := 1; i < 3; i++ {
			c := article(fmt.Sprint("sec", i), "Đội tuyển thắng", "Trận mở màn", t0, []string{"the-thao"})
			c.URL, c.Link = link, link
			saveOne(t, s, src[i].ID, store.ArticleWrite{Article: c})
		}
		ids, err := s.ArticleIDs(ctx, model.Filter{Topics: []string{"the-thao"}, Limit: 2})
		if want := []int64{first[1], first[0]}; err != nil || !slices.Equal(ids, want) {
			t.Errorf("the-thao, limit 2: %v, %v; want %v", ids, err, want)
		}
	})
}
