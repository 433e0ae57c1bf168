package ingest

import (
	"net"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Outlet returns the publication an article's link belongs to: the
// registrable domain of its host, lower-cased ("tuoitre.vn" for
// https://thethao.tuoitre.vn/…, "bbc.co.uk" for www.bbc.co.uk). It returns
// "" when the link has no such host: no link or an unparsable one, an IP
// address, a single-label name such as localhost, or a bare public suffix.
// Stories count the outlets that covered them (model.Article.OutletKey);
// an article with no outlet counts as its own source.
func Outlet(link string) string {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if !strings.Contains(host, ".") || net.ParseIP(host) != nil {
		return ""
	}
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return ""
	}
	return d
}
