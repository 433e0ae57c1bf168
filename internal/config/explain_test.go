package config

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplain: a setting's help names the value this environment gives it
// and where from, beside the default; a setting left alone reads as
// before; secrets never show; a setting that does not load is reported.
func TestExplain(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "bantin.toml")
	if err := os.WriteFile(file, []byte("timezone = \"Asia/Bangkok\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"BANTIN_CONFIG":         file,
		"BANTIN_DATABASE_URL":   "postgres://bantin:hunter2@db:5432/bantin?password=hunter3",
		"BANTIN_FETCH_INTERVAL": "20m",
		"BANTIN_SECRET":         "hunter4hunter4hunter4hunter4hunter4",
		"BANTIN_BASE_URL":       "https://tin.example.org",
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	f := RegisterFlags(fs)
	if err := fs.Parse([]string{"--listen", "0.0.0.0:9000"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Explain(func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ flag, want string }{
		{"fetch-interval", `default "15m"); now "20m" (from BANTIN_FETCH_INTERVAL)`},
		{"timezone", `now "Asia/Bangkok" (from file ` + file + `)`},
		{"listen", `now "0.0.0.0:9000" (from --listen)`},
		{"database-url", `now "postgres://bantin:xxxxx@db:5432/bantin?…" (from BANTIN_DATABASE_URL)`},
		{"secret", `now set (hidden) (from BANTIN_SECRET)`},
		{"base-url", `now "https://tin.example.org" (from BANTIN_BASE_URL)`},
		{"mail-from", `now "Bản tin <bantin@tin.example.org>" (from the base URL)`},
		{"fetch-ceiling", `longest backoff after failures (env BANTIN_FETCH_CEILING, default "24h")`},
	} {
		got := fs.Lookup(tc.flag).Usage
		if !strings.HasSuffix(got, tc.want) {
			t.Errorf("--%s: %q, want it to end %q", tc.flag, got, tc.want)
		}
		if strings.Contains(got, "hunter") {
			t.Errorf("--%s shows a secret: %q", tc.flag, got)
		}
	}
	env["BANTIN_FETCH_WORKERS"] = "many"
	if err := f.Explain(func(k string) string { return env[k] }); err == nil || !strings.Contains(err.Error(), "BANTIN_FETCH_WORKERS") {
		t.Errorf("a bad setting: %v, want an error naming it", err)
	}
}
