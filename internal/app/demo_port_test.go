package app

import (
	"net"
	"strings"
	"testing"
)

// TestCLIDemoPortInUse: `serve --demo` on a port another program holds
// fails at once, naming the setting, before it ingests anything or prints
// "demo: open URL" (which named the other program's server).
func TestCLIDemoPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	code, _, stderr := runCLIEnv(t, map[string]string{"BANTIN_LISTEN": addr}, "", "", "serve", "--demo")
	if code != 1 || !strings.Contains(stderr, "listen on "+addr) || !strings.Contains(stderr, "(set BANTIN_LISTEN or --listen)") ||
		strings.Contains(stderr, "demo: open") || strings.Contains(stderr, "sample feeds ingested") {
		t.Errorf("demo on a port in use: %d %q", code, stderr)
	}
}
