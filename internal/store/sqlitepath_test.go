package store

import "testing"

// TestSQLitePath: both spellings of a SQLite URL name the same file; other
// URLs are no SQLite path.
func TestSQLitePath(t *testing.T) {
	for _, tc := range []struct {
		url, path string
		ok        bool
	}{
		{"sqlite:bantin.db", "bantin.db", true},
		{"sqlite:///var/lib/bantin/bantin.db", "/var/lib/bantin/bantin.db", true},
		{"sqlite://bantin.db", "bantin.db", true},
		{"sqlite::memory:", ":memory:", true},
		{"postgres://127.0.0.1/bantin", "", false},
	} {
		if path, ok := SQLitePath(tc.url); path != tc.path || ok != tc.ok {
			t.Errorf("SQLitePath(%q) = %q, %v; want %q, %v", tc.url, path, ok, tc.path, tc.ok)
		}
	}
}
