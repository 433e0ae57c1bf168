package app

import (
	"bytes"
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
