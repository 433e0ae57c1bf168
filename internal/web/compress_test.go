package web

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"bantin/internal/store/storetest"
)

// Static text files, the sources page and the subscription pages are
// gzip-encoded for a client that accepts it, as the cached pages are: the
// same body once decoded, Vary: Accept-Encoding, an ETag of each form (a
// match of either is a 304); identity for a client that does not ask, and
// PNG icons never (they are compressed already). They were sent identity.
func TestCompressedResponses(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	do := func(path string, headers ...string) *httptest.ResponseRecorder {
		return request(f.srv, http.MethodGet, path, headers...)
	}
	css, js, embed := f.srv.assets.url("site.css"), f.srv.assets.url("site.js"), "/embed.js?v="+f.srv.assets["embed.js"].version
	for _, tt := range []struct {
		path  string
		etags bool // revalidated by ETag (not a no-store page)
	}{
		{css, true}, {js, true}, {embed, true}, {"/static/site.css", true}, {"/static/icon.svg", true},
		{"/sources", true}, {"/subscribe", false}, {"/subscribe?province=ha-noi", false}, {"/digests/2026-W47", false},
	} {
		plain := do(tt.path)
		gz := do(tt.path, "Accept-Encoding: gzip, deflate, br")
		if plain.Code != http.StatusOK || gz.Code != http.StatusOK {
			t.Errorf("%s: %d, %d", tt.path, plain.Code, gz.Code)
			continue
		}
		if ce := gz.Header().Get("Content-Encoding"); ce != "gzip" {
			t.Errorf("%s: Content-Encoding %q, want gzip", tt.path, ce)
			continue
		}
		if ce := plain.Header().Get("Content-Encoding"); ce != "" {
			t.Errorf("%s without Accept-Encoding: Content-Encoding %q", tt.path, ce)
		}
		for _, w := range []*httptest.ResponseRecorder{plain, gz} {
			if v := w.Header().Get("Vary"); v != "Accept-Encoding" {
				t.Errorf("%s: Vary %q", tt.path, v)
			}
		}
		if body := gunzip(t, gz.Body.Bytes()); !bytes.Equal(body, plain.Body.Bytes()) || gz.Body.Len() >= plain.Body.Len() {
			t.Errorf("%s: gzip body of %d bytes is %d decoded, want the %d of the plain one, smaller", tt.path, gz.Body.Len(), len(body), plain.Body.Len())
		}
		if !tt.etags {
			continue
		}
		pe, ge := plain.Header().Get("ETag"), gz.Header().Get("ETag")
		if pe == "" || pe == ge {
			t.Errorf("%s: ETags %q and %q, want two", tt.path, pe, ge)
		}
		if w := do(tt.path, "Accept-Encoding: gzip", "If-None-Match: "+ge); w.Code != http.StatusNotModified {
			t.Errorf("%s: If-None-Match %s: %d, want 304", tt.path, ge, w.Code)
		}
	}
	for _, path := range []string{f.srv.assets.url("favicon.png"), "/favicon.ico"} {
		if w := do(path, "Accept-Encoding: gzip"); w.Code != http.StatusOK || w.Header().Get("Content-Encoding") != "" {
			t.Errorf("%s: %d, Content-Encoding %q, want a plain PNG", path, w.Code, w.Header().Get("Content-Encoding"))
		}
	}
}
