package app

import "testing"

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
