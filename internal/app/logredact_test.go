package app

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"bantin/internal/config"
	"bantin/internal/urlpolicy"
)

// A source's URL in the logs loses its user info and secret query
// parameters, in both formats and through With: 'fetch failed' wrote
// url=http://…/feed.rss?token=SECRET for a collector to keep.
func TestLogsRedactSourceURLs(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		log, err := newLogger(&buf, config.Config{LogLevel: "info", LogFormat: format, SecretQueryParams: urlpolicy.DefaultSecretParams})
		if err != nil {
			t.Fatal(err)
		}
		log.Warn("fetch failed", "source_id", 1, "url", "https://bob:pw1@feeds.example/rss?cat=y-te&token=SECRET1")
		log.With("source_url", "https://feeds.example/rss?api_key=SECRET2").Info("parsed", "note", "token=kept")
		out := buf.String()
		for _, leak := range []string{"SECRET1", "SECRET2", "pw1", "bob"} {
			if strings.Contains(out, leak) {
				t.Errorf("%s: the log holds %q:\n%s", format, leak, out)
			}
		}
		if !strings.Contains(out, "https://feeds.example/rss?cat=y-te") || !strings.Contains(out, "token=kept") {
			t.Errorf("%s: the log lost what is not secret:\n%s", format, out)
		}
	}
}

// fetch's progress lines and failure summary show a source's URL without
// its secret, as the logs do: this output often ends in a cron mail.
func TestFetchOutputRedactsSourceURLs(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "http://127.0.0.1:1/feed.rss?cat=1&token=SECRET3"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	code, out, stderr := runCLI(t, db, "", "fetch", "--all")
	if code != 1 || strings.Contains(out+stderr, "SECRET3") || strings.Count(stderr, "1 http://127.0.0.1:1/feed.rss?cat=1: ") != 2 {
		t.Errorf("fetch: exit %d, %q %q", code, out, stderr)
	}
}
