package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

func TestDollarParams(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b IN (?, ?)", "a = $1 AND b IN ($2, $3)"},
		{"?", "$1"},
	}
	for _, tt := range tests {
		if got := dollarParams(tt.in); got != tt.want {
			t.Errorf("dollarParams(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := placeholders(3); got != "?, ?, ?" {
		t.Errorf("placeholders(3) = %q", got)
	}
}

// The cache keeps at most maxStmts statements, reuses them by text, keeps
// working after eviction and after close.
func TestStmtCache(t *testing.T) {
	s, err := Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "s.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	run := func(text string, arg int) int {
		t.Helper()
		rows, err := s.query(ctx, text, arg)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var v int
		if !rows.Next() || rows.Scan(&v) != nil {
			t.Fatalf("%s: no row", text)
		}
		return v
	}
	for i := range maxStmts + 10 {
		if got := run(fmt.Sprintf("SELECT ? + %d", i), 1); got != i+1 {
			t.Fatalf("query %d = %d", i, got)
		}
	}
	if n := s.stmts.lru.Len(); n != maxStmts {
		t.Errorf("cached %d statements, want %d", n, maxStmts)
	}
	if got := run("SELECT ? + 1000", 1); got != 1001 {
		t.Errorf("after eviction: %d", got)
	}
	s.stmts.close()
	if got := run("SELECT ? + 5", 2); got != 7 {
		t.Errorf("after close: %d", got)
	}
}
