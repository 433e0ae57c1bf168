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

// TestCLISourcesRemoveSeveral: 'sources remove' takes several sources (an
// OPML imported by mistake is undone in one command); one unknown source
// removes none of them.
func TestCLISourcesRemoveSeveral(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, u := range []string{"https://a.vn/rss", "https://b.vn/rss", "https://c.vn/rss"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
			t.Fatalf("add %s: %d %s", u, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "remove", "1", "https://b.vn/rss", "9"); code != 1 || !strings.Contains(stderr, "no source with ID 9") {
		t.Errorf("remove with an unknown ID: %d %q", code, stderr)
	}
	if _, out, _ := runCLI(t, db, "", "sources", "list"); strings.Count(out, "\n") != 4 {
		t.Fatalf("after a refused remove, want 3 sources:\n%s", out)
	}
	code, out, stderr := runCLI(t, db, "", "sources", "remove", "1", "https://b.vn/rss")
	if code != 0 || out != "removed source 1 and its articles\nremoved source 2 and its articles\n" {
		t.Errorf("remove two: %d %q %q", code, out, stderr)
	}
	if _, out, _ := runCLI(t, db, "", "sources", "list"); strings.Count(out, "\n") != 2 || !strings.Contains(out, "https://c.vn/rss") {
		t.Errorf("after removing two:\n%s", out)
	}
}

// 'fetch --source' takes the feed URL as well as the ID, as 'sources
// remove' does; a value that is neither is bad usage before any work.
func TestCLIFetchSourceByURL(t *testing.T) {
	srv := upstreamFixtures(t)
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	u := srv.URL + "/baothainguyen.rss"
	if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	code, out, stderr := runCLI(t, db, "", "fetch", "--source", strings.ToUpper(u[:4])+u[4:])
	if code != 0 || !strings.Contains(out, "sources: 1, fetched: 1") {
		t.Errorf("fetch --source URL: exit %d, %q %q", code, out, stderr)
	}
	code, _, stderr = runCLI(t, db, "", "fetch", "--source", srv.URL+"/other.rss")
	if code != 1 || !strings.Contains(stderr, "no source with URL "+srv.URL+"/other.rss") {
		t.Errorf("fetch --source unknown URL: exit %d, %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "sqlite:/nonexistent/dir/b.db", "", "fetch", "--source", "abc")
	if code != 2 || !strings.Contains(stderr, `want a source ID or feed URL, not "abc"`) {
		t.Errorf("fetch --source abc: exit %d, %q", code, stderr)
	}
}

// A feed on an internationalised domain is one source however its host is
// written (Unicode, upper case, percent-encoded or xn--): it is stored and
// fetched in the ASCII form; a host that is no valid name is bad usage.
func TestCLISourcesIDNHost(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, tt := range []struct {
		arg  string
		code int
		out  string // stdout on success, a part of stderr otherwise
	}{
		{"https://BÁO.vn:443/rss#top", 0, "added source 1: https://xn--bo-mia.vn/rss\n"},
		{"https://b%C3%A1o.vn/rss", 1, "https://xn--bo-mia.vn/rss is already a source"},
		{"https://xn--bo-mia.vn/rss", 1, "https://xn--bo-mia.vn/rss is already a source"},
		{"https://aא.vn/rss", 2, `its host "aא.vn" is not a valid domain name`},
	} {
		code, out, stderr := runCLI(t, db, "", "sources", "add", tt.arg)
		if code != tt.code || (code == 0 && out != tt.out) || (code != 0 && !strings.Contains(stderr, tt.out)) {
			t.Errorf("add %s: exit %d, %q %q; want %d %q", tt.arg, code, out, stderr, tt.code, tt.out)
		}
	}
	if code, out, _ := runCLI(t, db, "", "sources", "remove", "https://báo.vn/rss"); code != 0 || out != "removed source 1 and its articles\n" {
		t.Errorf("remove by the Unicode URL: exit %d, %q", code, out)
	}
}
