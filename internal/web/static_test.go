package web

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// Pages link their stylesheet by a versioned URL, cached for a year; the
// same path without the version is cached briefly; unknown files are 404.
func TestStaticAssets(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	page := f.get(t, "/").Body.String()
	m := regexp.MustCompile(`<link rel="stylesheet" href="(/static/site\.css\?v=[0-9a-f]{12})">`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("home page links no versioned stylesheet:\n%s", page)
	}
	if strings.Contains(page, "<style") || strings.Contains(page, "style=") {
		t.Errorf("home page has inline styles")
	}
	w := f.get(t, m[1])
	if ct, cc := w.Header().Get("Content-Type"), w.Header().Get("Cache-Control"); ct != "text/css; charset=utf-8" || cc != "public, max-age=31536000, immutable" {
		t.Errorf("GET %s: Content-Type %q, Cache-Control %q", m[1], ct, cc)
	}
	if !strings.Contains(w.Body.String(), "--accent") {
		t.Errorf("GET %s: not the stylesheet: %.80s", m[1], w.Body)
	}
	etag := w.Header().Get("ETag")
	if w := f.do(http.MethodGet, m[1], "If-None-Match: "+etag); w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match %s: %d, want 304", etag, w.Code)
	}
	for _, tt := range []struct {
		path   string
		status int
		cache  string
	}{
		{"/static/site.css", 200, "public, max-age=300"},
		{"/static/site.css?v=000000000000", 200, "public, max-age=300"},
		{"/static/nope.css", 404, "no-store"},
		{"/static/../pages/home.html", 404, "no-store"},
	} {
		w := f.do(http.MethodGet, tt.path)
		if w.Code != tt.status && !(tt.status == 404 && w.Code >= 300 && w.Code < 400) {
			t.Errorf("GET %s: %d, want %d", tt.path, w.Code, tt.status)
		}
		if w.Code == tt.status && w.Header().Get("Cache-Control") != tt.cache {
			t.Errorf("GET %s: Cache-Control %q, want %q", tt.path, w.Header().Get("Cache-Control"), tt.cache)
		}
	}
}

// Pages link the SVG and PNG icons; feeds name them (RSS <image>, Atom
// <icon> and <logo>, JSON icon and favicon); /favicon.ico answers the PNG.
func TestIcons(t *testing.T) {
	f := newFixture(t, storetest.OpenSQLite(t), Config{})
	page := f.get(t, "/").Body.String()
	for _, re := range []string{`<link rel="icon" href="/static/icon\.svg\?v=[0-9a-f]{12}" type="image/svg\+xml">`,
		`<link rel="icon" href="/static/favicon\.png\?v=[0-9a-f]{12}" type="image/png" sizes="64x64">`} {
		m := regexp.MustCompile(re).FindString(page)
		if m == "" {
			t.Errorf("home page lacks %s", re)
			continue
		}
		href := regexp.MustCompile(`href="([^"]+)"`).FindStringSubmatch(m)[1]
		if w := f.get(t, href); !strings.HasPrefix(w.Header().Get("Content-Type"), "image/") || w.Body.Len() < 100 {
			t.Errorf("GET %s: %s, %d bytes", href, w.Header().Get("Content-Type"), w.Body.Len())
		}
	}
	for path, res := range map[string][]string{
		"/feed.rss":  {`<image>\s*<url>https://bantin\.example/static/icon\.png\?v=\w+</url>\s*<title>[^<]+</title>\s*<link>https://bantin\.example/</link>\s*</image>`},
		"/feed.atom": {`<icon>https://bantin\.example/static/icon\.png\?v=\w+</icon>`, `<logo>https://bantin\.example/static/logo\.png\?v=\w+</logo>`},
		"/feed.json": {`"icon":"https://bantin\.example/static/icon\.png\?v=\w+"`, `"favicon":"https://bantin\.example/static/favicon\.png\?v=\w+"`},
	} {
		body := f.get(t, path).Body.String()
		for _, re := range res {
			if !regexp.MustCompile(re).MatchString(body) {
				t.Errorf("%s lacks %s", path, re)
			}
		}
	}
	if w := f.get(t, "/favicon.ico"); w.Header().Get("Content-Type") != "image/png" {
		t.Errorf("/favicon.ico: %s", w.Header().Get("Content-Type"))
	}
}
