package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// 'subscribers list --status' and 'export --status' refuse a status that
// does not exist, before opening the database: a typo ("actve") listed
// nobody and exited 0, as if there were no subscribers.
func TestCLISubscribersListUnknownStatus(t *testing.T) {
	for _, sub := range []string{"list", "export"} {
		code, out, stderr := runCLI(t, "sqlite:/nonexistent/dir/b.db", "", "subscribers", sub, "--status", "actve")
		if code != 2 || out != "" || stderr != "bantin subscribers: --status \"actve\": want pending, active, unsubscribed or bounced\n" {
			t.Errorf("%s --status actve: exit %d, %q %q", sub, code, out, stderr)
		}
	}
}

// 'sources add' and 'subscribers add' refuse an unknown topic or province
// before the database is opened: they created and migrated a new database
// first.
func TestCLIAddBadSlugOpensNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.db")
	for _, args := range [][]string{
		{"sources", "add", "https://a.example/rss", "--topic", "foo"},
		{"sources", "add", "https://a.example/rss", "--province", "atlantis"},
		{"subscribers", "add", "ban@example.com", "--topic", "foo"},
		{"subscribers", "add", "ban@example.com", "--province", "atlantis"},
	} {
		code, _, stderr := runCLI(t, "sqlite:"+path, "", args...)
		if code != ExitUsage || !strings.Contains(stderr, "unknown ") {
			t.Errorf("%q: exit %d, %s", args, code, stderr)
		}
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%q created the database", args)
		}
	}
}

// 'subscribers add -h' says that --pending mails the form's confirmation
// (it mailed none before; see TestCLISubscribersAddPendingMailsConfirmation).
func TestCLISubscribersAddPendingHelp(t *testing.T) {
	code, _, stderr := runCLI(t, "sqlite:x.db", "", "subscribers", "add", "-h")
	if code != 0 || !strings.Contains(stderr, "mail the confirmation the web form sends") {
		t.Errorf("subscribers add -h: exit %d\n%s", code, stderr)
	}
}
