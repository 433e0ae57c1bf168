package store

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/sqlitedialect"

	"bantin/internal/model"
)

// TestReadOnlyDatabase: a database that refuses writes (a read-only SQLite
// file, a PostgreSQL session with default_transaction_read_only) still
// opens when its schema is up to date and its one-time work is done:
// Migrate, Secret, FreezeLegacyItemIDs and LinkUnlinked only read, listings work; a
// write fails with model.ErrReadOnly, and so does CheckWritable.
func TestReadOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	cases := map[string]struct{ rw, ro string }{"sqlite": {"sqlite:" + path, ""}}
	if base := os.Getenv("BANTIN_TEST_DATABASE_URL"); base != "" {
		u := schemaURL(t, base)
		cases["postgres"] = struct{ rw, ro string }{u, u + "&default_transaction_read_only=on"}
	} else {
		t.Log("BANTIN_TEST_DATABASE_URL is not set: the PostgreSQL variant of this test does not run")
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			rw := openURL(t, c.rw)
			if _, err := rw.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if err := rw.AddSource(ctx, &model.Source{URL: "https://x.vn/rss"}); err != nil {
				t.Fatal(err)
			}
			key, err := rw.Secret(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rw.FreezeLegacyItemIDs(ctx, "tag:x,"); err != nil {
				t.Fatal(err)
			}
			if err := rw.CheckWritable(ctx); err != nil {
				t.Fatalf("CheckWritable on a writable database: %v", err)
			}
			ro := readOnlySQLite(t, path)
			if c.ro != "" {
				ro = openURL(t, c.ro)
			}
			if applied, err := ro.Migrate(ctx); err != nil || len(applied) != 0 {
				t.Fatalf("Migrate: %v, %v; want nothing, nil", applied, err)
			}
			if got, err := ro.Secret(ctx); err != nil || !slices.Equal(got, key) {
				t.Fatalf("Secret: %v; want the stored key", err)
			}
			if n, err := ro.FreezeLegacyItemIDs(ctx, "tag:y,"); err != nil || n != 0 {
				t.Fatalf("FreezeLegacyItemIDs: %d, %v; want 0, nil", n, err)
			}
			if n, err := ro.LinkUnlinked(ctx, func(u string) string { return u }, 0); err != nil || n != 0 {
				t.Fatalf("LinkUnlinked: %d, %v; want 0, nil", n, err)
			}
			if srcs, err := ro.Sources(ctx); err != nil || len(srcs) != 1 {
				t.Fatalf("Sources: %d, %v", len(srcs), err)
			}
			if err := ro.AddSource(ctx, &model.Source{URL: "https://y.vn/rss"}); !errors.Is(err, model.ErrReadOnly) {
				t.Errorf("AddSource: %v; want ErrReadOnly", err)
			}
			if err := ro.CheckWritable(ctx); !errors.Is(err, model.ErrReadOnly) {
				t.Errorf("CheckWritable: %v; want ErrReadOnly", err)
			}
		})
	}
}

// openURL opens a store on url, closed when the test ends.
func openURL(t testing.TB, url string) *Store {
	t.Helper()
	s, err := Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// readOnlySQLite opens the SQLite file at path with mode=ro (a test running
// as root ignores file permissions).
func readOnlySQLite(t *testing.T, path string) *Store {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	s := &Store{db: bun.NewDB(db, sqlitedialect.New()), engine: SQLite}
	s.wdb = s.db
	t.Cleanup(func() { s.Close() })
	return s
}
