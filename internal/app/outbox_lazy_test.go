package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutboxOnlyForMail: commands that send no mail leave no outbox
// folder; serve and digest send refuse to start on an outbox that cannot
// be one (a file in its place), naming BANTIN_OUTBOX, before any work.
func TestOutboxOnlyForMail(t *testing.T) {
	dir := t.TempDir()
	db := "sqlite:" + filepath.Join(dir, "b.db")
	outbox := filepath.Join(dir, "outbox")
	env := map[string]string{"BANTIN_OUTBOX": outbox}
	for _, args := range [][]string{{"migrate"}, {"sources", "list"}, {"subscribers", "list"}, {"sources", "add", "https://bao.example/rss"},
		{"digest", "send", "--period", "2026-W01", "--dry-run"}} {
		if code, _, stderr := runCLIEnv(t, env, db, "", args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
		if _, err := os.Stat(outbox); err == nil {
			t.Fatalf("%v created the outbox", args)
		}
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("not a folder"), 0o600)
	env = map[string]string{"BANTIN_OUTBOX": file, "BANTIN_LISTEN": "256.0.0.1:1"} // serve would fail to listen after
	for _, args := range [][]string{{"serve"}, {"digest", "send", "--period", "2026-W01"}} {
		code, out, stderr := runCLIEnv(t, env, db, "", args...)
		if code != 1 || out != "" || !strings.Contains(stderr, "BANTIN_OUTBOX "+file) || !strings.Contains(stderr, "not a directory") {
			t.Errorf("%v with a file as outbox: %d %q %q", args, code, out, stderr)
		}
	}
	if code, _, stderr := runCLIEnv(t, env, db, "", "sources", "list"); code != 0 {
		t.Errorf("sources list with a file as outbox: %d %s", code, stderr)
	}
}
