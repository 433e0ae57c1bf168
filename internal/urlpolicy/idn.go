package urlpolicy

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
)

// ASCIIHost returns host, a DNS name without a port, in the form DNS and
// HTTP use: an internationalised name (báo.vn) as its A-labels
// (xn--bo-...vn) by the IDNA 2008 lookup rules, lower-cased. An all-ASCII
// host is returned as it is. ok is false when host is not a valid
// internationalised name.
func ASCIIHost(host string) (string, bool) {
	if isASCII(host) {
		return host, true
	}
	a, err := idna.Lookup.ToASCII(host)
	if err != nil || a == "" {
		return "", false
	}
	return a, true
}

// UnicodeHost returns host with its A-labels (xn--…) in Unicode (ví-dụ.vn),
// for people to read. A host without A-labels, or whose A-labels do not
// convert back to the same ASCII name (an "xn--" that no one typed), is
// returned as it is.
func UnicodeHost(host string) string {
	if !strings.Contains(strings.ToLower(host), "xn--") {
		return host
	}
	u, err := idna.Display.ToUnicode(host)
	if err != nil {
		return host
	}
	if back, err := idna.Lookup.ToASCII(u); err != nil || !strings.EqualFold(back, host) {
		return host
	}
	return u
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
