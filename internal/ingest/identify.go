package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
)

// isTrackingParam reports query parameters that identify a campaign or a
// click, never the article: utm_*, fbclid, gclid, Zalo's zarsrc/gidzl, …
func isTrackingParam(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "utm_") || strings.HasPrefix(name, "_hs") {
		return true
	}
	switch name {
	case "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
		"zarsrc", "gidzl", "_ga", "_gl", "ocid", "vero_id", "mkt_tok", "spm", "ref_src", "rss_source":
		return true
	}
	return false
}

// CanonicalURL returns raw with a lower-case scheme and host, no default
// port, no fragment, no tracking parameters, the remaining query parameters
// sorted, an empty path as "/" and no trailing "?". A string that does not
// parse as an absolute URL is returned trimmed and otherwise unchanged.
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" || (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		u.Host = bracketIPv6(host)
	} else {
		u.Host = bracketIPv6(host) + ":" + port
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	return u.String()
}

func bracketIPv6(host string) string {
	if strings.Contains(host, ":") {
		return "[" + host + "]"
	}
	return host
}

// canonicalQuery drops tracking parameters and sorts the rest, keeping
// the original encoding of each pair.
func canonicalQuery(q string) string {
	if q == "" {
		return ""
	}
	pairs := strings.FieldsFunc(q, func(r rune) bool { return r == '&' || r == ';' })
	kept := pairs[:0]
	for _, p := range pairs {
		name, _, _ := strings.Cut(p, "=")
		if n, err := url.QueryUnescape(name); err == nil {
			name = n
		}
		if name != "" && !isTrackingParam(name) {
			kept = append(kept, p)
		}
	}
	sort.Strings(kept)
	return strings.Join(kept, "&")
}

// articleKey is "guid:"+guid when the item has a guid of its own, else
// "url:"+CanonicalURL(link). A guid equal to the link (VnExpress) is keyed on
// the canonical link, so tracking parameters in it do not split an article.
func articleKey(guid, link string) string {
	if guid != "" && guid != link && CanonicalURL(guid) != CanonicalURL(link) {
		return "guid:" + guid
	}
	if link == "" {
		link = guid
	}
	return "url:" + CanonicalURL(link)
}

// contentHash fingerprints what a reader sees, so a changed title, summary
// or body under the same key is recognised as an edit: the SHA-256 of the
// three joined by NUL bytes, in hex. scratch (nil: none) holds the joined
// bytes and is kept grown for the next call, so that hashing an item does
// not allocate a copy of its body (writing a string to a hash.Hash does).
func contentHash(scratch *[]byte, title, summary, content string) string {
	var b []byte
	if scratch != nil {
		b = (*scratch)[:0]
	}
	b = append(append(append(append(append(b, title...), 0), summary...), 0), content...)
	sum := sha256.Sum256(b)
	if scratch != nil {
		*scratch = b
	}
	var out [2 * sha256.Size]byte
	hex.Encode(out[:], sum[:])
	return string(out[:])
}
