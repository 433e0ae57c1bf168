package urlpolicy

import (
	"fmt"
	"net/url"
	"strings"
)

// BasePath checks bantin's public base URL (BANTIN_BASE_URL) and returns
// its path as a route prefix: "" for none or "/", else "/seg/…" without a
// trailing slash ("https://example.org/tin/" gives "/tin"). The URL must
// be absolute http(s) with a host and no user, query or fragment; the path
// must be plain, non-empty segments of letters, digits, "-", ".", "_" and
// "~" other than "." and "..", so that routes and links hold it unescaped.
// Otherwise it returns an error quoting raw and saying what is wanted.
func BasePath(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" {
		return "", fmt.Errorf("%q: want an absolute http(s) URL such as https://bantin.example", raw)
	}
	if u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return "", fmt.Errorf("%q: want scheme, host and at most a path, such as https://example.org/tin", raw)
	}
	p := strings.TrimRight(u.Path, "/")
	if p == "" {
		return "", nil
	}
	for _, seg := range strings.Split(p[1:], "/") {
		if u.RawPath != "" || seg == "" || seg == "." || seg == ".." || strings.IndexFunc(seg, notPlain) >= 0 {
			return "", fmt.Errorf("%q: want a path of letters, digits, '-', '.', '_' or '~' between slashes, such as /tin", raw)
		}
	}
	return p, nil
}

// notPlain reports whether r may not appear in a base URL's path segment.
func notPlain(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-._~", r))
}
