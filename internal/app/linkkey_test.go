package app

import (
	"database/sql"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestCLILinkKeyCheck: a database whose links were signed with
// BANTIN_SECRET refuses to start without it (a new key would break every
// link already sent), naming the setting, on a writable database and on a
// read-only one; another BANTIN_SECRET starts with a warning, once.
func TestCLILinkKeyCheck(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, db string) {
		k1 := map[string]string{"BANTIN_SECRET": "first-key-of-the-operator", "BANTIN_LOG_LEVEL": "warn"}
		if code, _, stderr := runCLIEnv(t, k1, db, "", "subscribers", "add", "a@example.com"); code != 0 {
			t.Fatalf("subscribers add: %d %s", code, stderr)
		}
		dbs := []string{db}
		if strings.HasPrefix(db, "postgres") {
			dbs = append(dbs, db+"&default_transaction_read_only=on")
		}
		for _, u := range dbs {
			if code, out, stderr := runCLI(t, u, "", "subscribers", "export"); code != 1 || out != "" ||
				!strings.Contains(stderr, "BANTIN_SECRET is not set, but this database's links were signed with it") {
				t.Errorf("%s without BANTIN_SECRET: %d %q %q", u, code, out, stderr)
			}
		}
		k2 := map[string]string{"BANTIN_SECRET": "second-key-of-the-operator", "BANTIN_LOG_LEVEL": "warn"}
		for i, want := range []bool{true, false} {
			code, out, stderr := runCLIEnv(t, k2, db, "", "subscribers", "export")
			if code != 0 || !strings.Contains(out, "a@example.com") || strings.Contains(stderr, "is not the key") != want {
				t.Errorf("run %d under another BANTIN_SECRET: %d %q %q; want a warning: %v", i, code, out, stderr, want)
			}
		}
	})
}

// TestCLIReadOnlyNoLinkKey: a read-only database that holds neither a
// stored key nor a check of BANTIN_SECRET (made by an older bantin with
// BANTIN_SECRET set) fails naming BANTIN_SECRET, and works with it.
func TestCLIReadOnlyNoLinkKey(t *testing.T) {
	db := storetest.PostgresSchemaURL(t)
	k := map[string]string{"BANTIN_SECRET": "first-key-of-the-operator"}
	if code, _, stderr := runCLIEnv(t, k, db, "", "sources", "add", "https://bao.example/rss"); code != 0 {
		t.Fatalf("sources add: %d %s", code, stderr)
	}
	forgetKeyCheck(t, db)
	ro := db + "&default_transaction_read_only=on"
	if code, _, stderr := runCLI(t, ro, "", "sources", "list"); code != 1 || !strings.Contains(stderr, "set BANTIN_SECRET to the key it was used with") {
		t.Errorf("read-only, no key: %d %q", code, stderr)
	}
	if code, out, stderr := runCLIEnv(t, k, ro, "", "sources", "list"); code != 0 || !strings.Contains(out, "bao.example") {
		t.Errorf("read-only with BANTIN_SECRET: %d %q %q", code, out, stderr)
	}
}

// forgetKeyCheck deletes the stored check of BANTIN_SECRET, as in a
// database made before bantin kept one (the store's driver is registered
// as "pgx").
func forgetKeyCheck(t *testing.T, db string) {
	t.Helper()
	conn, err := sql.Open("pgx", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.Exec("DELETE FROM meta WHERE key = 'secret_check'"); err != nil {
		t.Fatal(err)
	}
}
