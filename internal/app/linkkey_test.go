package app

import (
	"database/sql"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestCLILinkKeyCheck: on a database whose links were signed with
// BANTIN_SECRET, a command that signs links refuses to start without it (a
// new key would break every link already sent), naming the setting, on a
// writable database and on a read-only one, while listings and exports
// still run; another BANTIN_SECRET runs with a warning, once.
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
		const unset = "BANTIN_SECRET is not set, but this database's links were signed with it"
		for _, u := range dbs {
			if code, out, stderr := runCLI(t, u, "", "subscribers", "export"); code != 0 || !strings.Contains(out, "a@example.com") {
				t.Errorf("export without BANTIN_SECRET: %d %q %q", code, out, stderr)
			}
			for _, args := range [][]string{{"digest", "preview", "--email", "a@example.com", "--period", "2026-W01"},
				{"subscribers", "add", "--pending", "b@example.com"}} {
				if code, out, stderr := runCLI(t, u, "", args...); code != 1 || out != "" || !strings.Contains(stderr, unset) {
					t.Errorf("%v without BANTIN_SECRET: %d %q %q", args, code, out, stderr)
				}
			}
		}
		for _, args := range [][]string{{"serve"}, {"digest", "send", "--period", "2026-W01"}} {
			if code, out, stderr := runCLIEnv(t, map[string]string{"BANTIN_LISTEN": "256.0.0.1:1"}, db, "", args...); code != 1 || !strings.Contains(stderr, unset) {
				t.Errorf("%v without BANTIN_SECRET: %d %q %q", args, code, out, stderr)
			}
		}
		if code, out, _ := runCLI(t, db, "", "subscribers", "export"); code != 0 || strings.Contains(out, "b@example.com") {
			t.Errorf("the refused pending subscriber was added: %d %q", code, out)
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
// BANTIN_SECRET set) lists its sources, refuses a digest preview naming
// BANTIN_SECRET, and previews with it.
func TestCLIReadOnlyNoLinkKey(t *testing.T) {
	db := storetest.PostgresSchemaURL(t)
	k := map[string]string{"BANTIN_SECRET": "first-key-of-the-operator"}
	for _, args := range [][]string{{"sources", "add", "https://bao.example/rss"}, {"subscribers", "add", "a@example.com"}} {
		if code, _, stderr := runCLIEnv(t, k, db, "", args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
	}
	forgetKeyCheck(t, db)
	ro := db + "&default_transaction_read_only=on"
	if code, out, stderr := runCLI(t, ro, "", "sources", "list"); code != 0 || !strings.Contains(out, "bao.example") {
		t.Errorf("read-only, no key: sources list: %d %q %q", code, out, stderr)
	}
	preview := []string{"digest", "preview", "--email", "a@example.com", "--period", "2026-W01", "--out", t.TempDir()}
	if code, _, stderr := runCLI(t, ro, "", preview...); code != 1 || !strings.Contains(stderr, "set BANTIN_SECRET to the key it was used with") {
		t.Errorf("read-only, no key: digest preview: %d %q", code, stderr)
	}
	if code, out, stderr := runCLIEnv(t, k, ro, "", preview...); code != 0 {
		t.Errorf("read-only with BANTIN_SECRET: digest preview: %d %q %q", code, out, stderr)
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

// TestCLIFirstSecretOnOwnKey: a database that signed its links with its
// own key (BANTIN_SECRET unset) warns, once, when BANTIN_SECRET is first
// set, since the links already sent then break; a database that never ran
// without it does not.
func TestCLIFirstSecretOnOwnKey(t *testing.T) {
	storetest.EngineURLs(t, func(t *testing.T, db string) {
		if code, _, stderr := runCLI(t, db, "", "subscribers", "add", "a@example.com"); code != 0 {
			t.Fatalf("subscribers add: %d %s", code, stderr)
		}
		k := map[string]string{"BANTIN_SECRET": "first-key-of-the-operator", "BANTIN_LOG_LEVEL": "warn"}
		for i, want := range []bool{true, false} {
			code, _, stderr := runCLIEnv(t, k, db, "", "subscribers", "export")
			if code != 0 || strings.Contains(stderr, "is not the key") != want {
				t.Errorf("run %d with a first BANTIN_SECRET: %d %q; want a warning: %v", i, code, stderr, want)
			}
		}
	})
}
