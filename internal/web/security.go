package web

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io/fs"
	"net/http"
	"sort"
	"strings"
)

// securityHeaders are set on every response, cached or not, before the
// handler runs (DESIGN §5; issue 10): a Content-Security-Policy with no
// inline script and no framing, X-Frame-Options for browsers that predate
// frame-ancestors, a Referrer-Policy that never sends a signed link's path
// to another site, and nosniff.
type securityHeaders struct {
	csp, frame, referrer, nosniff []string
}

// newSecurityHeaders builds the headers for the page templates in pages:
// their inline <style> elements are allowed by hash, everything else must
// come from this origin (scripts, styles, fonts) or, for images, from any
// http(s) origin (article pictures stay on the publishers' servers). It
// returns an error naming the file when an inline <style> holds a template
// action, since its text, and so its hash, would change per page.
func newSecurityHeaders(pages fs.FS) (securityHeaders, error) {
	hashes, err := styleHashes(pages)
	if err != nil {
		return securityHeaders{}, err
	}
	csp := "default-src 'none'; script-src 'self'; style-src 'self'" + hashes +
		"; img-src 'self' https: http:; font-src 'self'; connect-src 'self'; manifest-src 'self'" +
		"; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	return securityHeaders{csp: []string{csp}, frame: []string{"DENY"},
		referrer: []string{"strict-origin-when-cross-origin"}, nosniff: []string{"nosniff"}}, nil
}

// withSecurityHeaders sets the security headers on every response of next.
func (s *Server) withSecurityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h["Content-Security-Policy"] = s.sec.csp
		h["X-Frame-Options"] = s.sec.frame
		h["Referrer-Policy"] = s.sec.referrer
		h["X-Content-Type-Options"] = s.sec.nosniff
		next.ServeHTTP(w, r)
	})
}

// styleHashes returns " 'sha256-…'" for the text of every inline <style>
// element of the *.html files in pages, sorted and without duplicates.
func styleHashes(pages fs.FS) (string, error) {
	files, err := fs.Glob(pages, "*.html")
	if err != nil {
		return "", fmt.Errorf("web: templates: %w", err)
	}
	seen := map[string]bool{}
	for _, name := range files {
		b, err := fs.ReadFile(pages, name)
		if err != nil {
			return "", fmt.Errorf("web: templates: %w", err)
		}
		for rest := string(b); ; {
			i := strings.Index(rest, "<style>")
			if i < 0 {
				break
			}
			rest = rest[i+len("<style>"):]
			j := strings.Index(rest, "</style>")
			if j < 0 {
				return "", fmt.Errorf("web: template %s: <style> without </style>", name)
			}
			css := rest[:j]
			if strings.Contains(css, "{{") {
				return "", fmt.Errorf("web: template %s: an inline <style> may not hold template actions "+
					"(the Content-Security-Policy allows it by the hash of its text); move them out", name)
			}
			sum := sha256.Sum256([]byte(css))
			seen[" 'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'"] = true
			rest = rest[j:]
		}
	}
	out := make([]string, 0, len(seen))
	for h := range seen {
		out = append(out, h)
	}
	sort.Strings(out)
	return strings.Join(out, ""), nil
}
