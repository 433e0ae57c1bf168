// Package urlpolicy is bantin's one rule for every URL that leaves it: item
// links, image and enclosure URLs, channel links, href and src inside
// content, in every feed format, page and email. A URL passes only as an
// absolute http or https URL with a host, judged after HTML character
// references are decoded and white space and control characters are
// removed the way browsers remove them, scheme compared case-insensitively.
// Everything else (javascript:, vbscript:, data:, "java\tscript:",
// "&#106;avascript:", "http:host" without slashes, hosts with markup…) is
// refused, and the caller drops it.
//
// Relative references are resolved only against a base that itself passed
// (Parse), so a hostile channel or item link can never become the scheme of
// a relative link.
//
// URLs that pass are returned in one canonical spelling: lower-case scheme,
// no user info, an internationalised host in its ASCII form (xn--…, as DNS
// and HTTP want it, and never a look-alike spelled in another script), path,
// query and fragment percent-encoded where RFC 3986 does not allow a
// character. The package's one dependency beyond the standard library is
// golang.org/x/net/idna.
package urlpolicy

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns raw as a publishable absolute http(s) URL and true, or ""
// and false when raw is anything else.
func Clean(raw string) (string, bool) {
	u, ok := Parse(raw)
	if !ok {
		return "", false
	}
	return u.String(), true
}

// Parse is Clean returning the parsed URL, for use as a base of Resolve.
// The URL returned is a fresh value the caller may keep.
func Parse(raw string) (*url.URL, bool) {
	u, err := url.Parse(prepare(raw))
	if err != nil {
		return nil, false
	}
	return check(u)
}

// Resolve returns ref made absolute against base and checked by the
// policy, and true; or "", false when ref is empty, when the result is not
// an absolute http(s) URL, or when ref is relative and base is nil. base
// must come from Parse (or be nil: then only absolute refs can pass).
func Resolve(base *url.URL, ref string) (string, bool) {
	ref = prepare(ref)
	if ref == "" {
		return "", false
	}
	r, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	if !r.IsAbs() {
		if base == nil || r.Scheme != "" {
			return "", false
		}
		r = base.ResolveReference(r)
	}
	u, ok := check(r)
	if !ok {
		return "", false
	}
	return u.String(), true
}

// check applies the policy to a parsed URL and returns its canonical form,
// or nil, false when the URL is not publishable (or its canonical form
// would not parse again).
func check(u *url.URL) (*url.URL, bool) {
	u.Scheme = strings.ToLower(u.Scheme)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Opaque != "" || !validHost(u.Hostname()) {
		return nil, false
	}
	c := *u
	if h := c.Hostname(); !isASCII(h) {
		a, ok := ASCIIHost(h)
		if !ok {
			return nil, false
		}
		c.Host = a
		if p := u.Port(); p != "" {
			c.Host += ":" + p
		}
	}
	c.User = nil
	c.RawQuery = escapeQuery(c.RawQuery)
	// What is published must read back as the same kind of URL: "//::"
	// against an http base resolves to "http://::", which no parser accepts.
	if _, err := url.Parse(c.String()); err != nil {
		return nil, false
	}
	return &c, true
}

// validHost accepts DNS names (letters, digits, '-', '_', '.', and
// non-ASCII letters of internationalised names) and IP literals.
func validHost(h string) bool {
	if h == "" {
		return false
	}
	if strings.Contains(h, ":") { // IPv6 literal, already bracket-checked by url.Parse
		for _, c := range h {
			if !(c == ':' || c == '.' || c == '%' || isAlnum(c)) {
				return false
			}
		}
		return true
	}
	for _, c := range h {
		if !(isAlnum(c) || c == '-' || c == '_' || c == '.' || c >= utf8.RuneSelf && unicode.IsLetter(c) || c >= utf8.RuneSelf && unicode.IsDigit(c) || c >= utf8.RuneSelf && unicode.Is(unicode.Mn, c)) {
			return false
		}
	}
	return true
}

func isAlnum(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// prepare decodes character references until the text is stable, removes
// leading and trailing white space and C0 controls, tab, CR and LF
// anywhere (as browsers do) and every other control or format character
// (NUL, DEL, bidi overrides, zero-width characters).
func prepare(s string) string {
	s = decodeRefs(s)
	s = strings.TrimFunc(s, func(r rune) bool { return r <= ' ' || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) })
	if !strings.ContainsFunc(s, dropped) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if dropped(r) {
			return -1
		}
		return r
	}, s)
}

func dropped(r rune) bool {
	return r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r)
}

// escapeQuery percent-encodes every byte RFC 3986 does not allow in a query
// and every '%' that does not start an escape.
func escapeQuery(q string) string {
	if q == "" {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '%' && i+2 < len(q) && isHex(q[i+1]) && isHex(q[i+2]):
			b.WriteByte(c)
		case c < 0x80 && c != '%' && queryByte(c):
			b.WriteByte(c)
		default:
			const hex = "0123456789ABCDEF"
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// queryByte reports the ASCII bytes allowed unescaped in a query: RFC
// 3986's unreserved, sub-delims, ':', '@', '/' and '?', except "'" (kept
// out of attribute values written by careless code).
func queryByte(c byte) bool {
	return isAlnum(rune(c)) || strings.IndexByte("-._~!$&()*+,;=:@/?", c) >= 0
}
