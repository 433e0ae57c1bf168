package web

import "testing"

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
