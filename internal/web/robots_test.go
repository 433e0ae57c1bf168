package web

import (
	"bufio"
	"regexp"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// robotsAllowed applies robots.txt rules to path the way RFC 9309 says:
// the longest matching Allow or Disallow wins, Allow on a tie; "*" matches
// any characters and "$" ends a pattern.
func robotsAllowed(t *testing.T, robots, path string) bool {
	t.Helper()
	best, allowed := -1, true
	sc := bufio.NewScanner(strings.NewReader(robots))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		val = strings.TrimSpace(val)
		if !ok || (key != "Allow" && key != "Disallow") || val == "" {
			continue
		}
		re := "^" + strings.ReplaceAll(regexp.QuoteMeta(strings.TrimSuffix(val, "$")), `\*`, ".*")
		if strings.HasSuffix(val, "$") {
			re += "$"
		}
		if !regexp.MustCompile(re).MatchString(path) {
			continue
		}
		if len(val) > best || (len(val) == best && key == "Allow") {
			best, allowed = len(val), key == "Allow"
		}
	}
	return allowed
}

// /robots.txt lets crawlers read the pages, stories and feeds and keeps
// them out of search, query-string variants (the day ranges are a crawl
// trap), the subscriber's pages and the probes; under a base URL with a
// path the rules carry it and are served at the root too.
func TestRobotsTxt(t *testing.T) {
	for _, prefix := range []string{"", "/tin"} {
		f := newFixture(t, storetest.OpenSQLite(t), Config{BaseURL: testBase + prefix})
		for _, at := range []string{"/robots.txt", prefix + "/robots.txt"} {
			w := f.get(t, at)
			if ct := w.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" {
				t.Errorf("%s: Content-Type %q", at, ct)
			}
			if !strings.Contains(w.Body.String(), "User-agent: *\n") {
				t.Errorf("%s: no User-agent line:\n%s", at, w.Body)
			}
		}
		robots := f.get(t, "/robots.txt").Body.String()
		for _, tt := range []struct {
			path    string
			allowed bool
		}{
			{"/", true},
			{"/topics/y-te/", true},
			{"/provinces/ha-noi/", true},
			{"/stories/12", true},
			{"/feed.rss", true},
			{"/topics/y-te/feed.atom", true},
			{"/feeds", true},
			{"/subscribe", true},
			{"/static/site.css?v=0123456789ab", true},
			{"/search", false},
			{"/search?q=b%C3%A3o", false},
			{"/?from=2026-11-23&to=2026-11-29", false},
			{"/topics/y-te/?from=2026-11-23", false},
			{"/feed.rss?topic=y-te&province=ha-noi", false},
			{"/confirm/abc", false},
			{"/preferences/abc", false},
			{"/unsubscribe/abc", false},
			{"/digests/2026-W48?sig=x", false},
			{"/metrics", false},
		} {
			if got := robotsAllowed(t, robots, prefix+tt.path); got != tt.allowed {
				t.Errorf("prefix %q: %s allowed=%v, want %v\n%s", prefix, prefix+tt.path, got, tt.allowed, robots)
			}
		}
	}
}
