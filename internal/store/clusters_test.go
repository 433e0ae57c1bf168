package store_test

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSetClustersManyMoves: moves of over a thousand articles, more than
// one transaction takes on either engine (setClustersBatch,
// pgSetClustersBatch), one cluster's moves among them larger than a
// SQLite transaction alone, are all applied; moving them again changes
// nothing and keeps the content version.
func TestSetClustersManyMoves(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		const n = 1100
		stored := addArticles(t, s, "https://xoso.example.vn/rss", "Kết quả xổ số", n)
		// Three stories: the first 700 articles, 300 more, and 100 more.
		moves := map[int64]int64{}
		heads := []int64{stored[0].ID, stored[700].ID, stored[1000].ID}
		for i, a := range stored {
			head := heads[0]
			if i >= 1000 {
				head = heads[2]
			} else if i >= 700 {
				head = heads[1]
			}
			if a.ID != head {
				moves[a.ID] = head
			}
		}
		if err := s.SetClusters(ctx, oneThread(moves)); err != nil {
			t.Fatal(err)
		}
		sizes := map[int64]int{}
		for _, a := range allArticles(t, s, n) {
			sizes[a.ClusterID]++
		}
		if fmt.Sprint(sizes) != fmt.Sprint(map[int64]int{heads[0]: 700, heads[1]: 300, heads[2]: 100}) {
			t.Fatalf("cluster sizes %v", sizes)
		}
		v, err := s.ContentVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetClusters(ctx, oneThread(moves)); err != nil {
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
		stored := addArticles(t, s, "https://tin.example.vn/rss", "Tin", 100)
		moves := map[int64]int64{1 << 40: stored[0].ID}
		want := map[int64]int64{}
		for i := 0; i+1 < len(stored); i += 2 {
			a, b := stored[i], stored[i+1]
			moves[b.ID] = a.ID
			want[a.ID], want[b.ID] = a.ID, a.ID
		}
		if err := s.SetClusters(ctx, oneThread(moves)); err != nil {
			t.Fatal(err)
		}
		for _, a := range allArticles(t, s, len(stored)) {
			if a.ClusterID != want[a.ID] {
				t.Errorf("article %d in cluster %d, want %d", a.ID, a.ClusterID, want[a.ID])
			}
		}
	})
}

// addArticles adds a source at url and n articles to it, titled title and
// a number, published a minute apart (for allArticles's pages), and returns
// them as stored, lowest id first.
func addArticles(t *testing.T, s *store.Store, url, title string, n int) []model.Article {
	t.Helper()
	ctx := context.Background()
	src := &model.Source{URL: url}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	arts := make([]model.Article, n)
	for i := range arts {
		arts[i] = article(fmt.Sprintf("k%04d", i), fmt.Sprintf("%s %d", title, i), "", t0.Add(-time.Duration(i)*time.Minute), nil)
	}
	if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
		t.Fatal(err)
	}
	return allArticles(t, s, n)
}

// allArticles returns the n stored articles, each published at its own
// time, lowest id first, reading them a page at a time (a filter returns
// at most store.MaxLimit, newest first).
func allArticles(t *testing.T, s *store.Store, n int) []model.Article {
	t.Helper()
	var out []model.Article
	f := model.Filter{Limit: store.MaxLimit}
	for len(out) < n {
		page, err := s.Articles(context.Background(), f)
		if err != nil || len(page) == 0 {
			t.Fatalf("read %d of %d articles: %v", len(out), n, err)
		}
		out, f.Until = append(out, page...), page[len(page)-1].PublishedAt
	}
	slices.SortFunc(out, func(a, b model.Article) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// idsByKey returns the ids of the n articles stored in s by their keys
// (allArticles).
func idsByKey(t *testing.T, s *store.Store, n int) map[string]int64 {
	t.Helper()
	ids := make(map[string]int64, n)
	for _, a := range allArticles(t, s, n) {
		ids[a.Key] = a.ID
	}
	return ids
}

// oneThread is moves (article id → cluster) as placements whose thread is
// their segment: the clusters of stories without a silence.
func oneThread(moves map[int64]int64) map[int64]store.Placement {
	out := make(map[int64]store.Placement, len(moves))
	for id, c := range moves {
		out[id] = store.Placement{Thread: c, Segment: c}
	}
	return out
}

// TestSetClustersThread: SetClusters writes thread and segment, which
// RecentSignatures reads back (a new article is its own thread); a move of
// the thread alone is a change, the same placements again are none.
func TestSetClustersThread(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		st := addArticles(t, s, "https://tin.example.vn/rss", "Tin", 4)
		a, b, c, d := st[0].ID, st[1].ID, st[2].ID, st[3].ID
		read := func() string {
			t.Helper()
			rows, err := s.RecentSignatures(ctx, 0, t0.Add(-time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, r := range rows {
				out = append(out, fmt.Sprintf("%d:%d/%d", r.ArticleID-a, r.ThreadID-a, r.ClusterID-a))
			}
			return fmt.Sprint(out)
		}
		if got := read(); got != "[0:0/0 1:1/1 2:2/2 3:3/3]" {
			t.Fatalf("new articles (id:thread/segment, less the first id) %s, want each its own", got)
		}
		placed := map[int64]store.Placement{b: {Thread: a, Segment: a}, c: {Thread: a, Segment: c}, d: {Thread: a, Segment: c}}
		if err := s.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		if got := read(); got != "[0:0/0 1:0/0 2:0/2 3:0/2]" {
			t.Fatalf("after SetClusters %s", got)
		}
		v, _ := s.ContentVersion(ctx)
		if err := s.SetClusters(ctx, placed); err != nil {
			t.Fatal(err)
		}
		if again, _ := s.ContentVersion(ctx); again != v {
			t.Errorf("the same placements again bumped the version %d → %d", v, again)
		}
		if err := s.SetClusters(ctx, map[int64]store.Placement{c: {Thread: c, Segment: c}}); err != nil {
			t.Fatal(err)
		}
		if got, again := read(), must(s.ContentVersion(ctx)); got != "[0:0/0 1:0/0 2:2/2 3:0/2]" || again == v {
			t.Errorf("a thread move alone: %s, version %d → %d", got, v, again)
		}
	})
}

func must[T any](v T, _ error) T { return v }
