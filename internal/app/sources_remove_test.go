package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// 'sources remove' takes the URL 'sources add' took as well as the ID, in
// any spelling checkFeedURL reads as the same feed; it refuses anything
// else before opening the database.
func TestCLISourcesRemoveByURL(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, u := range []string{"https://vnexpress.net/rss/tin-moi-nhat.rss", "https://tuoitre.vn/rss/tin-moi-nhat.rss"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
			t.Fatalf("add %s: %d %s", u, code, stderr)
		}
	}
	for _, tt := range []struct {
		arg  string
		code int
		out  string // stdout on success, a part of stderr otherwise
	}{
		{"https://VnExpress.net:443/rss/tin-moi-nhat.rss", 0, "removed source 1 and its articles\n"},
		{"https://vnexpress.net/rss/tin-moi-nhat.rss", 1, "no source with URL https://vnexpress.net/rss/tin-moi-nhat.rss (see 'bantin sources list')"},
		{"vnexpress.net/rss", 2, `not "vnexpress.net/rss"`},
		{"2", 0, "removed source 2 and its articles\n"},
		{"2", 1, "no source with ID 2"},
	} {
		code, out, stderr := runCLI(t, db, "", "sources", "remove", tt.arg)
		if code != tt.code || (code == 0 && out != tt.out) || (code != 0 && !strings.Contains(stderr, tt.out)) {
			t.Errorf("remove %s: exit %d, %q %q; want %d %q", tt.arg, code, out, stderr, tt.code, tt.out)
		}
	}
}
