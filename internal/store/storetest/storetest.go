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

// Engines runs fn once per engine as a subtest named after it (the
// PostgreSQL one skipped, saying so, without BANTIN_TEST_DATABASE_URL),
// each with a new migrated store that is closed (and on PostgreSQL dropped)
// when the subtest ends.
func Engines(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, OpenSQLite(t)) })
	t.Run("postgres", func(t *testing.T) {
		skipWithoutPostgres(t)
		fn(t, OpenPostgres(t))
	})
}

// EngineURLs runs fn once per available engine as a subtest named after
// it, with the URL of a new, empty (not migrated) database: a SQLite file,
// or a fresh PostgreSQL schema dropped when the subtest ends.
func EngineURLs(t *testing.T, fn func(t *testing.T, url string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLiteURL(t)) })
	t.Run("postgres", func(t *testing.T) {
		skipWithoutPostgres(t)
		fn(t, PostgresSchemaURL(t))
	})
}

// skipWithoutPostgres skips a PostgreSQL variant, saying why, when
// BANTIN_TEST_DATABASE_URL is not set: the variant is reported as skipped,
// not silently absent.
func skipWithoutPostgres(t *testing.T) {
	t.Helper()
	if os.Getenv(EnvURL) == "" {
		t.Skip(EnvURL + " is not set: the PostgreSQL variant of this test does not run " +
			"(e.g. postgres://postgres@127.0.0.1:5432/bantin_test?sslmode=disable)")
	}
}

// OpenSQLite returns a migrated store in a new SQLite file.
func OpenSQLite(t testing.TB) *store.Store {
	t.Helper()
	return open(t, SQLiteURL(t))
}

// SQLiteURL returns the URL of a SQLite file in a new temporary folder.
func SQLiteURL(t testing.TB) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "bantin.db")
}

// OpenPostgres returns a migrated store in a new schema of the database
// named by BANTIN_TEST_DATABASE_URL, and skips the test when it is unset.
func OpenPostgres(t testing.TB) *store.Store {
	t.Helper()
	return open(t, PostgresSchemaURL(t))
}

// PostgresSchemaURL creates an empty schema in the database named by
// BANTIN_TEST_DATABASE_URL, drops it when the test ends, and returns a URL
// whose search_path is that schema. It skips the test when the variable is
// unset.
func PostgresSchemaURL(t testing.TB) string {
	t.Helper()
	admin, base := adminStore(t)
	schema := "t_" + randomName()
	if err := admin.CreateSchema(context.Background(), schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.DropSchema(context.Background(), schema) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// PostgresDatabaseURL creates an empty database, named after prefix and a
// random suffix, on the server of BANTIN_TEST_DATABASE_URL, drops it (ending
// its sessions) when the test ends, and returns its URL. It skips the test
// when the variable is unset.
func PostgresDatabaseURL(t testing.TB, prefix string) string {
	t.Helper()
	admin, base := adminStore(t)
	name := prefix + "_" + randomName()
	if err := admin.CreateDatabase(context.Background(), name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := admin.DropDatabase(context.Background(), name); err != nil {
			t.Logf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// adminStore opens BANTIN_TEST_DATABASE_URL for creating and dropping
// schemas and databases, closed when the test ends; it skips the test when
// the variable is unset.
func adminStore(t testing.TB) (*store.Store, string) {
	t.Helper()
	base := os.Getenv(EnvURL)
	if base == "" {
		t.Skip(EnvURL + " is not set: this test needs PostgreSQL")
	}
	admin, err := store.Open(context.Background(), base, nil)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() { admin.Close() })
	return admin, base
}

func randomName() string {
	buf := make([]byte, 6)
	rand.Read(buf)
	return hex.EncodeToString(buf)
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
