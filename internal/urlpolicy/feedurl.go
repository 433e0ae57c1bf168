package urlpolicy

import (
	"net/netip"
	"net/url"
	"strings"
)

// FeedURL returns u, an absolute http(s) URL with a host, in the one
// spelling bantin keeps for a feed's URL, so that one feed is never two
// sources: RFC 3986's syntax- and scheme-based normalisation (§6.2.2,
// §6.2.3) — scheme and host in lower case, an internationalised host in
// its ASCII form (xn--…), a fully qualified host's trailing dot dropped, an
// IPv6 literal in its shortest form ([::1], not [0:0:0:0:0:0:0:1]), no
// default or empty port, "." and ".." path segments resolved, an empty
// path written "/", percent escapes in upper case — and without a
// fragment. User info ("reader:secret@", the feed's log-in) is kept: it is
// how bantin reads the feed; SameFeed leaves it out. Letter case in the
// path and query is kept: servers may tell it apart. ok is false when the host is not a valid domain name.
// u is not changed.
func FeedURL(u *url.URL) (string, bool) {
	c := *u
	c.Scheme = strings.ToLower(c.Scheme)
	host, ok := feedHost(c.Hostname())
	if !ok {
		return "", false
	}
	port := c.Port()
	if (c.Scheme == "http" && port == "80") || (c.Scheme == "https" && port == "443") {
		port = ""
	}
	c.Host = host
	if port != "" {
		c.Host += ":" + port
	}
	p := upperEscapes(removeDotSegments(c.EscapedPath()))
	if p == "" {
		p = "/"
	}
	c.Path, _ = url.PathUnescape(p)
	c.RawPath = p
	c.RawQuery = upperEscapes(c.RawQuery)
	c.Fragment, c.RawFragment = "", ""
	return c.String(), true
}

// SameFeed reports whether a and b are one feed's URL: equal in FeedURL's
// spelling without user info (or, when either does not parse as one, equal
// as given): one feed read with two log-ins is still one feed. It is how a
// source stored before FeedURL covered a spelling is still found.
func SameFeed(a, b string) bool {
	return a == b || feedKey(a) == feedKey(b)
}

// feedKey is raw in FeedURL's spelling, or raw when it is not an absolute
// http(s) URL with a valid host.
func feedKey(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (!strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https")) || u.Host == "" {
		return raw
	}
	u.User = nil
	if k, ok := FeedURL(u); ok {
		return k
	}
	return raw
}

// feedHost is a URL's host (without port or brackets) in FeedURL's
// spelling, with the brackets an IPv6 literal needs.
func feedHost(h string) (string, bool) {
	if strings.Contains(h, ":") {
		if a, err := netip.ParseAddr(h); err == nil {
			return "[" + a.String() + "]", true
		}
		return "[" + strings.ToLower(h) + "]", true
	}
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "" {
		return "", false
	}
	return ASCIIHost(h)
}

// removeDotSegments is RFC 3986 §5.2.4's algorithm on an absolute URL's
// escaped path: "/a/./b/../c" is "/a/c", "/.." is "/".
func removeDotSegments(p string) string {
	if !strings.Contains(p, ".") {
		return p
	}
	var out []string
	segs := strings.Split(p, "/")
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 1 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	r := strings.Join(out, "/")
	if strings.HasPrefix(p, "/") && !strings.HasPrefix(r, "/") {
		r = "/" + r
	}
	return r
}

// upperEscapes writes s's percent escapes' hex digits in upper case
// (%2f is %2F, RFC 3986 §6.2.2.1).
func upperEscapes(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	b := []byte(s)
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '%' && isHex(b[i+1]) && isHex(b[i+2]) {
			b[i+1], b[i+2] = upperHex(b[i+1]), upperHex(b[i+2])
			i += 2
		}
	}
	return string(b)
}

func upperHex(c byte) byte {
	if c >= 'a' && c <= 'f' {
		return c - 'a' + 'A'
	}
	return c
}
