package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// sources list shows what each source gives its articles: its topics and
// its home province ("-" for none).
func TestSourcesListShowsTopicsAndProvince(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	up := upstreamFixtures(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/baothainguyen.rss", "--name", "TN",
		"--topic", "kinh-te", "--province", "thai-nguyen"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, db, "", "sources", "add", up.URL+"/vnexpress.rss", "--name", "VNE"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	_, out, _ := runCLI(t, db, "", "sources", "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "TOPICS") || !strings.Contains(lines[0], "PROVINCE") ||
		!strings.Contains(lines[0], "ERROR KIND  LAST ERROR") {
		t.Fatalf("sources list:\n%s", out)
	}
	if row := strings.Join(strings.Fields(lines[1]), " "); !strings.Contains(row, " TN kinh-te thai-nguyen http") {
		t.Errorf("the first source's topics and province are missing: %q", lines[1])
	}
	if row := strings.Join(strings.Fields(lines[2]), " "); !strings.Contains(row, " VNE - - http") {
		t.Errorf("a source without topics and province shows dashes: %q", lines[2])
	}
}

// TestSourceState: the state `sources list` shows, a feed read only up to a
// break in its XML (a note, no failure) as "partial".
func TestSourceState(t *testing.T) {
	fetched := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		src  model.Source
		want string
	}{
		{model.Source{}, "new"},
		{model.Source{LastFetchedAt: fetched}, "ok"},
		{model.Source{LastFetchedAt: fetched, ConsecutiveFailures: 2, LastError: "HTTP 404 Not Found"}, "failing"},
		{model.Source{LastFetchedAt: fetched, LastError: "broken feed: read 3 items, then the XML breaks (…)"}, "partial"},
		{model.Source{LastFetchedAt: fetched, RetiredAt: fetched, LastError: "HTTP 410 Gone: source retired"}, "retired"},
	}
	for _, c := range cases {
		if got := sourceState(c.src); got != c.want {
			t.Errorf("sourceState(%+v) = %q, want %q", c.src, got, c.want)
		}
	}
}

// TestSourcesAddWarnsOfPrivateHosts: `sources add` of a loopback or private
// address adds the source but says, on stderr, that it is not fetched
// without BANTIN_ALLOW_PRIVATE_SOURCES; a public name, or the setting,
// gives no note.
func TestSourcesAddWarnsOfPrivateHosts(t *testing.T) {
	cases := []struct {
		url, allow string
		note       bool
	}{
		{"http://127.0.0.1:8081/rss", "false", true},
		{"http://localhost:8081/rss", "false", true},
		{"http://[::1]/rss", "false", true},
		{"http://10.1.2.3/rss", "false", true},
		{"http://bao.localhost/rss", "false", true},
		{"https://vnexpress.net/rss/tin-moi-nhat.rss", "false", false},
		{"http://127.0.0.1:8081/rss", "true", false},
	}
	for _, c := range cases {
		db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
		code, out, stderr := runCLIEnv(t, map[string]string{"BANTIN_ALLOW_PRIVATE_SOURCES": c.allow}, db, "", "sources", "add", c.url)
		note := strings.Contains(stderr, "is a loopback or private address: it is fetched only with BANTIN_ALLOW_PRIVATE_SOURCES=true")
		if code != 0 || !strings.HasPrefix(out, "added source 1: ") || note != c.note {
			t.Errorf("add %s (allow %s): exit %d, out %q, stderr %q; want a note: %v", c.url, c.allow, code, out, stderr, c.note)
		}
	}
}
