package app

import (
	"database/sql"
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

// TestCLIReadOnlyUnlinkedRow: a standby of a primary that an older bantin
// still writes to (a rolling upgrade: a row with no article_links or
// article_copies row) lists and exports as any read-only database does;
// linking the row is the writer's work (start-up, fetch passes), and a
// process that cannot write says so in a warning instead of refusing to
// start. Before, every command failed on the read-only link write.
func TestCLIReadOnlyUnlinkedRow(t *testing.T) {
	db := storetest.PostgresSchemaURL(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "https://bao.example/rss"); code != 0 {
		t.Fatalf("sources add: %s", stderr)
	}
	conn, err := sql.Open("pgx", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// As the binary before migration 0011 stores a row: no link rows.
	if _, err := conn.Exec(`INSERT INTO articles (source_id, key, item_id, published_at, cluster_id, thread_id, url, title, updated_at, fetched_at)
		SELECT id, 'k1', 'id-1', 1, 0, 0, 'https://bao.example/a-1.html', 'Tin', 1, 1 FROM sources`); err != nil {
		t.Fatal(err)
	}
	ro := db + "&default_transaction_read_only=on"
	code, out, stderr := runCLIEnv(t, map[string]string{"BANTIN_LOG_LEVEL": "warn"}, ro, "", "sources", "list")
	if code != 0 || !strings.Contains(out, "https://bao.example/rss") || !strings.Contains(stderr, "read-only") {
		t.Errorf("sources list on a read-only database with an unlinked row: %d %q %q; want the list and a warning", code, out, stderr)
	}
	var n int
	if err := conn.QueryRow("SELECT COUNT(*) FROM article_links").Scan(&n); err != nil || n != 0 {
		t.Fatalf("article_links after the read-only run: %d, %v; want 0", n, err)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "list"); code != 0 {
		t.Fatalf("sources list: %s", stderr)
	}
	if err := conn.QueryRow("SELECT COUNT(*) FROM article_links").Scan(&n); err != nil || n != 1 {
		t.Errorf("article_links after a writable start-up: %d, %v; want 1", n, err)
	}
}
