package app

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLISourcesAddMovedURL: once a feed answered 301 and its source took
// the new URL, adding the old URL (by hand or in an OPML file) adds
// nothing and names the source it moved to; removing by the old URL says
// the same.
func TestCLISourcesAddMovedURL(t *testing.T) {
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/old.rss" {
			http.Redirect(w, r, "/new.rss", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Báo thử</title><link>https://baothu.example/</link>
<item><title>Tin</title><link>https://baothu.example/1</link><pubDate>Fri, 20 Nov 2026 10:00:00 +0700</pubDate></item></channel></rss>`))
	}))
	defer up.Close()
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	old, moved := up.URL+"/old.rss", up.URL+"/new.rss"
	if code, _, stderr := runCLI(t, db, "", "sources", "add", old); code != 0 {
		t.Fatal(stderr)
	}
	if code, out, stderr := runCLI(t, db, "", "fetch", "--all"); code != 0 || !strings.Contains(stderr, "now "+moved) {
		t.Fatalf("fetch: %d %q %q", code, out, stderr)
	}
	code, out, stderr := runCLI(t, db, "", "sources", "add", old)
	if code != 1 || out != "" || !strings.Contains(stderr, "source 1, now at "+moved) || !strings.Contains(stderr, "nothing added") {
		t.Errorf("add the old URL: %d %q %q", code, out, stderr)
	}
	opml := `<opml version="2.0"><body><outline text="x" type="rss" xmlUrl="` + old + `"/></body></opml>`
	code, out, stderr = runCLI(t, db, opml, "sources", "import-opml", "-")
	if code != 0 || out != "imported 0 sources, 1 already present, 0 invalid\n" || !strings.Contains(stderr, "source 1, now at "+moved) {
		t.Errorf("import the old URL: %d %q %q", code, out, stderr)
	}
	if _, out, _ := runCLI(t, db, "", "sources", "list"); strings.Count(out, "\n") != 2 {
		t.Errorf("sources after adding the old URL twice:\n%s", out)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "remove", old); code != 1 || !strings.Contains(stderr, "source 1, now at "+moved) {
		t.Errorf("remove by the old URL: %d %q", code, stderr)
	}
}
