package web

import (
	"net/http"
	"strings"
)

// A base URL with a path (https://example.org/tin) publishes bantin under
// that prefix: a reverse proxy passes request paths unchanged, every page,
// feed, asset and form is served under the prefix, and every link bantin
// writes carries it. Only the probes (/healthz, /readyz, /metrics) are also
// answered at the root, where orchestrators and scrapers reach a process
// directly. The model is miniflux's BASE_URL.

// router registers routes under the base URL's path.
type router struct {
	mux    *http.ServeMux
	prefix string // "" or "/tin"
}

// Handle registers h for pattern ("GET /feeds", "/feed.rss") under the
// prefix ("GET /tin/feeds").
func (rt router) Handle(pattern string, h http.Handler) {
	rt.mux.Handle(rt.prefixed(pattern), h)
}

// prefixed returns pattern with the prefix put before its path.
func (rt router) prefixed(pattern string) string {
	if method, path, ok := strings.Cut(pattern, " "); ok {
		return method + " " + rt.prefix + path
	}
	return rt.prefix + pattern
}

// handleRoot registers h for pattern at the root and, with a prefix, under
// it too: the probes, which orchestrators call on the process directly.
func (rt router) handleRoot(pattern string, h http.Handler) {
	rt.mux.Handle(pattern, h)
	if rt.prefix != "" {
		rt.Handle(pattern, h)
	}
}

// prefixRedirects sends "/" and the bare prefix ("/tin") to the home page
// ("/tin/"), for a visitor who reaches the process directly or drops the
// slash. Without a prefix there is nothing to redirect.
func (rt router) prefixRedirects() {
	if rt.prefix == "" {
		return
	}
	home := http.RedirectHandler(rt.prefix+"/", http.StatusFound)
	rt.mux.Handle("GET /{$}", home)
	rt.mux.Handle("GET "+rt.prefix, home)
}

// originURL returns the public URL of p, a public path (one s.path gave):
// the base URL's scheme and host before it.
func (s *Server) originURL(p string) string {
	return s.base.Scheme + "://" + s.base.Host + p
}

// path returns the public path of p, a path of bantin's own ("/feeds"):
// p under the base URL's prefix. Pages link with it; absURL gives the same
// with scheme and host.
func (s *Server) path(p string) string { return s.prefix + p }
