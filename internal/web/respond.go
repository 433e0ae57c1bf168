package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// headers are the constant header values every cached response shares,
// allocated once per Server.
type headers struct {
	cacheControl, vary, anyOrigin, expose, gzip, nosniff []string
	staleControl, staleStatus                            []string
	immutable, noCache                                   []string
}

func newHeaders() headers {
	return headers{
		cacheControl: []string{"public, max-age=300"},
		// Served from cache while the database is unreachable: RFC 9211's
		// Cache-Status says so, and readers are asked back sooner.
		staleControl: []string{"public, max-age=30"},
		staleStatus:  []string{`bantin; hit; detail="stale: database unreachable"`},
		vary:         []string{"Accept-Encoding"},
		anyOrigin:    []string{"*"},
		expose:       []string{"ETag, Last-Modified"},
		gzip:         []string{"gzip"},
		nosniff:      []string{"nosniff"},
		immutable:    []string{"public, max-age=31536000, immutable"},
		noCache:      []string{"no-cache"},
	}
}

// newEntry builds a cache entry for body: a strong ETag from its SHA-256
// and Last-Modified from modTime (omitted when zero).
func newEntry(body []byte, ctype string, modTime time.Time, cors bool) *entry {
	sum := sha256.Sum256(body)
	tag := hex.EncodeToString(sum[:12])
	e := &entry{body: body, ctype: []string{ctype}, cors: cors,
		etag: []string{`"` + tag + `"`}, gzEtag: []string{`"` + tag + `-gz"`}}
	if !modTime.IsZero() {
		e.modTime = modTime.UTC().Truncate(time.Second)
		e.lastMod = []string{httpTime(e.modTime)}
	}
	return e
}

// serveEntry writes e as the response to r: 304 when a validator matches,
// else the body (gzip-encoded when accepted), headers only for HEAD. A
// stale entry (served while the database is unreachable) is marked so by
// Cache-Status and a short max-age.
func (s *Server) serveEntry(w http.ResponseWriter, r *http.Request, e *entry, stale bool) {
	if stale {
		w.Header()["Cache-Status"] = s.hdr.staleStatus
		s.writeEntry(w, r, e, s.hdr.staleControl)
		return
	}
	s.writeEntry(w, r, e, s.hdr.cacheControl)
}

// writeEntry writes e as serveEntry does, with Cache-Control cc. An entry
// that is not plain is sent gzip-encoded when r accepts it, with its own
// ETag; Vary says so either way.
func (s *Server) writeEntry(w http.ResponseWriter, r *http.Request, e *entry, cc []string) {
	h := w.Header()
	gz := !e.plain && requestGzip(r)
	etag := e.etag
	if gz {
		etag = e.gzEtag
	}
	h["Etag"] = etag
	h["Vary"] = s.hdr.vary
	h["Cache-Control"] = cc
	if e.lastMod != nil {
		h["Last-Modified"] = e.lastMod
	}
	if e.cors {
		h["Access-Control-Allow-Origin"] = s.hdr.anyOrigin
		h["Access-Control-Expose-Headers"] = s.hdr.expose
	}
	if notModified(r, e) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := e.body
	if gz {
		body = s.gzipOf(e)
		h["Content-Encoding"] = s.hdr.gzip
	}
	h["Content-Type"] = e.ctype
	h["X-Content-Type-Options"] = s.hdr.nosniff
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// writeBody writes body, made for this response only (never cached), with
// status: gzip-encoded when r accepts it, and Vary saying so. The caller
// sets the other headers.
func (s *Server) writeBody(w http.ResponseWriter, r *http.Request, status int, body []byte) error {
	h := w.Header()
	h["Vary"] = s.hdr.vary
	if requestGzip(r) {
		body = s.gz.compress(body)
		h["Content-Encoding"] = s.hdr.gzip
	}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return nil
	}
	_, err := w.Write(body)
	return err
}

// gzipOf returns e's gzip body, compressing it on first use.
func (s *Server) gzipOf(e *entry) []byte {
	e.gzOnce.Do(func() {
		e.gz = s.gz.compress(e.body)
		s.cache.grow(e, len(e.gz))
	})
	return e.gz
}

// notModified evaluates If-None-Match (either representation's ETag
// matches, weak comparison as RFC 9110 §13.1.2 requires) or, without it,
// If-Modified-Since.
func notModified(r *http.Request, e *entry) bool {
	if inm := headerList(r, "If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
			if t == "*" || t == e.etag[0] || t == e.gzEtag[0] {
				return true
			}
		}
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || e.modTime.IsZero() {
		return false
	}
	t, err := http.ParseTime(ims)
	return err == nil && !e.modTime.After(t)
}

// requestGzip reports whether r accepts gzip (acceptsGzip), reading all
// of its Accept-Encoding field lines as one list: a client may send "*"
// on one line and "gzip;q=0" on the next.
func requestGzip(r *http.Request) bool { return acceptsGzip(headerList(r, "Accept-Encoding")) }

// headerList returns the field lines of r named name (canonical form) as
// one comma-separated list, as RFC 9110 §5.3 reads a list split over
// lines; "" when there are none. One line is returned as it is.
func headerList(r *http.Request, name string) string {
	switch lines := r.Header[name]; len(lines) {
	case 0:
		return ""
	case 1:
		return lines[0]
	default:
		return strings.Join(lines, ",")
	}
}

// acceptsGzip reports whether an Accept-Encoding value allows gzip with a
// non-zero quality: gzip (or x-gzip) named so, or, when neither is named,
// "*" (RFC 9110 §12.5.3: "gzip;q=0, *" refuses it).
func acceptsGzip(ae string) bool {
	if ae == "" {
		return false
	}
	named, star := false, false
	for part := range strings.SplitSeq(ae, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "gzip" && name != "x-gzip" && name != "*" {
			continue
		}
		q := strings.ReplaceAll(strings.ToLower(params), " ", "")
		ok := !strings.HasPrefix(q, "q=0") || strings.Trim(q[3:], ".0") != ""
		switch {
		case name == "*":
			star = ok
		case ok:
			return true
		default:
			named = true
		}
	}
	return star && !named
}
