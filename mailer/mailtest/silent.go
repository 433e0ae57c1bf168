package mailtest

import (
	"net"
	"sync"
	"sync/atomic"
	"testing"
)

// Silent is an SMTP server that hangs before its greeting: it accepts
// connections and never writes to them (a relay stuck under load), for
// tests of what a send's context and timeouts cut short.
type Silent struct {
	addr     string
	accepted atomic.Int64
}

// NewSilent starts a Silent server on loopback; it and the connections it
// accepted are closed at the end of the test.
func NewSilent(tb testing.TB) *Silent {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s := &Silent{addr: ln.Addr().String()}
	var mu sync.Mutex
	var held []net.Conn // open and silent until the test ends
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c)
			mu.Unlock()
			s.accepted.Add(1)
		}
	}()
	tb.Cleanup(func() {
		ln.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	})
	return s
}

// Addr returns the server's host:port.
func (s *Silent) Addr() string { return s.addr }

// Accepted returns how many connections the server has accepted.
func (s *Silent) Accepted() int64 { return s.accepted.Load() }
