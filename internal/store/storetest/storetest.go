// Package storetest opens real, migrated, throw-away stores for tests: a
// SQLite file in a temporary folder always, and a fresh PostgreSQL schema
// when BANTIN_TEST_DATABASE_URL is set, so that one test runs on both.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"bantin/internal/store"
)

// EnvURL names the variable holding the PostgreSQL URL for tests.
const EnvURL = "BANTIN_TEST_DATABASE_URL"

// Engines runs fn once per available engine as a subtest named after it,
// each with a new migrated store that is closed (and on PostgreSQL dropped)
// when the subtest ends.
func Engines(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, OpenSQLite(t)) })
	if os.Getenv(EnvURL) != "" {
		t.Run("postgres", func(t *testing.T) { fn(t, OpenPostgres(t)) })
	}
}

// OpenSQLite returns a migrated store in a new SQLite file.
func OpenSQLite(t testing.TB) *store.Store {
	t.Helper()
	return open(t, "sqlite:"+filepath.Join(t.TempDir(), "bantin.db"))
}

// OpenPostgres returns a migrated store in a new schema of the database
// named by BANTIN_TEST_DATABASE_URL, and skips the test when it is unset.
func OpenPostgres(t testing.TB) *store.Store {
	t.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		t.Skip(EnvURL + " is not set")
	}
	ctx := context.Background()
	admin, err := store.Open(ctx, base, nil)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	buf := make([]byte, 6)
	rand.Read(buf)
	schema := "t_" + hex.EncodeToString(buf)
	if err := admin.CreateSchema(ctx, schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.DropSchema(context.Background(), schema)
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return open(t, u.String())
}

func open(t testing.TB, dbURL string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return s
}
