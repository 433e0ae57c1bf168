package web

import (
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"bantin/internal/store"
	"bantin/internal/store/storetest"
)

// TestSecurityHeaders: every response, HTML or not, cached or not, 304 or
// error, carries the CSP (no inline script, no framing), X-Frame-Options,
// Referrer-Policy and nosniff; the CSP allows the layout's inline <style>
// (if any) by the hash of the text the page really contains.
func TestSecurityHeaders(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		f := newFixture(t, st, Config{})
		home := f.get(t, "/")
		etag := home.Header().Get("ETag")
		for _, tc := range []struct {
			name string
			w    http.Header
		}{
			{"home", home.Header()},
			{"home cached", f.get(t, "/").Header()},
			{"home 304", f.get(t, "/", "If-None-Match: "+etag).Header()},
			{"list page", f.get(t, "/provinces/thai-nguyen/").Header()},
			{"feed", f.get(t, "/feed.json").Header()},
			{"404", f.do(http.MethodGet, "/provinces/atlantis/").Header()},
			{"400", f.do(http.MethodGet, "/feed.rss?limit=x").Header()},
			{"405", f.do(http.MethodPost, "/feed.rss").Header()},
		} {
			csp := tc.w.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'none'", "script-src 'self';", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("%s: CSP %q lacks %q", tc.name, csp, want)
				}
			}
			if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
				t.Errorf("%s: CSP %q allows inline code", tc.name, csp)
			}
			if tc.w.Get("X-Frame-Options") != "DENY" || tc.w.Get("Referrer-Policy") != "strict-origin-when-cross-origin" ||
				tc.w.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("%s: headers %v", tc.name, tc.w)
			}
		}
		m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(home.Body.String(), -1)
		csp := home.Header().Get("Content-Security-Policy")
		for _, s := range m {
			sum := sha256.Sum256([]byte(s[1]))
			if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(csp, h) {
				t.Errorf("CSP %q does not allow the page's <style> (%s)", csp, h)
			}
		}
	})
}

func TestStyleHashes(t *testing.T) {
	css := "p{color:red}"
	sum := sha256.Sum256([]byte(css))
	pages := fstest.MapFS{"a.html": {Data: []byte(`<head><style>` + css + `</style>`)}, "b.html": {Data: []byte(`<style>` + css + `</style>`)}}
	if got, err := styleHashes(pages); err != nil || got != " 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'" {
		t.Errorf("styleHashes = %q, %v", got, err)
	}
	pages = fstest.MapFS{"a.html": {Data: []byte(`<style>p{color:{{.C}}}</style>`)}}
	if _, err := styleHashes(pages); err == nil || !strings.Contains(err.Error(), "a.html") {
		t.Errorf("styleHashes = %v, want an error naming a.html", err)
	}
}
