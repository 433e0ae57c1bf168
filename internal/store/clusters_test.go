package store_test

import (
	"context"
	"fmt"
	"testing"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSetClustersManyMoves: moves of several hundred articles, more than
// one transaction takes (setClustersBatch), one cluster's moves among them
// larger than a transaction alone, are all applied; moving them again changes nothing
// and keeps the content version.
func TestSetClustersManyMoves(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://xoso.example.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		arts := make([]model.Article, 450)
		for i := range arts {
			arts[i] = article(fmt.Sprintf("k%03d", i), fmt.Sprintf("Kết quả xổ số %d", i), "", t0, nil)
		}
		if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
			t.Fatal(err)
		}
		stored, err := s.Articles(ctx, model.Filter{Limit: 500})
		if err != nil || len(stored) != len(arts) {
			t.Fatalf("stored %d, %v", len(stored), err)
		}
		// Three stories: the first 300 articles, 100 more, and 50 more.
		moves := map[int64]int64{}
		heads := []int64{stored[0].ID, stored[300].ID, stored[400].ID}
		for i, a := range stored {
			head := heads[0]
			if i >= 400 {
				head = heads[2]
			} else if i >= 300 {
				head = heads[1]
			}
			if a.ID != head {
				moves[a.ID] = head
			}
		}
		if err := s.SetClusters(ctx, moves); err != nil {
			t.Fatal(err)
		}
		after, _ := s.Articles(ctx, model.Filter{Limit: 500})
		sizes := map[int64]int{}
		for _, a := range after {
			sizes[a.ClusterID]++
		}
		if fmt.Sprint(sizes) != fmt.Sprint(map[int64]int{heads[0]: 300, heads[1]: 100, heads[2]: 50}) {
			t.Fatalf("cluster sizes %v", sizes)
		}
		v, err := s.ContentVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetClusters(ctx, moves); err != nil {
			t.Fatal(err)
		}
		if again, _ := s.ContentVersion(ctx); again != v {
			t.Errorf("moving to the same clusters bumped the version %d → %d", v, again)
		}
	})
}

// TestSetClustersPairs: many small stories in one transaction (pairs, each
// moving its second article to its first), with an id that names no
// article among them, are applied; the unknown id is ignored.
func TestSetClustersPairs(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://tin.example.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		arts := make([]model.Article, 100)
		for i := range arts {
			arts[i] = article(fmt.Sprintf("p%03d", i), fmt.Sprintf("Tin %d", i), "", t0, nil)
		}
		if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
			t.Fatal(err)
		}
		stored, err := s.Articles(ctx, model.Filter{Limit: 200})
		if err != nil || len(stored) != len(arts) {
			t.Fatalf("stored %d, %v", len(stored), err)
		}
		moves := map[int64]int64{1 << 40: stored[0].ID}
		want := map[int64]int64{}
		for i := 0; i+1 < len(stored); i += 2 {
			a, b := stored[i], stored[i+1]
			moves[b.ID] = a.ID
			want[a.ID], want[b.ID] = a.ID, a.ID
		}
		if err := s.SetClusters(ctx, moves); err != nil {
			t.Fatal(err)
		}
		after, _ := s.Articles(ctx, model.Filter{Limit: 200})
		for _, a := range after {
			if a.ClusterID != want[a.ID] {
				t.Errorf("article %d in cluster %d, want %d", a.ID, a.ClusterID, want[a.ID])
			}
		}
	})
}
