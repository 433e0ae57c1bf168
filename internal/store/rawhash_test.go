package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestRawHashes: raw hashes are stored with new articles, read back by key
// (keys unknown or of another source left out, an article without a hash
// as ""), kept by
// an edit that brings its own, and rewritten alone through
// FetchOutcome.RawHashes.
func TestRawHashes(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://tuoitre.vn/rss/tin-moi-nhat.rss"}
		other := &model.Source{URL: "https://vnexpress.net/rss/tin-moi-nhat.rss"}
		for _, x := range []*model.Source{src, other} {
			if err := s.AddSource(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		a, b, legacy := article("a", "Bão số 3", "", t0, nil), article("b", "Giá vàng", "", t0, nil), article("c", "Cũ", "", t0, nil)
		a.RawHash, b.RawHash = "ra1", "rb1"
		res := saveOne(t, s, src.ID, store.ArticleWrite{Article: a}, store.ArticleWrite{Article: b}, store.ArticleWrite{Article: legacy})
		o := article("a", "Bão số 3", "", t0, nil)
		o.RawHash = "other"
		saveOne(t, s, other.ID, store.ArticleWrite{Article: o})
		check := func(want map[string]string) {
			t.Helper()
			got, err := s.RawHashes(ctx, src.ID, []string{"a", "b", "c", "missing"})
			if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("RawHashes = %v, %v; want %v", got, err, want)
			}
		}
		check(map[string]string{"a": "ra1", "b": "rb1", "c": ""})
		a.Title, a.ContentHash, a.RawHash, a.UpdatedAt = "Bão số 3 mạnh lên", "h-a2", "ra2", t0.Add(time.Hour)
		saveOne(t, s, src.ID, store.ArticleWrite{Article: a, ExistingID: res.IDs[0]})
		check(map[string]string{"a": "ra2", "b": "rb1", "c": ""})
		if _, err := s.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: t0,
			NextFetchAt: t0.Add(time.Hour), RawHashes: map[int64]string{res.IDs[1]: "rb2", res.IDs[2]: "rc2"}}, nil); err != nil {
			t.Fatal(err)
		}
		check(map[string]string{"a": "ra2", "b": "rb2", "c": "rc2"})
		if got, _ := s.Article(ctx, res.IDs[1]); got.Title != "Giá vàng" || got.ContentHash != "h-b" {
			t.Errorf("a raw hash rewrite changed the article: %+v", got)
		}
	})
}
