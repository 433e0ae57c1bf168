package web

import (
	"net/http"
	"strings"

	"bantin/internal/signing"
)

// robotsRoutes registers /robots.txt under the base URL's path and at the
// root. Crawlers read it only at the host's root: with a prefix
// (https://example.org/tin) the root belongs to the larger site, whose
// robots.txt must carry these lines (README "Running it in production");
// bantin serves them, prefixed, at /tin/robots.txt to copy from.
func (s *Server) robotsRoutes(mux router) {
	body := robotsTxt(s.prefix)
	mux.handleRoot("GET /robots.txt", s.handle("robots", func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		_, err := w.Write([]byte(body))
		return err
	}))
}

// robotsTxt returns the robots.txt of a site under prefix ("" or "/tin").
// Pages, stories and feeds without a query may be crawled. Disallowed:
// search (one page per query), every address with a query string (the
// from/to day ranges and topic×province combinations of list pages and
// feeds: a crawl trap) except the versioned static files, the pages a
// subscriber's signed links open (they show an address), the digest
// archive (a page for every week back to any year: another trap), and the
// probes. RFC 9309: the longest matching rule wins.
func robotsTxt(prefix string) string {
	var b strings.Builder
	b.WriteString("# bantin: pages, stories and feeds may be crawled; search, query-string\n")
	b.WriteString("# variants, subscriber pages and probes may not.\n")
	b.WriteString("User-agent: *\n")
	b.WriteString("Allow: " + prefix + "/static/\n")
	for _, p := range []string{"/search", "/*?",
		signing.ConfirmPath, signing.PreferencesPath, signing.UnsubscribePath, signing.ArchivePath,
		"/healthz", "/readyz", "/metrics"} {
		b.WriteString("Disallow: " + prefix + p + "\n")
	}
	return b.String()
}
