package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// TestUpgradeFromEachSchema: a database left at each earlier schema version
// (migrations 0001…k applied) and holding what bantin of that version
// stored (a source, two tagged articles of one story, an active subscriber
// and a sent digest) upgrades to the current schema, applying exactly the
// later migrations, and reads back through today's queries: the topic and
// province feed, search, the story's thread, the subscriber and the digest.
// New writes work on it after.
func TestUpgradeFromEachSchema(t *testing.T) {
	ctx := context.Background()
	names, err := (&Store{engine: SQLite}).Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("BANTIN_TEST_DATABASE_URL") == "" {
		t.Log("BANTIN_TEST_DATABASE_URL is not set: the PostgreSQL variant of this test does not run")
	}
	for k := 1; k < len(names); k++ {
		for engine, u := range upgradeURLs(t, fmt.Sprintf("v%d.db", k)) {
			t.Run(fmt.Sprintf("%s/from_%s", engine, names[k-1]), func(t *testing.T) {
				s := openURL(t, u)
				if err := s.migrateTo(ctx, names[:k]); err != nil {
					t.Fatal(err)
				}
				fillOldSchema(t, s, k)
				applied, err := s.Migrate(ctx)
				if err != nil || !slices.Equal(applied, names[k:]) {
					t.Fatalf("Migrate from %s = %v, %v; want %v", names[k-1], applied, err, names[k:])
				}
				checkUpgraded(t, s)
			})
		}
	}
}

// upgradeURLs returns a new SQLite database (file name) and, with
// BANTIN_TEST_DATABASE_URL, a new PostgreSQL schema, by engine.
func upgradeURLs(t testing.TB, name string) map[string]string {
	urls := map[string]string{"sqlite": "sqlite:" + filepath.Join(t.TempDir(), name)}
	if base := os.Getenv("BANTIN_TEST_DATABASE_URL"); base != "" {
		urls["postgres"] = schemaURL(t, base)
	}
	return urls
}

// migrateTo applies the migrations names (a prefix of Migrations) in one
// transaction, recording them as Migrate does.
func (s *Store) migrateTo(ctx context.Context, names []string) error {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := applyPending(ctx, tx, s.engine, names); err != nil {
		return err
	}
	return tx.Commit()
}

// oldArticle is one article as an older bantin stored it.
type oldArticle struct {
	id             int64
	title, summary string
	published      time.Time
}

