package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// Lists with nothing in them say so and name the next command, as fetch
// does; they printed a bare header line (and digest send a summary of
// zeros) before.
func TestCLIEmptyListsSayWhatToDo(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	env := map[string]string{"BANTIN_OUTBOX": filepath.Join(t.TempDir(), "outbox"), "BANTIN_BASE_URL": "https://bantin.example"}
	const noSubs = "no subscribers yet: add one with 'bantin subscribers add EMAIL'"
	steps := []struct {
		name string
		args []string
		want string // a line of stdout
	}{
		{"no sources", []string{"sources", "list"}, "no sources yet: add one with 'bantin sources add URL', or a list of them with 'bantin sources import-opml FILE'"},
		{"no subscribers", []string{"subscribers", "list"}, noSubs},
		{"none with a status", []string{"subscribers", "list", "--status", "active"}, noSubs},
		{"digest with nobody", []string{"digest", "send", "--period", "2026-W40"}, noSubs},
		{"dry run with nobody", []string{"digest", "send", "--period", "2026-W40", "--dry-run"}, noSubs},
		{"add a pending one", []string{"subscribers", "add", "cho@example.com", "--pending"}, "added subscriber 1: cho@example.com (pending)"},
		{"none bounced of one", []string{"subscribers", "list", "--status", "bounced"}, "no bounced subscribers (1 in all: see 'bantin subscribers list')"},
		{"digest with none active", []string{"digest", "send", "--period", "2026-W40"},
			"no active subscriber: 1 subscriber, none confirmed or added as active (see 'bantin subscribers list')"},
		{"dry run with none active", []string{"digest", "send", "--period", "2026-W40", "--dry-run"},
			"no active subscriber: 1 subscriber, none confirmed or added as active (see 'bantin subscribers list')"},
	}
	if code, _, stderr := runCLIEnv(t, env, db, "", "migrate"); code != 0 { // a listing creates no database
		t.Fatalf("migrate: %d %s", code, stderr)
	}
	for _, s := range steps {
		code, out, stderr := runCLIEnv(t, env, db, "", s.args...)
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if code != 0 || !strings.HasPrefix(lines[len(lines)-1], s.want) && !strings.HasPrefix(lines[0], s.want) {
			t.Errorf("%s: %q: exit %d\n%s%s", s.name, s.args, code, out, stderr)
		}
		if strings.Contains(out, "ID  ") {
			t.Errorf("%s: an empty table's header:\n%s", s.name, out)
		}
	}
	// With an active subscriber the run says nothing more.
	runCLIEnv(t, env, db, "", "subscribers", "add", "ban@example.com")
	if _, out, _ := runCLIEnv(t, env, db, "", "digest", "send", "--period", "2026-W41"); strings.Contains(out, "no active") {
		t.Errorf("a hint with an active subscriber:\n%s", out)
	}
}
