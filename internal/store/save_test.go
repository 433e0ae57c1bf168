package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSaveFetchIDsAndClusters: new articles get increasing ids after those
// stored, in the order of the writes; one without a cluster is its own
// cluster's first member, one with a cluster keeps it; SaveFetch returns the
// ids in order and sets them on the writes.
func TestSaveFetchIDsAndClusters(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		src := &model.Source{URL: "https://x.vn/rss"}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
		first := saveOne(t, s, src.ID, store.ArticleWrite{Article: article("a", "A", "", t0, nil)})
		joined := article("c", "C", "", t0, nil)
		joined.ClusterID = first.IDs[0]
		second := saveOne(t, s, src.ID, store.ArticleWrite{Article: article("b", "B", "", t0, nil)},
			store.ArticleWrite{Article: joined}, store.ArticleWrite{Article: article("d", "D", "", t0, nil)})
		ids := second.IDs
		if len(ids) != 3 || ids[0] <= first.IDs[0] || ids[1] <= ids[0] || ids[2] <= ids[1] {
			t.Fatalf("ids %v after %v: want three increasing ids after it", ids, first.IDs)
		}
		want := map[int64]int64{first.IDs[0]: first.IDs[0], ids[0]: ids[0], ids[1]: first.IDs[0], ids[2]: ids[2]}
		for id, cluster := range want {
			a, err := s.Article(ctx, id)
			if err != nil || a.ClusterID != cluster {
				t.Errorf("article %d: cluster %d, %v; want %d", id, a.ClusterID, err, cluster)
			}
		}
	})
}

// TestSaveFetchMoveConflict: a source cannot move to another source's URL;
// the save fails with model.ErrConflict and writes nothing.
func TestSaveFetchMoveConflict(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		other := &model.Source{URL: "https://y.vn/rss"}
		src := &model.Source{URL: "https://x.vn/rss"}
		s.AddSource(ctx, other)
		s.AddSource(ctx, src)
		if _, err := s.ClaimSource(ctx, src.ID, "w", t0, time.Minute); err != nil {
			t.Fatal(err)
		}
		_, err := s.SaveFetch(ctx, store.FetchOutcome{SourceID: src.ID, Owner: "w", FetchedAt: t0, MovedTo: other.URL},
			[]store.ArticleWrite{{Article: article("a", "t", "s", t0, nil)}})
		if !errors.Is(err, model.ErrConflict) {
			t.Fatalf("err = %v, want ErrConflict", err)
		}
		if arts, _ := s.Articles(ctx, model.Filter{}); len(arts) != 0 {
			t.Fatalf("failed move still wrote %d articles", len(arts))
		}
	})
}
