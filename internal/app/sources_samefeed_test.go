package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"bantin/internal/store"
)

// TestCLISourcesAddSameFeedSpellings: a feed's URL spelt another way — a "./" or
// ".." segment, a default or empty port, the long IPv6 loopback, a host's
// capitals or trailing dot — is the source already there, for 'sources
// add' and 'import-opml'; the source is stored in the canonical spelling.
func TestCLISourcesAddSameFeedSpellings(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, u := range []string{"http://[0:0:0:0:0:0:0:1]:8080/./rss/a.rss", "https://Bao.Example./x/../rss"} {
		if code, _, stderr := runCLI(t, db, "", "sources", "add", u); code != 0 {
			t.Fatalf("add %s: %d %s", u, code, stderr)
		}
	}
	if _, out, _ := runCLI(t, db, "", "sources", "list"); !strings.Contains(out, "http://[::1]:8080/rss/a.rss") || !strings.Contains(out, "https://bao.example/rss") {
		t.Errorf("sources not stored in the canonical spelling:\n%s", out)
	}
	for _, tt := range []struct{ arg, src string }{
		{"http://[::1]:8080/rss/a.rss", "source 1"},
		{"http://[::1]:8080/rss/./a.rss", "source 1"},
		{"http://[0::1]:8080/rss/b/../a.rss", "source 1"},
		{"HTTPS://BAO.EXAMPLE:443/rss", "source 2"},
		{"https://bao.example.:/./rss#top", "source 2"},
	} {
		code, _, stderr := runCLI(t, db, "", "sources", "add", tt.arg)
		if code != 1 || !strings.Contains(stderr, "is already a source ("+tt.src+")") {
			t.Errorf("add %s: exit %d %q; want 1, already %s", tt.arg, code, stderr, tt.src)
		}
	}
	opml := filepath.Join(t.TempDir(), "f.opml")
	if err := os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="a" xmlUrl="http://[0:0::1]:8080/rss/./a.rss"/>`+
		`<outline text="b" xmlUrl="https://bao.example./rss"/><outline text="c" xmlUrl="https://bao.example/rss/c"/></body></opml>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, stderr := runCLI(t, db, "", "sources", "import-opml", opml); code != 0 || !strings.Contains(out, "imported 1 source, 2 already present") {
		t.Errorf("import: %d %q %q", code, out, stderr)
	}
}

// TestCLISourcesAddKeepsLogIn: a feed's log-in ("reader:s3cret@") is how
// bantin reads it, so 'sources add' stores it in the canonical spelling
// with the URL, and the same feed with another log-in is the source
// already there.
func TestCLISourcesAddKeepsLogIn(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "HTTPS://reader:s3cret@Bao.Example:443/./rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	st, err := store.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := st.Sources(context.Background())
	st.Close()
	if err != nil || len(srcs) != 1 || srcs[0].URL != "https://reader:s3cret@bao.example/rss" {
		t.Fatalf("stored %+v, %v; want one source https://reader:s3cret@bao.example/rss", srcs, err)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "https://other:pw@bao.example/rss"); code != 1 || !strings.Contains(stderr, "is already a source (source 1)") {
		t.Errorf("add with another log-in: exit %d %q; want 1, already source 1", code, stderr)
	}
}
