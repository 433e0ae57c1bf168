package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandsOnAMissingDatabase: a command that reads or changes what a
// database holds, run where there is no database file (another folder, a
// mistyped path), says so and creates none, where it used to create an
// empty database and answer "no sources yet"; the commands that start a
// database still create it.
func TestCommandsOnAMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "missing.db")
	db := "sqlite:" + path
	for _, args := range [][]string{
		{"sources", "list"}, {"sources", "export-opml"}, {"sources", "edit", "1", "--name", "x"}, {"sources", "remove", "1"},
		{"subscribers", "list"}, {"subscribers", "export"}, {"subscribers", "remove", "ban@example.com"},
		{"digest", "preview", "--email", "ban@example.com"}, {"reclassify"}, {"topics", "train"},
	} {
		code, out, stderr := runCLI(t, db, "", args...)
		if code != 1 || !strings.Contains(stderr, "no database at "+path) || !strings.Contains(stderr, "BANTIN_DATABASE_URL") {
			t.Errorf("%q on a missing database: %d %q %q, want 1 and \"no database at %s\"", args, code, out, stderr, path)
		}
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%q created %s", args, path)
		}
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "http://127.0.0.1:1/feed.rss"); code != 0 {
		t.Fatalf("sources add on a missing database: %d %q, want it created", code, stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "sources", "list"); code != 0 || !strings.Contains(out, "http://127.0.0.1:1/feed.rss") {
		t.Errorf("sources list once created: %d %q %q", code, out, stderr)
	}
}
