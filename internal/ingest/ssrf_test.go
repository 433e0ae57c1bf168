package ingest

import (
	"errors"
	"net"
	"net/netip"
	"testing"
)

// TestRefusedAddresses dials one address inside every range of the IANA
// IPv4 and IPv6 special-purpose address registries (and the few other
// non-unicast blocks), through the dial-time check: each is refused, as are
// this host's own interface addresses; public unicast addresses pass.
func TestRefusedAddresses(t *testing.T) {
	refused := []struct{ addr, what string }{
		{"0.1.2.3", "this network 0.0.0.0/8"},
		{"10.1.2.3", "private 10.0.0.0/8"},
		{"100.64.1.2", "shared address space 100.64.0.0/10"},
		{"127.0.0.2", "loopback 127.0.0.0/8"},
		{"169.254.169.254", "link local 169.254.0.0/16"},
		{"172.16.5.4", "private 172.16.0.0/12"},
		{"192.0.0.9", "IETF protocol assignments 192.0.0.0/24"},
		{"192.0.0.170", "NAT64 discovery 192.0.0.170/32"},
		{"192.0.2.10", "documentation TEST-NET-1 192.0.2.0/24"},
		{"192.31.196.1", "AS112-v4 192.31.196.0/24"},
		{"192.52.193.1", "AMT 192.52.193.0/24"},
		{"192.88.99.1", "6to4 relay anycast 192.88.99.0/24"},
		{"192.168.1.1", "private 192.168.0.0/16"},
		{"192.175.48.1", "direct delegation AS112 192.175.48.0/24"},
		{"198.18.0.1", "benchmarking 198.18.0.0/15"},
		{"198.51.100.7", "documentation TEST-NET-2 198.51.100.0/24"},
		{"203.0.113.9", "documentation TEST-NET-3 203.0.113.0/24"},
		{"224.0.0.1", "multicast 224.0.0.0/4"},
		{"240.0.0.1", "reserved 240.0.0.0/4"},
		{"255.255.255.255", "limited broadcast"},
		{"::", "unspecified ::/128"},
		{"::1", "loopback ::1/128"},
		{"::ffff:127.0.0.1", "IPv4-mapped loopback"},
		{"::ffff:192.0.2.1", "IPv4-mapped documentation"},
		{"::8.8.8.8", "IPv4-compatible ::/96 (deprecated)"},
		{"64:ff9b::c000:201", "NAT64 well-known prefix 64:ff9b::/96"},
		{"64:ff9b::808:808", "NAT64 of a public address"},
		{"64:ff9b:1::1", "local-use NAT64 64:ff9b:1::/48"},
		{"100::1", "discard-only 100::/64"},
		{"100:0:0:1::1", "dummy prefix 100:0:0:1::/64"},
		{"2001::1", "Teredo 2001::/32"},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo with an embedded address"},
		{"2001:1::1", "PCP anycast, in IETF protocol assignments 2001::/23"},
		{"2001:2::1", "benchmarking 2001:2::/48"},
		{"2001:3::1", "AMT 2001:3::/32"},
		{"2001:4:112::1", "AS112-v6 2001:4:112::/48"},
		{"2001:10::1", "ORCHID 2001:10::/28"},
		{"2001:20::1", "ORCHIDv2 2001:20::/28"},
		{"2001:30::1", "drone remote ID 2001:30::/28"},
		{"2001:db8::1", "documentation 2001:db8::/32"},
		{"2002:c0a8:101::1", "6to4 2002::/16"},
		{"2002:808:808::1", "6to4 of a public address"},
		{"2620:4f:8000::1", "direct delegation AS112 2620:4f:8000::/48"},
		{"3fff::1", "documentation 3fff::/20"},
		{"5f00::1", "SRv6 SIDs 5f00::/16"},
		{"fc00::1", "unique local fc00::/7"},
		{"fd12:3456::1", "unique local fd00::/8"},
		{"fe80::1", "link local fe80::/10"},
		{"fec0::1", "site local fec0::/10 (deprecated)"},
		{"ff02::1", "multicast ff00::/8"},
		{"8.8.4.4", "an address of this host (injected)"},
		{"2606:4700:4700::1001", "an IPv6 address of this host (injected)"},
	}
	own := func() []netip.Addr {
		return []netip.Addr{netip.MustParseAddr("8.8.4.4"), netip.MustParseAddr("2606:4700:4700::1001")}
	}
	check := addressCheck(own)
	for _, tt := range refused {
		if err := check("tcp", net.JoinHostPort(tt.addr, "443"), nil); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("%s (%s): %v, want refused", tt.addr, tt.what, err)
		}
	}
	for _, addr := range []string{"8.8.8.8", "1.1.1.1", "113.160.1.1", "2606:4700:4700::1111", "2402:800::1", "::ffff:8.8.8.8"} {
		if err := check("tcp", net.JoinHostPort(addr, "443"), nil); err != nil {
			t.Errorf("%s: %v, want allowed", addr, err)
		}
	}
}

// TestOwnAddressesRefused: every address of this host's interfaces is
// refused by the real check (not only loopback).
func TestOwnAddressesRefused(t *testing.T) {
	addrs := interfaceAddrs()
	if len(addrs) == 0 {
		t.Skip("no interface addresses")
	}
	for _, a := range addrs {
		if err := refusePrivate("tcp", net.JoinHostPort(a.String(), "80"), nil); !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("own address %s: %v, want refused", a, err)
		}
	}
	t.Logf("%d interface addresses refused: %v", len(addrs), addrs)
}

// TestRefusedHost: literal addresses the dial check refuses and localhost
// names are refused before any lookup; other names are left to the dial.
func TestRefusedHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "::1": true, "10.0.0.7": true, "192.168.1.1": true, "169.254.169.254": true,
		"localhost": true, "LOCALHOST.": true, "bao.localhost": true,
		"8.8.8.8": false, "vnexpress.net": false, "localhost.vn": false, "": false,
	} {
		if got := RefusedHost(host); got != want {
			t.Errorf("RefusedHost(%q) = %v, want %v", host, got, want)
		}
	}
}
