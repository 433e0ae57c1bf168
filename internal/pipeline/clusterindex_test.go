package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"strings"
	"testing"
	"time"

	"bantin/internal/classify"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// storeSigned stores n signed articles of source src published at pub and
// returns nothing; their titles differ by first.
func storeSigned(t *testing.T, st *store.Store, src int64, first, n int, pub time.Time) {
	t.Helper()
	ctx := context.Background()
	var arts []model.Article
	for i := first; i < first+n; i++ {
		u := fmt.Sprintf("https://bao.example.vn/%d", i)
		arts = append(arts, model.Article{Key: "url:" + u, URL: u, Title: fmt.Sprintf("Tin số %d về lũ ở Huế", i),
			PublishedAt: pub, UpdatedAt: pub, FetchedAt: pub, ContentHash: fmt.Sprint(i)})
	}
	if err := st.BulkInsertArticles(ctx, src, arts); err != nil {
		t.Fatal(err)
	}
	stored, err := st.Articles(ctx, model.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	sigs := map[int64][]byte{}
	for _, a := range stored {
		b, err := classify.NewSignature(a.Title, "").MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		sigs[a.ID] = b
	}
	if err := st.SetSignatures(ctx, sigs); err != nil {
		t.Fatal(err)
	}
}

// addSigned adds a source, stores n signed articles of it published at
// pub (storeSigned) and returns the source's id.
func addSigned(t *testing.T, st *store.Store, n int, pub time.Time) int64 {
	t.Helper()
	src := &model.Source{URL: "https://bao.example.vn/rss"}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	storeSigned(t, st, src.ID, 0, n, pub)
	return src.ID
}

// TestIndexLoadUpTo: a load up to an id reads no article above it and
// leaves the next load to start there; prewarm loads only what was
// committed before it was called, however long its load takes.
func TestIndexLoadUpTo(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		now := time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC)
		srcID := addSigned(t, st, 3, now.Add(-time.Hour))
		ceiling, err := st.MaxArticleID(ctx)
		if err != nil || ceiling == 0 {
			t.Fatalf("largest id %d, %v", ceiling, err)
		}
		c := newClusterIndex(st, slog.New(slog.DiscardHandler))
		c.mu.Lock()
		if err := c.load(ctx, now, nil, ceiling-1); err != nil {
			t.Fatal(err)
		}
		if c.idx.Len() != 2 || c.lastID != ceiling-1 {
			t.Errorf("up to %d: %d indexed, next load after %d; want 2, %d", ceiling-1, c.idx.Len(), c.lastID, ceiling-1)
		}
		if err := c.load(ctx, now, nil, math.MaxInt64); err != nil {
			t.Fatal(err)
		}
		c.mu.Unlock()
		if c.idx.Len() != 3 || c.lastID != ceiling {
			t.Errorf("then without a bound: %d indexed, next load after %d; want 3, %d", c.idx.Len(), c.lastID, ceiling)
		}

		warm := newClusterIndex(st, slog.New(slog.DiscardHandler))
		wait := warm.prewarm(ctx, now)
		storeSigned(t, st, srcID, 3, 2, now.Add(-time.Minute)) // the pass's own articles
		wait()
		if warm.idx.Len() != 3 || warm.lastID != ceiling {
			t.Errorf("prewarm: %d indexed, next load after %d; want 3, %d", warm.idx.Len(), warm.lastID, ceiling)
		}
	})
}

// TestAssignRetriesAfterFailure: articles stored by a pass whose
// clustering failed (here its load: the context was gone) stay in stories
// of their own only until the next assign, which clusters them with its
// own batch, even an empty one; they are retried once.
func TestAssignRetriesAfterFailure(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		now := time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC)
		addSigned(t, st, 3, now.Add(-time.Hour))
		arts, err := st.Articles(ctx, model.Filter{Limit: 10})
		if err != nil || len(arts) != 3 {
			t.Fatalf("stored %d articles, %v", len(arts), err)
		}
		var batch []classify.Member
		for _, a := range arts {
			batch = append(batch, classify.Member{ArticleID: a.ID, Key: a.Key, Published: a.PublishedAt,
				Sig: classify.NewSignature(a.Title, "")})
		}
		c := newClusterIndex(st, slog.New(slog.DiscardHandler))
		gone, cancel := context.WithCancel(ctx)
		cancel()
		if err := c.assign(gone, now, batch); err == nil {
			t.Fatal("assign with a cancelled context succeeded")
		}
		if n := storyCount(t, st); n != 3 {
			t.Fatalf("after the failed assign: %d stories, want 3 (each its own)", n)
		}
		if err := c.assign(ctx, now, nil); err != nil {
			t.Fatal(err)
		}
		if n := storyCount(t, st); n != 1 {
			t.Errorf("after the next assign: %d stories, want the 3 reports in 1", n)
		}
		if len(c.retry) != 0 {
			t.Errorf("%d articles still kept for a retry", len(c.retry))
		}
	})
}

// storyCount returns how many stories (cluster ids) st's articles are in.
func storyCount(t *testing.T, st *store.Store) int {
	t.Helper()
	arts, err := st.Articles(context.Background(), model.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for _, a := range arts {
		seen[a.ClusterID] = true
	}
	return len(seen)
}

// TestIndexReadsResignedArticles: articles of an older signature scheme
// are left out of the index; once `bantin reclassify` (another process)
// re-signs them, a serving process's index takes them in within
// olderRecheck, not at the next hourly rebuild, warning once and saying
// when they are back.
func TestIndexReadsResignedArticles(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		now := time.Date(2026, 9, 14, 12, 0, 0, 0, time.UTC)
		addSigned(t, st, 3, now.Add(-time.Hour))
		stored, err := st.Articles(ctx, model.Filter{})
		if err != nil || len(stored) != 3 {
			t.Fatalf("stored %d, %v", len(stored), err)
		}
		fresh := map[int64][]byte{}
		for _, a := range stored[:2] {
			fresh[a.ID], _ = classify.NewSignature(a.Title, "").MarshalBinary()
			if err := st.SetSignatures(ctx, map[int64][]byte{a.ID: {3, 0, 1}}); err != nil {
				t.Fatal(err)
			}
		}
		var logs strings.Builder
		c := newClusterIndex(st, slog.New(slog.NewTextHandler(&logs, nil)))
		for _, step := range []struct {
			at     time.Duration
			resign bool
			want   int
		}{
			{0, false, 1},
			{olderRecheck, false, 1},
			{olderRecheck + time.Second, true, -1}, // PostgreSQL's id slack may read them already
			{2 * olderRecheck, false, 3},
			{3 * olderRecheck, false, 3},
		} {
			if step.resign {
				if err := st.SetSignatures(ctx, fresh); err != nil {
					t.Fatal(err)
				}
			}
			idx, err := c.sync(ctx, now.Add(step.at))
			if err != nil {
				t.Fatal(err)
			}
			if step.want >= 0 && idx.Len() != step.want {
				t.Errorf("at +%v: %d indexed, want %d", step.at, idx.Len(), step.want)
			}
		}
		if got := strings.Count(logs.String(), "bantin reclassify"); got != 1 {
			t.Errorf("%d warnings, want 1:\n%s", got, logs.String())
		}
		if !strings.Contains(logs.String(), "back in story clustering") || !strings.Contains(logs.String(), "articles=2") {
			t.Errorf("no line saying the 2 re-signed articles are back:\n%s", logs.String())
		}
	})
}
