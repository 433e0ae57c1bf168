package web

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"

	"bantin/internal/store/storetest"
)

// TestClientAddr: X-Forwarded-For is read only from a trusted peer, and
// then only as far as the first address a trusted proxy did not write.
func TestClientAddr(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	for _, tc := range []struct {
		name, peer string
		xff        []string // header lines
		trust      []netip.Prefix
		want       string
	}{
		{"no proxy trusted: the header is ignored", "10.0.0.2:1", []string{"203.0.113.9"}, nil, "10.0.0.2"},
		{"untrusted peer spoofing", "198.51.100.4:1", []string{"203.0.113.9"}, proxies, "198.51.100.4"},
		{"untrusted peer claims a trusted hop", "198.51.100.4:1", []string{"10.0.0.9"}, proxies, "198.51.100.4"},
		{"trusted proxy, one client", "10.0.0.2:1", []string{"203.0.113.9"}, proxies, "203.0.113.9"},
		{"client prepends a fake address", "10.0.0.2:1", []string{"1.1.1.1, 203.0.113.9"}, proxies, "203.0.113.9"},
		{"client prepends a fake trusted address", "10.0.0.2:1", []string{"10.9.9.9, 203.0.113.9"}, proxies, "203.0.113.9"},
		{"two trusted proxies", "10.0.0.2:1", []string{"203.0.113.9, 10.0.0.3"}, proxies, "203.0.113.9"},
		{"header split over lines", "10.0.0.2:1", []string{"1.1.1.1", "203.0.113.9, 10.0.0.3"}, proxies, "203.0.113.9"},
		{"trusted proxy, no header", "10.0.0.2:1", nil, proxies, "10.0.0.2"},
		{"trusted proxy, empty header", "10.0.0.2:1", []string{""}, proxies, "10.0.0.2"},
		{"only trusted hops: the leftmost", "10.0.0.2:1", []string{"10.0.0.7, 10.0.0.3"}, proxies, "10.0.0.7"},
		{"garbage stops at the last trusted hop", "10.0.0.2:1", []string{"203.0.113.9, bogus, 10.0.0.3"}, proxies, "10.0.0.3"},
		{"garbage right after the peer", "10.0.0.2:1", []string{"203.0.113.9, unknown"}, proxies, "10.0.0.2"},
		{"entry with a port", "10.0.0.2:1", []string{"203.0.113.9:4711"}, proxies, "203.0.113.9"},
		{"IPv6 client", "[fd00::2]:1", []string{"2001:db8::5"}, proxies, "2001:db8::5"},
		{"bracketed IPv6 with port", "[fd00::2]:1", []string{"[2001:db8::5]:80"}, proxies, "2001:db8::5"},
		{"IPv4-mapped peer is trusted as IPv4", "[::ffff:10.0.0.2]:1", []string{"203.0.113.9"}, proxies, "203.0.113.9"},
		{"IPv4-mapped client", "10.0.0.2:1", []string{"::ffff:203.0.113.9"}, proxies, "203.0.113.9"},
		{"zone dropped", "10.0.0.2:1", []string{"fe80::1%eth0"}, proxies, "fe80::1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Server{cfg: Config{TrustedProxies: tc.trust}}
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = tc.peer
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := s.clientString(r); got != tc.want {
				t.Errorf("client %q, want %q", got, tc.want)
			}
		})
	}
}

// TestForwardedIsNotRead: RFC 7239's Forwarded is never read, even from a
// trusted peer. Caddy, nginx, Traefik, Envoy and HAProxy (option
// forwardfor) append to X-Forwarded-For and pass a client's Forwarded
// through unchanged, so reading it would let any visitor choose their
// address (see clientAddr).
func TestForwardedIsNotRead(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	for _, tc := range []struct {
		name, forwarded string
		xff             []string
		want            string
	}{
		{"client's Forwarded, proxy's X-Forwarded-For", "for=192.0.2.77", []string{"203.0.113.9"}, "203.0.113.9"},
		{"client's Forwarded naming a trusted hop", "for=10.1.1.1, for=192.0.2.77", []string{"203.0.113.9"}, "203.0.113.9"},
		{"Forwarded alone: the peer", `for="[2001:db8::7]:4711";proto=https`, nil, "10.0.0.2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &Server{cfg: Config{TrustedProxies: proxies}}
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.RemoteAddr = "10.0.0.2:1"
			r.Header.Set("Forwarded", tc.forwarded)
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := s.clientString(r); got != tc.want {
				t.Errorf("client %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSubscribeRateLimitBehindProxy: behind a trusted proxy each visitor
// has a bucket of its own, and a forged header from elsewhere buys nothing.
func TestSubscribeRateLimitBehindProxy(t *testing.T) {
	f := newSubFixture(t, storetest.OpenSQLite(t))
	srv, err := New(Config{BaseURL: "https://bantin.example", Now: f.srv.cfg.Now, Subscriptions: f.subs,
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")}}, f.st, f.srv.cat, nil)
	if err != nil {
		t.Fatal(err)
	}
	post := func(peer, xff, email string) int {
		r := httptest.NewRequest(http.MethodPost, "/subscribe", strings.NewReader(form(email).Encode()))
		r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		r.Header.Set("X-Forwarded-For", xff)
		r.RemoteAddr = peer + ":5555"
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, r)
		f.subs.Wait()
		return w.Code
	}
	for i := range 5 {
		if code := post("127.0.0.1", "203.0.113.1", "a"+string(rune('a'+i))+"@example.com"); code != http.StatusOK {
			t.Fatalf("visitor 1, request %d: %d", i, code)
		}
	}
	if code := post("127.0.0.1", "203.0.113.1", "z@example.com"); code != http.StatusTooManyRequests {
		t.Fatalf("visitor 1, 6th request: %d, want 429", code)
	}
	if code := post("127.0.0.1", "203.0.113.2", "y@example.com"); code != http.StatusOK {
		t.Fatalf("visitor 2 behind the same proxy: %d, want its own bucket", code)
	}
	for i := range 5 {
		post("198.51.100.4", "203.0.113.50", "b"+string(rune('a'+i))+"@example.com")
	}
	if code := post("198.51.100.4", "203.0.113.51", "w@example.com"); code != http.StatusTooManyRequests {
		t.Fatalf("an untrusted peer changing its X-Forwarded-For: %d, want 429", code)
	}
}
