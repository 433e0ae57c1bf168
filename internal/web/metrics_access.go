package web

import (
	"crypto/subtle"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// proxyHeaders mark a request relayed by a proxy: its loopback peer
// address is the proxy's, not the client's.
var proxyHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Real-Ip", "X-Forwarded-Host"}

// metricsAllowed reports whether r may read /metrics: a client connected
// from a loopback address with no proxy header (a reverse proxy on the same
// host relays the internet from loopback), or one presenting
// Config.MetricsToken as "Authorization: Bearer TOKEN" from anywhere.
func (s *Server) metricsAllowed(r *http.Request) bool {
	if tok := s.cfg.MetricsToken; tok != "" {
		given, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(given)), []byte(tok)) == 1 {
			return true
		}
	}
	for _, h := range proxyHeaders {
		if r.Header.Get(h) != "" {
			return false
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Unmap().IsLoopback()
}

// errMetricsForbidden answers a /metrics request metricsAllowed refuses.
var errMetricsForbidden = &httpError{status: http.StatusForbidden,
	msg: "metrics are served to loopback clients, or with Authorization: Bearer and the token set in BANTIN_METRICS_TOKEN"}
