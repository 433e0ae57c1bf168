package web

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"bantin/internal/store/storetest"
)

// acceptsGzip reads Accept-Encoding as RFC 9110 §12.5.3 says: a coding
// named explicitly takes its own quality, even after a "*" that would allow
// it; q=0 refuses. "*;q=1, gzip;q=0" was read as gzip allowed.
func TestAcceptsGzip(t *testing.T) {
	for ae, want := range map[string]bool{
		"":                       false,
		"gzip":                   true,
		"gzip, deflate, br":      true,
		"x-gzip":                 true,
		"GZIP;Q=0.5":             true,
		"br, gzip;q=0":           false,
		"gzip; q=0.000":          false,
		"gzip;q=0.001":           true,
		"*":                      true,
		"*;q=0":                  false,
		"identity":               false,
		"*;q=1, gzip;q=0":        false,
		"gzip;q=0, *":            false,
		"*;q=0, gzip":            true,
		"deflate, *;q=0.1":       true,
		"identity;q=1, *;q=0":    false,
		"x-gzip;q=0, gzip;q=0.2": true,
	} {
		if got := acceptsGzip(ae); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", ae, got, want)
		}
	}
}

// A client may split Accept-Encoding over several field lines, which read
// as one list joined by commas (RFC 9110 §5.3): "*" on one line and
// "gzip;q=0" on the next refuses gzip; "br" then "gzip" accepts it. Only
// the first line was read. Both a cached entry (writeEntry) and a body
// made per request (writeBody).
func TestAcceptEncodingLines(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	for _, path := range []string{f.srv.assets.url("site.css"), "/subscribe"} {
		for _, tt := range []struct {
			lines []string
			want  string
		}{{[]string{"*", "gzip;q=0"}, ""}, {[]string{"br", "gzip"}, "gzip"}, {[]string{"gzip"}, "gzip"}} {
			r := httptest.NewRequest(http.MethodGet, path, nil)
			for _, l := range tt.lines {
				r.Header.Add("Accept-Encoding", l)
			}
			w := httptest.NewRecorder()
			f.srv.Handler().ServeHTTP(w, r)
			if ce := w.Header().Get("Content-Encoding"); w.Code != http.StatusOK || ce != tt.want {
				t.Errorf("%s with Accept-Encoding lines %q: %d, Content-Encoding %q, want %q", path, tt.lines, w.Code, ce, tt.want)
			}
		}
	}
}

// If-None-Match split over two field lines is one list: the entry's ETag
// on the second line is a match (304). Only the first line was read.
func TestIfNoneMatchLines(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	path := f.srv.assets.url("site.css")
	etag := request(f.srv, http.MethodGet, path).Header().Get("ETag")
	r := httptest.NewRequest(http.MethodGet, path, nil)
	r.Header.Add("If-None-Match", `"other"`)
	r.Header.Add("If-None-Match", etag)
	w := httptest.NewRecorder()
	f.srv.Handler().ServeHTTP(w, r)
	if etag == "" || w.Code != http.StatusNotModified {
		t.Errorf("If-None-Match lines %q, %q: %d, want 304", `"other"`, etag, w.Code)
	}
}
