package store

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
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
func schemaURL(t testing.TB, base string) string {
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

// TestSchemaRefusals: a name that is no plain identifier, and any schema
// on SQLite, are refused as invalid requests (model.ErrInvalid), before
// anything runs; the name is checked first, so that SQLite reaches both.
func TestSchemaRefusals(t *testing.T) {
	st, err := Open(t.Context(), "sqlite:"+filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, tc := range []struct {
		err  error
		says string
	}{
		{st.CreateSchema(t.Context(), "t_ok"), "need PostgreSQL"},
		{st.DropSchema(t.Context(), "x; DROP TABLE articles"), "bad schema name"},
		{st.CreateDatabase(t.Context(), "Upper"), "bad schema name"},
	} {
		if !errors.Is(tc.err, model.ErrInvalid) || !strings.Contains(fmt.Sprint(tc.err), tc.says) {
			t.Errorf("error %v, want one wrapping model.ErrInvalid that says %q", tc.err, tc.says)
		}
	}
}
