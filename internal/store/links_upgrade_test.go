package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestArticleLinksBackfill: a database of migration 0010 where two feeds
// of one outlet stored the same link twice (and one article has no link)
// upgrades to one article per link: the earliest row is the article, with
// the id feeds published for it; every feed lists it once; the later row
// stays as its copy, and its tags still select the article.
func TestArticleLinksBackfill(t *testing.T) {
	ctx := context.Background()
	names, err := (&Store{engine: SQLite}).Migrations()
	if err != nil {
		t.Fatal(err)
	}
	k := slices.Index(names, "0010_source_moves.sql") + 1
	for engine, u := range upgradeURLs(t, "v10.db") {
		t.Run(engine, func(t *testing.T) {
			s := openURL(t, u)
			if err := s.migrateTo(ctx, names[:k]); err != nil {
				t.Fatal(err)
			}
			fillDuplicates(t, s)
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			checkBackfill(t, s)
		})
	}
}

// fillDuplicates stores, as migration 0010's bantin did, articles 1 (home
// feed, thoi-su) and 3 (section feed, the-thao) of one link, 2 of another
// (section feed), 4 without a link (home feed), and 5, a third row of
// article 1's link (home feed again, under another guid).
func fillDuplicates(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec("INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://vnexpress.net/rss/tin-moi-nhat.rss', 'Home', 1)")
	exec("INSERT INTO sources (id, url, name, created_at) VALUES (2, 'https://vnexpress.net/rss/the-thao.rss', 'Thể thao', 1)")
	day := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	for _, a := range []struct {
		id, source int64
		url, topic string
	}{
		{1, 1, "https://vnexpress.net/a-1.html", "thoi-su"}, {2, 2, "https://vnexpress.net/b-2.html", "the-thao"},
		{3, 2, "https://vnexpress.net/a-1.html", "the-thao"}, {4, 1, "", "thoi-su"},
		{5, 1, "https://vnexpress.net/a-1.html", "thoi-su"},
	} {
		p := micros(day.Add(time.Duration(a.id) * time.Minute))
		exec(`INSERT INTO articles (id, source_id, key, item_id, published_at, cluster_id, thread_id, url, title, updated_at, fetched_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Tin', ?, ?)`, a.id, a.source, fmt.Sprint("k", a.id), fmt.Sprint("id-", a.id), p, a.id, a.id, a.url, p, p)
		exec("INSERT INTO article_topics (article_id, topic, is_primary, published_at) VALUES (?, ?, ?, ?)", a.id, a.topic, true, p)
	}
	if s.engine == Postgres {
		exec("SELECT setval(pg_get_serial_sequence('articles', 'id'), 5)")
	}
}

// checkBackfill checks what fillDuplicates' rows read as after the upgrade.
func checkBackfill(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	for _, tt := range []struct {
		f    model.Filter
		want []int64
	}{
		{model.Filter{}, []int64{4, 2, 1}},
		// A copy that matches places its article by its own date (3 > 2),
		// also where the article matches too: 1 by its copy 5 (5 > 4), as
		// pages place it (StoryLeads).
		{model.Filter{Topics: []string{"the-thao"}}, []int64{1, 2}},
		{model.Filter{Topics: []string{"thoi-su"}}, []int64{1, 4}},
		{model.Filter{SourceID: 2}, []int64{1, 2}},
		{model.Filter{Limit: 2}, []int64{4, 2}},
	} {
		ids, err := s.ArticleIDs(ctx, tt.f)
		if err != nil || !slices.Equal(ids, tt.want) {
			t.Errorf("ArticleIDs(%+v) = %v, %v; want %v", tt.f, ids, err, tt.want)
		}
	}
	var copies []string
	if err := s.db.NewRaw("SELECT article_id || '>' || canonical_id FROM article_copies ORDER BY article_id").Scan(ctx, &copies); err != nil ||
		!slices.Equal(copies, []string{"3>1", "5>1"}) {
		t.Errorf("copies = %v, %v; want 3>1, 5>1", copies, err)
	}
	week, err := s.WeekArticles(ctx, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range week {
		got = append(got, fmt.Sprint(a.ID, a.Topics))
	}
	if want := []string{"4 [thoi-su]", "2 [the-thao]", "1 [thoi-su the-thao]"}; !slices.Equal(got, want) {
		t.Errorf("WeekArticles = %v, want %v", got, want)
	}
}
