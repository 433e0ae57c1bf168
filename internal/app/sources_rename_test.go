package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestCLISourcesEditNameClearedRefetchesTitle: `sources edit ID --name ""`
// promises that the next fetch names the source from its feed's title;
// a feed that answers 304 to the stored validators (http.FileServer does,
// as most outlets' servers) never sent it, and the source stayed nameless.
func TestCLISourcesEditNameClearedRefetchesTitle(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	feed := up.URL + "/baothainguyen.rss"
	for _, args := range [][]string{{"sources", "add", feed, "--name", "Tên tạm"}, {"fetch", "--all"},
		{"sources", "edit", "1", "--name", ""}, {"fetch", "--all"}} {
		if code, _, stderr := runCLI(t, db, "", args...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, stderr)
		}
	}
	code, stdout, stderr := runCLI(t, db, "", "sources", "list")
	if code != 0 || !strings.Contains(stdout, "Báo Thái Nguyên - Xây dựng Đảng") {
		t.Errorf("sources list after --name \"\" and a fetch: %d %q %q, want the feed's title as the name", code, stdout, stderr)
	}
}
