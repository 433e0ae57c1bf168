package app

import (
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestCLIReadOnlyDatabase: on a PostgreSQL database that refuses writes (a
// standby, default_transaction_read_only) the listings and exports still
// work; a command that writes fails saying the database is read-only, and
// serve, fetch and digest send refuse to start, naming the database.
func TestCLIReadOnlyDatabase(t *testing.T) {
	db := storetest.PostgresSchemaURL(t)
	for _, args := range [][]string{{"sources", "add", "https://bao.example/rss"}, {"subscribers", "add", "a@example.com"}} {
		if code, _, stderr := runCLI(t, db, "", args...); code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
	}
	ro := db + "&default_transaction_read_only=on"
	for _, tc := range []struct {
		args []string
		want string
	}{{[]string{"sources", "list"}, "https://bao.example/rss"}, {[]string{"subscribers", "export"}, "a@example.com,active"},
		{[]string{"sources", "export-opml"}, `xmlUrl="https://bao.example/rss"`}} {
		if code, out, stderr := runCLI(t, ro, "", tc.args...); code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%v on a read-only database: %d %q %q", tc.args, code, out, stderr)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{{[]string{"sources", "add", "https://x.example/rss"}, "the database is read-only"},
		{[]string{"serve"}, "serve needs a database it can write"}, {[]string{"fetch", "--all"}, "fetch needs a database it can write"},
		{[]string{"digest", "send", "--period", "2026-W01"}, "digest send needs a database it can write"}} {
		if code, out, stderr := runCLIEnv(t, map[string]string{"BANTIN_LISTEN": "256.0.0.1:1"}, ro, "", tc.args...); code != 1 || out != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v on a read-only database: %d %q %q", tc.args, code, out, stderr)
		}
	}
}
