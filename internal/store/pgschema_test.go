package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/url"
	"path/filepath"
	"testing"

	"bantin/internal/model"
)

// openSchemaStore opens a store, not migrated, in a new PostgreSQL schema
// of the database at base (BANTIN_TEST_DATABASE_URL); the schema is dropped
// and the store closed when the test ends. (storetest has the migrated form,
// but package store's own tests cannot import it.)
func openSchemaStore(t *testing.T, base string) *Store {
	t.Helper()
	s, err := Open(context.Background(), schemaURL(t, base), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// schemaURL returns the URL of a new PostgreSQL schema of the database at
// base, dropped when the test ends (after the stores opened on it close).
func schemaURL(t *testing.T, base string) string {
	t.Helper()
	ctx := context.Background()
	admin, err := Open(ctx, base, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	buf := make([]byte, 6)
	rand.Read(buf)
	schema := "t_" + hex.EncodeToString(buf)
	if err := admin.CreateSchema(ctx, schema); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	t.Cleanup(func() { admin.DropSchema(ctx, schema) })
	return u.String()
}

// TestSchemaRefusals: a schema on SQLite and a name that is no plain
// identifier are refused as invalid requests (model.ErrInvalid), before
// anything runs.
func TestSchemaRefusals(t *testing.T) {
	st, err := Open(t.Context(), "sqlite:"+filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, err := range []error{
		st.CreateSchema(t.Context(), "t_ok"),
		st.DropSchema(t.Context(), "x; DROP TABLE articles"),
		st.CreateDatabase(t.Context(), "Upper"),
	} {
		if !errors.Is(err, model.ErrInvalid) {
			t.Errorf("error %v, want one wrapping model.ErrInvalid", err)
		}
	}
}
