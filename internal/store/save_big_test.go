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

// TestSaveFetchBigFeed stores one fetch of 5,000 new articles, each tagged,
// then the same 5,000 edited: more rows than one statement may bind
// parameters for (32,766 on SQLite, 65,535 on PostgreSQL), so the writes go
// in batches within the one transaction.
func TestSaveFetchBigFeed(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://archive.example.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		const n = 5000
		hn := model.ProvinceTag{Province: "ha-noi", Weight: 1, Reason: "text"}
		writes := make([]store.ArticleWrite, n)
		for i := range writes {
			a := article(fmt.Sprintf("k%05d", i), fmt.Sprintf("Tin số %d ở Hà Nội", i), "Tóm tắt",
				t0.Add(time.Duration(i)*time.Second), []string{"xa-hoi", "kinh-te"}, hn)
			writes[i] = store.ArticleWrite{Article: a, Signature: []byte{byte(i)}}
		}
		first := saveOne(t, s, src.ID, writes...)
		if first.New != n || len(first.IDs) != n {
			t.Fatalf("first save: new %d, ids %d; want %d", first.New, len(first.IDs), n)
		}
		seen := map[int64]bool{}
		for _, id := range first.IDs {
			if id == 0 || seen[id] {
				t.Fatalf("id %d missing or repeated", id)
			}
			seen[id] = true
		}
		if got, _ := s.Articles(ctx, model.Filter{Provinces: []string{"ha-noi"}, Topics: []string{"kinh-te"}, Limit: 200}); len(got) != 200 {
			t.Fatalf("tagged articles: %d, want 200 (the limit)", len(got))
		}
		if got, _ := s.Articles(ctx, model.Filter{Query: "tin so 4999"}); len(got) != 1 {
			t.Fatalf("search for the last article: %d results, want 1", len(got))
		}
		for i := range writes {
			writes[i].ExistingID = first.IDs[i]
			writes[i].Article.Title += " (cập nhật)"
			writes[i].Article.ContentHash += "-2"
		}
		second := saveOne(t, s, src.ID, writes...)
		if second.Updated != n {
			t.Fatalf("second save: updated %d, want %d", second.Updated, n)
		}
		states, err := s.ArticleStates(ctx, src.ID, keysOf(writes))
		if err != nil || len(states) != n {
			t.Fatalf("states: %d, %v; want %d", len(states), err, n)
		}
	})
}

func keysOf(writes []store.ArticleWrite) []string {
	keys := make([]string, len(writes))
	for i := range writes {
		keys[i] = writes[i].Article.Key
	}
	return keys
}
