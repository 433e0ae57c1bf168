package config

import (
	"fmt"
	"net/netip"
	"strings"
)

// ProxyPrefixes parses BANTIN_TRUSTED_PROXIES: comma-separated CIDRs
// ("10.0.0.0/8, ::1/128") or single addresses ("127.0.0.1", read as /32 or
// /128), white space ignored; empty means no proxy is trusted. It returns
// an error naming the first entry that is neither.
func (c *Config) ProxyPrefixes() ([]netip.Prefix, error) {
	var out []netip.Prefix
	for entry := range strings.SplitSeq(c.TrustedProxies, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		if a, err := netip.ParseAddr(entry); err == nil && a.Zone() == "" {
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(entry)
		if err != nil {
			return nil, fmt.Errorf("%q: want comma-separated CIDRs or addresses such as 10.0.0.0/8, 127.0.0.1, ::1", entry)
		}
		if p.Addr().Is4In6() && p.Bits() >= 96 { // ::ffff:10.0.0.0/104 is 10.0.0.0/8
			p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
		}
		out = append(out, p.Masked())
	}
	return out, nil
}
