package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// A feed URL without its scheme, as copied from a browser's address bar, is
// refused with the URL it probably means; one that cannot be a URL is
// refused as before.
func TestCLISourcesAddSuggestsScheme(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	for _, tc := range []struct{ arg, want string }{
		{"vnexpress.net/rss/tin-moi-nhat.rss", `"vnexpress.net/rss/tin-moi-nhat.rss" is not a feed URL: want http:// or https://host/path (https://vnexpress.net/rss/tin-moi-nhat.rss?)`},
		{"baothainguyen.vn:8080/rss", `(https://baothainguyen.vn:8080/rss?)`},
		{"not a url", `"not a url" is not a feed URL: want http:// or https://host/path` + "\n"},
		{"ftp://x.vn/rss", `"ftp://x.vn/rss" is not a feed URL: want http:// or https://host/path` + "\n"},
		{"localhost/rss", `"localhost/rss" is not a feed URL: want http:// or https://host/path` + "\n"},
	} {
		code, _, stderr := runCLI(t, db, "", "sources", "add", tc.arg)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want %q", tc.arg, code, stderr, tc.want)
		}
	}
}
