package ingest

import (
	"bufio"
	"context"
	"net"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"bantin/internal/model"
)

// TestFetchHostileStatusLine: an upstream's reason phrase becomes the
// source's last error (shown on /sources, printed by `bantin sources list`
// and `bantin fetch` to a terminal, stored in the database): one with a
// terminal's escape sequence, bidi overrides, invalid UTF-8 or 60 KB of
// text is kept short, printable and valid, with its code.
func TestFetchHostileStatusLine(t *testing.T) {
	for _, tt := range []struct{ reason, want string }{
		{"Service Unavailable", "HTTP 503 Service Unavailable"},
		{"\x1b[2J\x1b[31mOwned\x1b[0m \u202eevil\xff\xfe", "HTTP 503 [2J[31mOwned[0m evil"},
		{strings.Repeat("A", 60_000), "HTTP 503 " + strings.Repeat("A", 100)},
		{"", "HTTP 503"},
	} {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
			_, _ = bufio.NewReader(c).ReadString('\n')
			_, _ = c.Write([]byte("HTTP/1.1 503 " + tt.reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
		}()
		_, ferr := testFetcher(Options{}).Fetch(context.Background(), model.Source{URL: "http://" + ln.Addr().String() + "/rss"})
		ln.Close()
		got := Describe(ferr)
		if !strings.HasPrefix(got, tt.want) || len(got) > len(tt.want)+len("…") || !utf8.ValidString(got) ||
			strings.ContainsFunc(got, func(r rune) bool { return unicode.IsControl(r) || r == '\u202e' }) || Kind(ferr) != model.KindHTTP {
			t.Errorf("reason %.40q: last error %.200q (%s), want %q", tt.reason, got, Kind(ferr), tt.want)
		}
	}
}
