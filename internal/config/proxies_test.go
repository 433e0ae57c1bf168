package config

import "testing"

func TestProxyPrefixes(t *testing.T) {
	for _, tc := range []struct {
		in, want string // want: the prefixes joined by " ", or "error"
	}{
		{"", ""},
		{" , ", ""},
		{"10.0.0.0/8", "10.0.0.0/8"},
		{"10.1.2.3/8, 127.0.0.1 ,::1", "10.0.0.0/8 127.0.0.1/32 ::1/128"},
		{"fd00::/8", "fd00::/8"},
		{"::ffff:10.0.0.0/104", "10.0.0.0/8"},
		{"::ffff:10.0.0.1", "10.0.0.1/32"},
		{"10.0.0.0/33", "error"},
		{"10.0.0", "error"},
		{"proxy.internal", "error"},
		{"10.0.0.0/8;192.168.0.0/16", "error"},
		{"fe80::1%eth0", "error"},
	} {
		c := Default()
		c.TrustedProxies = tc.in
		ps, err := c.ProxyPrefixes()
		got := ""
		for i, p := range ps {
			if i > 0 {
				got += " "
			}
			got += p.String()
		}
		if err != nil {
			got = "error"
		}
		if got != tc.want {
			t.Errorf("ProxyPrefixes(%q) = %q (%v), want %q", tc.in, got, err, tc.want)
		}
		if verr := c.Validate(); (verr != nil) != (tc.want == "error") {
			t.Errorf("Validate with BANTIN_TRUSTED_PROXIES=%q: %v", tc.in, verr)
		}
	}
}
