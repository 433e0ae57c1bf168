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
		// A browser's feed: links name the feed after the prefix.
		{"feed:https://x.vn/rss", `"feed:https://x.vn/rss" is not a feed URL: want http:// or https://host/path (https://x.vn/rss?)`},
		{"feed://x.vn/rss", `(https://x.vn/rss?)`},
		{"FEED:http://x.vn/rss", `(http://x.vn/rss?)`},
		// Two URLs in one argument were one source, "…rss%20https://…".
		{"https://x.vn/a.rss https://y.vn/b.rss", `"https://x.vn/a.rss https://y.vn/b.rss" is not a feed URL: it holds a space (one URL at a time`},
		{"https://x.vn/a.rss\thttps://y.vn/b.rss", `it holds a space`},
		{"https://x.vn/a.rss,https://y.vn/b.rss", `"https://x.vn/a.rss,https://y.vn/b.rss" is not a feed URL: it holds two URLs (one at a time; `},
		{"https://x.vn/a.rss;HTTP://y.vn/b.rss", `it holds two URLs`},
		{"https://x.vn/a.rss?x=1,https://y.vn/b.rss", `it holds two URLs (one at a time; an aggregator's list`},
		{"https://x.vn/a,https://y.vn/b?url=https://z.vn/c", `it holds two URLs`},
		{"https://x.vn/?url=https://a.vn/x#f,https://y.vn/b.rss", `it holds two URLs`},
		{"https://x.vn/" + strings.Repeat("a", 2036), `"https://x.vn/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" is not a feed URL: 2049 bytes long, at most 2048` + "\n"},
	} {
		code, _, stderr := runCLI(t, db, "", "sources", "add", tc.arg)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want %q", tc.arg, code, stderr, tc.want)
		}
	}
}

// TestNotOneURL: a second URL after a comma or semicolon is an
// aggregator's list when it is in a query parameter's value that starts
// as a URL, and two URLs pasted as one anywhere else.
func TestNotOneURL(t *testing.T) {
	for _, tt := range []struct {
		in   string
		list bool // taken as one URL
	}{
		{"https://agg.example/?url=https://a.vn/rss,https://b.vn/rss", true},
		{"https://agg.example/merge?feeds=https://a.vn/rss;https://b.vn/rss;http://c.vn/x", true},
		{"https://agg.example/?lang=vi&u=HTTPS://a.vn/rss,https://b.vn/rss&n=20", true},
		{"https://agg.example/?url=https%3A%2F%2Fa.vn%2Frss,https://b.vn/rss", false},
		{"https://agg.example/?url=a.vn/rss,https://b.vn/rss", false},
		{"https://agg.example/?x=1,https://b.vn/rss", false},
		{"https://agg.example/?url,https://b.vn/rss", false},
		{"https://agg.example/path,https://b.vn/rss?url=https://c.vn/", false},
		{"https://a.vn/rss,https://b.vn/rss", false},
		{"https://a.vn/rss?ids=1,2,3&cat=a;b", true},
		{"https://a.vn/rss?u=https://y.example/feed", true},
	} {
		if got := notOneURL(tt.in) == ""; got != tt.list {
			t.Errorf("notOneURL(%s) = %q; want one URL: %v", tt.in, notOneURL(tt.in), tt.list)
		}
	}
}

// TestCLIImportLongURL: an OPML outline whose feed URL is longer than any
// feed's is skipped, quoted in part; one just short enough is imported.
func TestCLIImportLongURL(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	ok, long := "https://x.vn/"+strings.Repeat("a", 2035), "https://y.vn/"+strings.Repeat("a", 100000)
	opml := `<opml version="2.0"><body><outline text="a" xmlUrl="` + ok + `"/><outline text="b" xmlUrl="` + long + `"/></body></opml>`
	code, out, stderr := runCLI(t, db, opml, "sources", "import-opml", "-")
	if code != 1 || out != "imported 1 source, 0 already present, 1 invalid\n" ||
		!strings.HasPrefix(stderr, `skipped "https://y.vn/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…": 100013 bytes long, at most 2048`+"\n") {
		t.Errorf("import: %d %q %q", code, out, stderr)
	}
}
