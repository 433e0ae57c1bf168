package app

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"testing"
	"time"

	"bantin/internal/store"
)

// TestSlowRequestBodyIsCut: a client dripping a POST body one byte at a
// time is disconnected once BANTIN_READ_TIMEOUT has passed, long before
// its body would be complete.
func TestSlowRequestBodyIsCut(t *testing.T) {
	cfg := testConfig(t, "sqlite:"+filepath.Join(t.TempDir(), "b.db"))
	cfg.ReadTimeout = 300 * time.Millisecond
	m, err := Open(t.Context(), cfg, slog.New(slog.DiscardHandler), store.ForServer)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	addr, stop := startServe(t, m, cfg.Listen)
	defer func() { <-stop() }()

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	const bodyLen = 600 // at one byte per 50 ms: 30 s to send it all
	fmt.Fprintf(conn, "POST /subscribe HTTP/1.1\r\nHost: bantin\r\nContent-Type: application/x-www-form-urlencoded\r\n"+
		"Content-Length: %d\r\n\r\n", bodyLen)
	closed := make(chan struct{})
	go func() { // the server's answer, if any, then its close
		io.Copy(io.Discard, conn)
		close(closed)
	}()
	sent := 0
	for ; sent < bodyLen; sent++ {
		select {
		case <-closed:
			t.Logf("connection closed by the server after %d of %d body bytes", sent, bodyLen)
			return
		case <-time.After(50 * time.Millisecond):
		}
		if _, err := conn.Write([]byte("a")); err != nil {
			t.Logf("write failed after %d of %d body bytes: %v", sent, bodyLen, err)
			return
		}
	}
	t.Fatalf("the server read a %d-byte body dripped over %s without closing the connection", bodyLen, time.Duration(bodyLen)*50*time.Millisecond)
}

// TestHTTPServerTimeouts: the server Serve runs takes its read and write
// deadlines from BANTIN_READ_TIMEOUT and BANTIN_WRITE_TIMEOUT, so that
// neither a slow sender nor a client that stops reading holds a connection
// for good.
func TestHTTPServerTimeouts(t *testing.T) {
	cfg := testConfig(t, "sqlite:"+filepath.Join(t.TempDir(), "b.db"))
	cfg.ReadTimeout, cfg.WriteTimeout = 7*time.Second, 11*time.Second
	m, err := Open(t.Context(), cfg, slog.New(slog.DiscardHandler), store.ForServer)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	srv := m.httpServer()
	if srv.ReadTimeout != cfg.ReadTimeout || srv.WriteTimeout != cfg.WriteTimeout || srv.ReadHeaderTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("server timeouts: read %v write %v header %v idle %v; want read %v write %v and the others set",
			srv.ReadTimeout, srv.WriteTimeout, srv.ReadHeaderTimeout, srv.IdleTimeout, cfg.ReadTimeout, cfg.WriteTimeout)
	}
}
