package store

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestFreezeLegacyItemIDs: articles stored before item ids were derived
// get, once, the id published under the host of that time; a later start
// under another host changes nothing, and new articles keep theirs.
func TestFreezeLegacyItemIDs(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "b.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	src := &model.Source{URL: "https://vnexpress.net/rss/thoi-su.rss"}
	s.AddSource(ctx, src)
	now := time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)
	var writes []ArticleWrite
	for _, k := range []string{"url:https://vnexpress.net/a", "url:https://vnexpress.net/b"} {
		writes = append(writes, ArticleWrite{Article: model.Article{Key: k, URL: k[4:], Title: k, PublishedAt: now, UpdatedAt: now, FetchedAt: now}})
	}
	if _, err := s.ClaimSource(ctx, src.ID, "w", now, time.Minute); err != nil {
		t.Fatal(err)
	}
	res, err := s.SaveFetch(ctx, FetchOutcome{SourceID: src.ID, Owner: "w", Status: 200, FetchedAt: now}, writes)
	if err != nil {
		t.Fatal(err)
	}
	// The first article as stored before migration 0004.
	if _, err := s.db.ExecContext(ctx, "UPDATE articles SET item_id = '' WHERE id = ?", res.IDs[0]); err != nil {
		t.Fatal(err)
	}
	if n, err := s.FreezeLegacyItemIDs(ctx, "tag:bantin.example,2026:article/"); err != nil || n != 1 {
		t.Fatalf("freeze: %d, %v; want 1 article", n, err)
	}
	if n, err := s.FreezeLegacyItemIDs(ctx, "tag:moved.example,2026:article/"); err != nil || n != 0 {
		t.Fatalf("second freeze: %d, %v; want nothing", n, err)
	}
	arts, _ := s.ArticlesByID(ctx, res.IDs)
	got := map[int64]string{}
	for _, a := range arts {
		got[a.ID] = a.ItemID
	}
	if want := "tag:bantin.example,2026:article/" + strconv.FormatInt(res.IDs[0], 10); got[res.IDs[0]] != want {
		t.Errorf("legacy article id %q, want %q", got[res.IDs[0]], want)
	}
	if want := model.ItemID(src.URL, writes[1].Article.Key); got[res.IDs[1]] != want {
		t.Errorf("new article id %q, want %q", got[res.IDs[1]], want)
	}
}
