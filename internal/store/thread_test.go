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
)

// TestThreadMigration: articles stored before migration 0008 (no
// thread_id column) get their cluster as their thread, moved or not; a
// thread left 0 (written by an older release) is read as the cluster.
func TestThreadMigration(t *testing.T) {
	ctx := context.Background()
	for name, s := range migrationStores(t) {
		t.Run(name, func(t *testing.T) {
			if _, err := s.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			src := &model.Source{URL: "https://vnexpress.net/rss/thoi-su.rss"}
			if err := s.AddSource(ctx, src); err != nil {
				t.Fatal(err)
			}
			now := time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)
			var arts []model.Article
			for i := range 3 {
				k := fmt.Sprintf("https://vnexpress.net/%d", i)
				arts = append(arts, model.Article{Key: "url:" + k, URL: k, Title: k, PublishedAt: now, UpdatedAt: now, FetchedAt: now})
			}
			if err := s.BulkInsertArticles(ctx, src.ID, arts); err != nil {
				t.Fatal(err)
			}
			// The store as before 0008, the second article moved to the first's cluster.
			for _, q := range []string{"DROP INDEX IF EXISTS articles_thread", "DROP INDEX IF EXISTS articles_thread_segments",
				"ALTER TABLE articles DROP COLUMN thread_id",
				"DELETE FROM schema_migrations WHERE id IN ('0008_thread.sql', '0009_thread_segments.sql')",
				"UPDATE articles SET cluster_id = (SELECT MIN(id) FROM articles) WHERE id = (SELECT MIN(id) + 1 FROM articles)"} {
				if _, err := s.db.ExecContext(ctx, q); err != nil {
					t.Fatalf("%s: %v", q, err)
				}
			}
			applied, err := s.Migrate(ctx)
			if want := []string{"0008_thread.sql", "0009_thread_segments.sql"}; err != nil || !slices.Equal(applied, want) {
				t.Fatalf("Migrate applied %v, %v; want %v", applied, err, want)
			}
			rows, err := s.db.QueryContext(ctx, "SELECT id, thread_id, cluster_id FROM articles ORDER BY id")
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			var got [][3]int64
			for rows.Next() {
				var r [3]int64
				if err := rows.Scan(&r[0], &r[1], &r[2]); err != nil {
					t.Fatal(err)
				}
				got = append(got, r)
			}
			if len(got) != 3 {
				t.Fatalf("%d rows, %v", len(got), rows.Err())
			}
			a, b, c := got[0][0], got[1][0], got[2][0]
			if want := [][3]int64{{a, a, a}, {b, a, a}, {c, c, c}}; !slices.Equal(got, want) {
				t.Errorf("(id, thread, cluster) %v, want %v", got, want)
			}
			// A row an older release wrote after the migration: thread 0,
			// read as its cluster.
			if _, err := s.db.ExecContext(ctx, "UPDATE articles SET thread_id = 0, cluster_id = ? WHERE id = ?", a, c); err != nil {
				t.Fatal(err)
			}
			recent, err := s.RecentSignatures(ctx, 0, now.Add(-time.Hour))
			if err != nil || len(recent) != 3 || recent[2].ThreadID != a || recent[2].ClusterID != a {
				t.Errorf("RecentSignatures read thread 0 as %+v, %v; want thread and cluster %d", recent, err, a)
			}
		})
	}
}

// migrationStores opens a new SQLite store and, with
// BANTIN_TEST_DATABASE_URL, one in a new PostgreSQL schema (dropped when
// the test ends), neither migrated.
func migrationStores(t *testing.T) map[string]*Store {
	ctx := context.Background()
	out := map[string]*Store{}
	s, err := Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "b.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	out["sqlite"] = s
	base := os.Getenv("BANTIN_TEST_DATABASE_URL")
	if base == "" {
		t.Log("BANTIN_TEST_DATABASE_URL is not set: the PostgreSQL variant of this test does not run")
		return out
	}
	out["postgres"] = openSchemaStore(t, base)
	return out
}
