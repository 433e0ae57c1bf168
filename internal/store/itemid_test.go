package store_test

import (
	"context"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestItemIDs: a new article gets model.ItemID of its source URL and key,
// the same in any database whatever its row id, and keeps it through edits
// and a move of its source.
func TestItemIDs(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		const url = "https://vnexpress.net/rss/thoi-su.rss"
		other := &model.Source{URL: "https://tuoitre.vn/rss/tin-moi-nhat.rss"}
		src := &model.Source{URL: url}
		s.AddSource(ctx, other)
		s.AddSource(ctx, src)
		saveOne(t, s, other.ID, store.ArticleWrite{Article: article("x", "Khác", "", t0, nil)})
		a := article("url:https://vnexpress.net/a.html", "Tiêu đề", "", t0, nil)
		res := saveOne(t, s, src.ID, store.ArticleWrite{Article: a})
		want := model.ItemID(url, a.Key)
		got, err := s.Article(ctx, res.IDs[0])
		if err != nil || got.ItemID != want {
			t.Fatalf("item id = %q, %v; want %q", got.ItemID, err, want)
		}
		if ids, _ := s.ArticlesByID(ctx, res.IDs); len(ids) != 1 || ids[0].ItemID != want {
			t.Fatalf("ArticlesByID item id = %+v", ids)
		}
		if _, err := s.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		a.Title, a.ContentHash = "Tiêu đề mới", "h2"
		if _, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: t0,
			MovedTo: "https://vnexpress.net/rss/thoi-su-moi.rss"}, []store.ArticleWrite{{Article: a, ExistingID: res.IDs[0]}}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Article(ctx, res.IDs[0]); got.ItemID != want || got.Title != "Tiêu đề mới" {
			t.Fatalf("after an edit and a move: %q %q; want %q", got.ItemID, got.Title, want)
		}
	})
}

func TestItemIDForm(t *testing.T) {
	a := model.ItemID("https://vnexpress.net/rss/thoi-su.rss", "url:https://vnexpress.net/a.html")
	if len(a) != len("urn:uuid:")+36 || a[:9] != "urn:uuid:" || a[9+14] != '5' || a != model.ItemID("https://vnexpress.net/rss/thoi-su.rss", "url:https://vnexpress.net/a.html") {
		t.Fatalf("ItemID = %q: want a stable version-5 urn:uuid", a)
	}
	if a == model.ItemID("https://vnexpress.net/rss/the-gioi.rss", "url:https://vnexpress.net/a.html") {
		t.Fatal("two sources' copies of one link share an id")
	}
}