// fillOldSchema writes, in SQL valid at schema version k (the columns of
// 0001, and those later versions required of a writer), what bantin of
// that version stored.
func fillOldSchema(t *testing.T, s *Store, k int) {
	t.Helper()
	ctx := context.Background()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := s.db.ExecContext(ctx, q, args...); err != nil {
			t.Fatalf("schema %d: %s: %v", k, q, err)
		}
	}
	exec("INSERT INTO sources (id, url, name, created_at) VALUES (1, 'https://bao.example/rss', 'Báo', 1)")
	day := time.Date(2026, 5, 12, 8, 0, 0, 0, time.UTC)
	for _, a := range []oldArticle{
		{1, "Bão số 3 đổ bộ Quảng Ninh", "Gió giật mạnh ở Hạ Long.", day},
		{2, "Quảng Ninh khắc phục hậu quả bão", "Cây đổ trên nhiều tuyến phố.", day.Add(2 * time.Hour)},
	} {
		p := micros(a.published)
		exec(`INSERT INTO articles (id, source_id, key, published_at, cluster_id, url, title, summary, updated_at, fetched_at)
			VALUES (?, 1, ?, ?, 1, ?, ?, ?, ?, ?)`, a.id, fmt.Sprint("k", a.id), p, fmt.Sprint("https://bao.example/", a.id), a.title, a.summary, p, p)
		exec("INSERT INTO article_topics (article_id, topic, is_primary, published_at) VALUES (?, 'thoi-tiet', ?, ?)", a.id, true, p)
		exec("INSERT INTO article_provinces (article_id, province, legacy_province, weight, published_at) VALUES (?, 'quang-ninh', '', 1, ?)", a.id, p)
		if k >= 2 {
			exec("INSERT INTO article_topic_provinces (topic, province, published_at, article_id) VALUES ('thoi-tiet', 'quang-ninh', ?, ?)", p, a.id)
		}
		if k >= 8 {
			exec("UPDATE articles SET thread_id = cluster_id WHERE id = ?", a.id)
		}
		m := model.Article{Title: a.title, Summary: a.summary}
		if s.engine == SQLite {
			title, summary := searchFields(&m)
			exec("INSERT INTO articles_fts (rowid, title, summary) VALUES (?, ?, ?)", a.id, title, summary)
		} else if k >= 3 {
			exec("UPDATE articles SET search_text = ? WHERE id = ?", searchText(&m), a.id)
		} else { // before 0003 the folded text kept its punctuation
			exec("UPDATE articles SET search_text = ? WHERE id = ?", vntext.Fold(a.title+". "+a.summary), a.id)
		}
	}
	exec("INSERT INTO subscribers (id, email, status, topics, created_at, confirmed_at) VALUES (1, 'a@example.com', 'active', 'thoi-tiet', 1, 1)")
	exec("INSERT INTO digests (period, subscriber_id, status, sent_at) VALUES ('2026-W19', 1, 'sent', 1)")
	if s.engine == Postgres { // explicit ids: move the sequences past them, as inserts without ids did
		for _, tbl := range []string{"sources", "articles", "subscribers"} {
			exec(fmt.Sprintf("SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT max(id) FROM %s))", tbl, tbl))
		}
	}
}

// checkUpgraded reads fillOldSchema's rows through today's queries and
// writes to the upgraded database.
func checkUpgraded(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	if pending, err := s.PendingMigrations(ctx); err != nil || len(pending) != 0 {
		t.Fatalf("pending after Migrate: %v, %v", pending, err)
	}
	for _, f := range []model.Filter{
		{Topics: []string{"thoi-tiet"}, Provinces: []string{"quang-ninh"}},
		{Provinces: []string{"quang-ninh"}, Query: "bao"}, {Query: "hạ long"}, {Story: 1}, {SourceID: 1},
	} {
		got, err := s.Articles(ctx, f)
		if err != nil {
			t.Fatalf("Articles(%+v): %v", f, err)
		}
		want := 2
		if f.Query == "hạ long" {
			want = 1
		}
		if len(got) != want {
			t.Errorf("Articles(%+v): %d articles, want %d", f, len(got), want)
		}
	}
	var unthreaded int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE thread_id <> cluster_id").Scan(&unthreaded); err != nil || unthreaded != 0 {
		t.Errorf("%d articles outside their story's thread (%v), want 0", unthreaded, err)
	}
	if subs, err := s.Subscribers(ctx, model.StatusActive); err != nil || len(subs) != 1 {
		t.Errorf("active subscribers: %d, %v; want 1", len(subs), err)
	}
	if ds, err := s.Digests(ctx, "2026-W19"); err != nil || len(ds) != 1 || ds[0].Status != "sent" {
		t.Errorf("digests of 2026-W19: %+v, %v; want one sent", ds, err)
	}
	if due, err := s.ClaimDue(ctx, "w", time.Now(), time.Minute, 10); err != nil || len(due) != 1 {
		t.Errorf("ClaimDue: %d sources, %v; want the old one", len(due), err)
	}
	if err := s.AddSource(ctx, &model.Source{URL: "https://moi.example/rss"}); err != nil {
		t.Errorf("AddSource after the upgrade: %v", err)
	}
	if err := s.AddSubscriber(ctx, &model.Subscriber{Email: "b@example.com", Status: model.StatusActive}); err != nil {
		t.Errorf("AddSubscriber after the upgrade: %v", err)
	}
}
