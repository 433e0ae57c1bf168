package store

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestLinkUnlinkedRows: rows an older binary stored into a database of
// migration 0011 (a replica not yet upgraded, or the previous release
// after a rollback: no article_links or article_copies rows) are linked
// by LinkUnlinked with the migration's rule — the earliest row of a link
// is the article, the later ones its copies — once (a second run links
// nothing); a new copy of such a link then arrives as the article's copy,
// not a second article. A run over the recent rows only links a row the
// old binary stored after that.
func TestLinkUnlinkedRows(t *testing.T) {
	ctx := context.Background()
	canon := func(u string) string { l, _, _ := strings.Cut(u, "?"); return l }
	for engine, u := range upgradeURLs(t, "v11.db") {
		t.Run(engine, func(t *testing.T) {
			s := openURL(t, u)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			fillDuplicates(t, s) // rows 1, 3, 5 of a-1, 2 of b-2, 4 without a link
			for _, want := range []int{4, 0} {
				if n, err := s.LinkUnlinked(ctx, canon, 0); err != nil || n != want {
					t.Fatalf("LinkUnlinked = %d, %v; want %d", n, err, want)
				}
			}
			checkBackfill(t, s)
			saveCopy(t, s, "new-a", "https://vnexpress.net/a-1.html?utm_source=rss")
			if ids, err := s.ArticleIDs(ctx, model.Filter{}); err != nil || !slices.Equal(ids, []int64{4, 2, 1}) {
				t.Errorf("all news after a new copy of article 1: %v, %v; want [4 2 1]", ids, err)
			}
			// The old binary again: a row of b-2 (id 7), not linked by a
			// run over the last row but one, linked by one over the last.
			day := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
			if _, err := s.db.ExecContext(ctx, `INSERT INTO articles (id, source_id, key, item_id, published_at, cluster_id, thread_id, url, title, updated_at, fetched_at)
				VALUES (7, 1, 'k7', 'id-7', ?, 7, 7, 'https://vnexpress.net/b-2.html', 'Tin', ?, ?)`, micros(day), micros(day), micros(day)); err != nil {
				t.Fatal(err)
			}
			if n, err := s.LinkUnlinked(ctx, canon, 1); err != nil || n != 1 {
				t.Errorf("LinkUnlinked(recent 1) = %d, %v; want 1", n, err)
			}
			var copies []string
			if err := s.db.NewRaw("SELECT article_id || '>' || canonical_id FROM article_copies ORDER BY article_id").Scan(ctx, &copies); err != nil ||
				!slices.Equal(copies, []string{"3>1", "5>1", "6>1", "7>2"}) {
				t.Errorf("copies = %v, %v; want 3>1 5>1 6>1 7>2", copies, err)
			}
		})
	}
}

// saveCopy stores, as this binary does, a row of source 2 with url (its
// canonical link without the query), which gets id 6.
func saveCopy(t *testing.T, s *Store, key, url string) {
	t.Helper()
	ctx := context.Background()
	at := time.Date(2026, 11, 30, 8, 30, 0, 0, time.UTC)
	a := model.Article{Key: key, URL: url, Link: strings.Split(url, "?")[0], Title: "Tin", PublishedAt: at, UpdatedAt: at,
		FetchedAt: at, ContentHash: "h-" + key, Topics: []model.TopicTag{{Topic: "kinh-te", Primary: true, Reason: "test"}}}
	if _, err := s.ClaimSource(ctx, 2, "w", at, time.Minute); err != nil {
		t.Fatal(err)
	}
	res, err := s.SaveFetch(ctx, FetchOutcome{SourceID: 2, Owner: "w", Status: 200, FetchedAt: at, NextFetchAt: at.Add(time.Hour)},
		[]ArticleWrite{{Article: a}})
	if err != nil || len(res.IDs) != 1 || res.IDs[0] != 6 {
		t.Fatalf("SaveFetch = %+v, %v; want row 6", res, err)
	}
}
