package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIHelpShowsTheEnvironment: a command's -h on a configured machine
// says what the environment and the flags before -h set, not only the
// built-in defaults, and never prints a secret; a setting that does not
// load is said, and -h still answers.
func TestCLIHelpShowsTheEnvironment(t *testing.T) {
	env := map[string]string{"BANTIN_FETCH_INTERVAL": "20m", "BANTIN_SECRET": "hunter2hunter2hunter2hunter2hunter2"}
	code, _, stderr := runCLIEnv(t, env, "postgres://bantin:pw123@db/bantin", "", "serve", "--listen", "127.0.0.1:9000", "-h")
	for _, want := range []string{
		`default "15m"); now "20m" (from BANTIN_FETCH_INTERVAL)`,
		`now "postgres://bantin:xxxxx@db/bantin" (from BANTIN_DATABASE_URL)`,
		`now "127.0.0.1:9000" (from --listen)`,
		`now "http://127.0.0.1:9000" (from the listen address)`,
		`now set (hidden) (from BANTIN_SECRET)`,
	} {
		if code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("serve -h: %d, want %q in:\n%s", code, want, stderr)
		}
	}
	if strings.Contains(stderr, "hunter2") || strings.Contains(stderr, "pw123") {
		t.Errorf("serve -h shows a secret:\n%s", stderr)
	}
	env["BANTIN_FETCH_WORKERS"] = "many"
	code, _, stderr = runCLIEnv(t, env, "sqlite:x.db", "", "fetch", "-h")
	if code != 0 || !strings.Contains(stderr, "the configuration does not load: BANTIN_FETCH_WORKERS") {
		t.Errorf("fetch -h with a bad setting: %d\n%s", code, stderr)
	}
}

// TestCLIHelpShowsFlagsBeforeTheCommand: configuration flags given before
// the command ("bantin --config F serve -h", as README writes
// "bantin --config bantin.toml migrate") count for its -h as they count for
// the command itself (they were moved after the -h, and the help showed the
// built-in defaults only).
func TestCLIHelpShowsFlagsBeforeTheCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "bantin.toml")
	if err := os.WriteFile(file, []byte("fetch_interval = \"20m\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--config", file, "serve", "-h"},
		{"--config=" + file, "sources", "list", "--help"},
		{"serve", "-h", "--config", file},
	} {
		code, _, stderr := runCLIEnv(t, nil, "sqlite:x.db", "", args...)
		if want := `now "20m" (from file ` + file + `)`; code != 0 || !strings.Contains(stderr, want) {
			t.Errorf("%q: %d, want %q in:\n%s", args, code, want, stderr)
		}
	}
}
