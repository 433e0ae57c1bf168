package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A preview holds the subscriber's signed preferences and unsubscribe
// links, as an outbox .eml does: like the outbox, the folder --out creates
// and the files are not readable by other users of the machine.
func TestDigestPreviewFilesAreNotWorldReadable(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_LOG_LEVEL": "error", "BANTIN_DEFAULT_SOURCES": "false",
		"BANTIN_OUTBOX": filepath.Join(dir, "outbox"), "BANTIN_BASE_URL": "https://bantin.example"}
	if code, out, errOut := runWith(t, env, "subscribers", "add", "ban@example.com", "--topic", "kinh-te"); code != 0 {
		t.Fatalf("subscribers add: %d %s%s", code, out, errOut)
	}
	seedW47(t, db)
	outDir := filepath.Join(dir, "previews")
	preview := func() []string {
		t.Helper()
		if code, out, errOut := runWith(t, env, "digest", "preview", "--email", "ban@example.com", "--period", "2026-W47",
			"--out", outDir); code != 0 {
			t.Fatalf("digest preview: %d %s%s", code, out, errOut)
		}
		paths, _ := filepath.Glob(filepath.Join(outDir, "*"))
		if len(paths) != 3 {
			t.Fatalf("preview files %v, want 3", paths)
		}
		return paths
	}
	// A preview written over files an earlier release (or a hand) left
	// world-readable narrows their mode too.
	for _, p := range preview() {
		if err := os.Chmod(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := preview()
	for _, p := range append(paths, outDir) {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o007 != 0 {
			t.Errorf("%s: mode %v, readable by other users", p, fi.Mode().Perm())
		}
	}
}
