package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// clientAddr returns the address of the client that made r. It is the TCP
// peer, unless the peer is a trusted proxy (Config.TrustedProxies): then it
// is the rightmost address of X-Forwarded-For that is not itself trusted,
// walking from the peer leftwards, since each trusted proxy appended the
// address it received the request from and anything further left was
// written by the client. An entry that is not an address stops the walk at
// the last trusted hop, and so does an X-Forwarded-For of trusted proxies
// only; the header of an untrusted peer is never read. The second result
// is false when RemoteAddr holds no address (a test's request).
//
// RFC 7239's Forwarded is never read: the proxies bantin is deployed behind
// (Caddy, nginx, Traefik, Envoy, HAProxy's option forwardfor) append to
// X-Forwarded-For and pass a client's Forwarded through unchanged, so
// reading it, alone or besides X-Forwarded-For, would let any visitor choose
// their address. A proxy that writes only Forwarded must be configured to
// write X-Forwarded-For too.
func (s *Server) clientAddr(r *http.Request) (netip.Addr, bool) {
	peer, ok := parseHop(r.RemoteAddr)
	if !ok {
		return netip.Addr{}, false
	}
	if !s.trusted(peer) {
		return peer, true
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, ok := parseHop(hops[i])
		if !ok {
			break
		}
		client = a
		if !s.trusted(a) {
			break
		}
	}
	return client, true
}

// trusted reports whether a is in one of Config.TrustedProxies.
func (s *Server) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// parseHop reads one address of RemoteAddr or X-Forwarded-For: "1.2.3.4",
// "1.2.3.4:5678", "2001:db8::1", "[2001:db8::1]:5678", IPv4-mapped IPv6 as
// IPv4, without a zone.
func parseHop(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return netip.Addr{}, false
	}
	return a.Unmap().WithZone(""), true
}

// clientKey is the rate-limit key of a request: the client address (see
// clientAddr), IPv6 by /64; RemoteAddr itself when it holds no address.
func (s *Server) clientKey(r *http.Request) string {
	a, ok := s.clientAddr(r)
	if !ok {
		return r.RemoteAddr
	}
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// clientString is the client address for logs, "" when unknown.
func (s *Server) clientString(r *http.Request) string {
	if a, ok := s.clientAddr(r); ok {
		return a.String()
	}
	return ""
}
