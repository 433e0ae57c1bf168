package ingest

import (
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
)

// specialPurpose lists every block of the IANA IPv4 and IPv6
// Special-Purpose Address Registries (iana.org/assignments/
// iana-ipv4-special-registry and iana-ipv6-special-registry, as of 2025),
// plus the non-unicast and deprecated blocks around them. None of them
// hosts a news feed; several reach this host, its network or translators
// (NAT64, 6to4, Teredo) in front of them, so bantin refuses them all,
// including the few the registries mark globally reachable (AS112, AMT,
// anycast services).
var specialPurpose = mustPrefixes(
	// IPv4
	"0.0.0.0/8",       // "this network" (RFC 791)
	"10.0.0.0/8",      // private (RFC 1918)
	"100.64.0.0/10",   // shared address space, carrier-grade NAT (RFC 6598)
	"127.0.0.0/8",     // loopback (RFC 1122)
	"169.254.0.0/16",  // link local (RFC 3927)
	"172.16.0.0/12",   // private (RFC 1918)
	"192.0.0.0/24",    // IETF protocol assignments, DS-Lite, NAT64 discovery (RFC 6890, 7335, 8880)
	"192.0.2.0/24",    // documentation TEST-NET-1 (RFC 5737)
	"192.31.196.0/24", // AS112-v4 (RFC 7535)
	"192.52.193.0/24", // AMT (RFC 7450)
	"192.88.99.0/24",  // deprecated 6to4 relay anycast (RFC 7526)
	"192.168.0.0/16",  // private (RFC 1918)
	"192.175.48.0/24", // direct delegation AS112 (RFC 7534)
	"198.18.0.0/15",   // benchmarking (RFC 2544)
	"198.51.100.0/24", // documentation TEST-NET-2 (RFC 5737)
	"203.0.113.0/24",  // documentation TEST-NET-3 (RFC 5737)
	"224.0.0.0/4",     // multicast (RFC 5771)
	"240.0.0.0/4",     // reserved, and 255.255.255.255 limited broadcast (RFC 1112, 919)
	// IPv6
	"::/96",             // unspecified, loopback and deprecated IPv4-compatible (RFC 4291)
	"64:ff9b::/96",      // NAT64 well-known prefix (RFC 6052)
	"64:ff9b:1::/48",    // local-use NAT64 (RFC 8215)
	"100::/64",          // discard-only (RFC 6666)
	"100:0:0:1::/64",    // dummy prefix (RFC 9780)
	"2001::/23",         // IETF protocol assignments: Teredo 2001::/32, benchmarking, AMT, AS112, ORCHID… (RFC 2928)
	"2001:db8::/32",     // documentation (RFC 3849)
	"2002::/16",         // 6to4 (RFC 3056)
	"2620:4f:8000::/48", // direct delegation AS112 (RFC 7534)
	"3fff::/20",         // documentation (RFC 9637)
	"5f00::/16",         // SRv6 SIDs (RFC 9602)
	"fc00::/7",          // unique local (RFC 4193)
	"fe80::/10",         // link local (RFC 4291)
	"fec0::/10",         // deprecated site local (RFC 3879)
	"ff00::/8",          // multicast (RFC 4291)
)

func mustPrefixes(ps ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ps))
	for i, p := range ps {
		out[i] = netip.MustParsePrefix(p)
	}
	return out
}

// refusePrivate is the net.Dialer Control hook of a Fetcher without
// AllowPrivate: addressCheck over this host's interface addresses, read at
// each dial (they change with DHCP, VPNs, containers).
var refusePrivate = addressCheck(interfaceAddrs)

// addressCheck returns a net.Dialer Control hook. It runs after DNS
// resolution, on the address actually dialled, so DNS rebinding cannot
// bypass it. It returns an error wrapping ErrPrivateAddress for an
// unparsable address, one in a special-purpose block, or one of own();
// nil otherwise. IPv4-mapped IPv6 addresses are judged as IPv4.
func addressCheck(own func() []netip.Addr) func(network, address string, _ syscall.RawConn) error {
	return func(_, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, address)
		}
		ip = ip.Unmap().WithZone("")
		if !ip.IsGlobalUnicast() || ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			return fmt.Errorf("%w: %s", ErrPrivateAddress, ip)
		}
		for _, p := range specialPurpose {
			if p.Contains(ip) {
				return fmt.Errorf("%w: %s (in %s)", ErrPrivateAddress, ip, p)
			}
		}
		for _, a := range own() {
			if a == ip {
				return fmt.Errorf("%w: %s (an address of this host)", ErrPrivateAddress, ip)
			}
		}
		return nil
	}
}

// interfaceAddrs returns the addresses of this host's network interfaces
// (IPv4-mapped ones unmapped), or none when they cannot be read.
func interfaceAddrs() []netip.Addr {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	out := make([]netip.Addr, 0, len(addrs))
	for _, a := range addrs {
		if p, err := netip.ParsePrefix(a.String()); err == nil {
			out = append(out, p.Addr().Unmap().WithZone(""))
		}
	}
	return out
}

// RefusedHost reports whether a Fetcher without AllowPrivate refuses host
// (a URL's host name, without port or brackets) whatever DNS answers: an
// address its dial check refuses, or "localhost" and the names under it,
// which resolve to loopback (RFC 6761). Any other name is judged only when
// it is dialled.
func RefusedHost(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(host, "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(h)
	if err != nil {
		return false
	}
	return refusePrivate("tcp", netip.AddrPortFrom(ip, 80).String(), nil) != nil
}
