package app

import (
	"net/url"
	"strings"
	"unicode"

	"bantin/internal/ingest"
	"bantin/internal/urlpolicy"
)

// checkFeedURL returns the URL if it is an absolute http(s) URL, else a
// usage error saying so. The URL is returned in urlpolicy.FeedURL's
// spelling, one per feed, so that the same feed is never two sources.
func checkFeedURL(raw string) (string, error) {
	if len(raw) > maxFeedURL {
		return "", usageError("%q is not a feed URL: %d bytes long, at most %d", quoteClip(raw), len(raw), maxFeedURL)
	}
	if why := notOneURL(strings.TrimSpace(raw)); why != "" {
		return "", usageError("%q is not a feed URL: %s", quoteClip(raw), why)
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		if guess := withScheme(raw); guess != "" {
			return "", usageError("%q is not a feed URL: want http:// or https://host/path (%s?)", raw, guess)
		}
		return "", usageError("%q is not a feed URL: want http:// or https://host/path", raw)
	}
	c, ok := urlpolicy.FeedURL(u)
	if !ok {
		return "", usageError("%q is not a feed URL: its host %q is not a valid domain name", raw, u.Hostname())
	}
	return c, nil
}

// maxFeedURL is the longest feed URL accepted, in bytes (the default cap
// on an article's link, BANTIN_MAX_URL_BYTES, and the longest URL a
// permanent redirect may move a source to): a longer one is a mistake or
// an attack, and would be fetched and listed in full.
const maxFeedURL = ingest.MaxSourceURLBytes

// quoteClip returns s, or its first 60 characters and "…" when it is
// longer, for a message that quotes what the operator gave.
func quoteClip(s string) string {
	if c := clip(s, 60); c != s {
		return c + "…"
	}
	return s
}

// notOneURL says why s (trimmed) is not one URL — a space inside (two URLs
// pasted in one quoted argument; Go's parser takes it and the source would
// be "…rss%20https://…"), or a second http(s):// after a comma or
// semicolon outside a query parameter's list of URLs (listedURLs) — or
// returns "", as it does for anything that does not start as an http(s)
// URL (refused otherwise).
func notOneURL(s string) string {
	lower := strings.ToLower(s)
	if !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		return ""
	}
	if strings.ContainsFunc(s, unicode.IsSpace) {
		return "it holds a space (one URL at a time; a space in a URL is written %20)"
	}
	for i := range len(lower) {
		if (lower[i] == ',' || lower[i] == ';') && startsURL(lower[i+1:]) && !listedURLs(lower, i) {
			return "it holds two URLs (one at a time; an aggregator's list of feeds is kept whole in a query " +
				"parameter's value, ?url=https://a/rss,https://b/rss, and a comma of one URL is written %2C)"
		}
	}
	return ""
}

// startsURL reports whether s (lower case) starts with http:// or https://.
func startsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// listedURLs reports whether the separator at i of lower (a URL in lower
// case) parts two items of one query parameter's list of URLs: it is in
// the query (after the first '?', before any '#'), and the value of its
// parameter ("url=…", after the last '&' and the first '=' before i)
// starts with http(s)://, as an aggregator's ?url=a,b or ?feeds=a;b does.
// DESIGN's feeds take lists as a parameter's comma-separated value; a URL
// after a comma anywhere else is two URLs pasted as one.
func listedURLs(lower string, i int) bool {
	q := strings.IndexByte(lower, '?')
	if q < 0 || q > i || strings.Contains(lower[q:i], "#") {
		return false
	}
	param := lower[q+1 : i]
	if amp := strings.LastIndexByte(param, '&'); amp >= 0 {
		param = param[amp+1:]
	}
	_, value, ok := strings.Cut(param, "=")
	return ok && startsURL(value)
}

// withScheme returns raw with https:// before it when raw lacks a scheme
// but reads as a feed URL with one (vnexpress.net/rss/tin-moi-nhat.rss, as
// copied from a browser's address bar), else "".
func withScheme(raw string) string {
	raw = strings.TrimSpace(raw)
	// feed:https://host/… and feed://host/… are a browser's links to a
	// feed: the URL after the prefix is the feed's.
	if rest, ok := cutPrefixFold(raw, "feed:"); ok {
		rest = strings.TrimPrefix(rest, "//")
		if u, err := url.Parse(rest); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
		raw = rest
	}
	if strings.Contains(raw, "://") {
		return ""
	}
	u, err := url.Parse("https://" + raw)
	if err != nil || !strings.Contains(u.Hostname(), ".") || strings.ContainsAny(u.Host, " @") {
		return ""
	}
	return u.String()
}

// cutPrefixFold is strings.CutPrefix with prefix matched in any letter case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
