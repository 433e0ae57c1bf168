package app

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/urlpolicy"
)

// TestShownErrText: 'bantin fetch' shows a web page's named feeds as it
// shows source URLs — a key the page's links carry, the source's own or
// another secret parameter, is not printed — and keeps the rest of the
// error's text.
func TestShownErrText(t *testing.T) {
	red := urlpolicy.NewRedactor(urlpolicy.DefaultSecretParams)
	page := &ingest.WebPageError{Feeds: []string{
		"https://news.example/rss?token=s3cr3tkey&cat=1",
		"https://news.example/atom?api_key=0th3rk3y",
	}}
	for _, tt := range []struct {
		name, src string
		err       error
		want      []string
		hidden    []string
	}{
		{"page feeds keyed", "https://news.example/?token=s3cr3tkey", &ingest.ParseError{Err: page},
			[]string{"a web page (HTML)", "https://news.example/rss?cat=1", "https://news.example/atom"},
			[]string{"s3cr3tkey", "0th3rk3y"}},
		{"wrapped", "https://news.example/", fmt.Errorf("fetch: %w", &ingest.ParseError{Err: page}),
			[]string{"https://news.example/rss?cat=1"}, []string{"s3cr3tkey", "0th3rk3y"}},
		{"other error keeps its text", "https://news.example/rss", errors.New("HTTP 500 Internal Server Error"),
			[]string{"HTTP 500"}, nil},
	} {
		got := shownErrText(red, tt.src, tt.err)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: shownErrText = %q, want it to hold %q", tt.name, got, w)
			}
		}
		for _, h := range tt.hidden {
			if strings.Contains(got, h) {
				t.Errorf("%s: shownErrText = %q shows the secret %q", tt.name, got, h)
			}
		}
	}
}

// TestShownResultErr: a fetch stopped by the interrupt is printed with its
// error's own words, which net/http writes with the source's whole URL
// but its password: the URL's key does not reach the output (it printed
// r.Err raw, "Get \"…?token=…\": context canceled").
func TestShownResultErr(t *testing.T) {
	red := urlpolicy.NewRedactor(urlpolicy.DefaultSecretParams)
	src := "https://news.example/rss?token=s3cr3tkey&cat=1"
	stopped := &url.Error{Op: "Get", URL: src, Err: context.Canceled}
	for _, tt := range []struct {
		name string
		r    pipeline.SourceResult
		want string
	}{
		{"stopped", pipeline.SourceResult{Interrupted: true, Err: stopped}, `Get "https://news.example/rss?token=…&cat=1": context canceled`},
		{"no error", pipeline.SourceResult{}, ""},
	} {
		got := shownResultErr(red, src, tt.r)
		if got != tt.want {
			t.Errorf("%s: shownResultErr = %q, want %q", tt.name, got, tt.want)
		}
		if line := describeFetch(model.Source{ID: 3, URL: red.Redact(src)}, tt.r, true, got); strings.Contains(line, "s3cr3tkey") {
			t.Errorf("%s: describeFetch = %q shows the key", tt.name, line)
		}
	}
}
