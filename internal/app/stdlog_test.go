package app

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	stdlog "log"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// lyingUpstream answers every request on a kept-alive connection with a
// Content-Length shorter than the feed it then sends.
func lyingUpstream(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				r := bufio.NewReader(c)
				for {
					line, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if line == "\r\n" {
						fmt.Fprint(c, "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 10\r\n\r\n"+
							`<rss version="2.0"><channel><title>x</title></channel></rss>`+"\x1b[2J\nlevel=ERROR msg=forged")
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

// TestStdLogThroughLogger: with IO.StdLog (as the binary runs), what
// net/http writes to the log package — here the bytes an upstream sent
// past its Content-Length — comes out as one line of bantin's JSON log at
// level WARN, not as a raw line that breaks the JSON stream.
func TestStdLogThroughLogger(t *testing.T) {
	t.Cleanup(func() { stdlog.SetOutput(os.Stderr); stdlog.SetFlags(stdlog.LstdFlags) })
	db := "sqlite:" + filepath.Join(t.TempDir(), "b.db")
	addr := lyingUpstream(t)
	if code, _, stderr := runCLI(t, db, "", "sources", "add", "http://"+addr+"/feed.rss"); code != 0 {
		t.Fatalf("add: %d %s", code, stderr)
	}
	var errOut syncBuffer
	env := map[string]string{"BANTIN_DATABASE_URL": db, "BANTIN_ALLOW_PRIVATE_SOURCES": "true",
		"BANTIN_DEFAULT_SOURCES": "false", "BANTIN_LOG_FORMAT": "json"}
	Run(context.Background(), []string{"fetch", "--all"}, IO{Stdin: strings.NewReader(""), Stdout: new(bytes.Buffer),
		Stderr: &errOut, Getenv: func(k string) string { return env[k] }, StdLog: true})
	deadline := time.Now().Add(3 * time.Second)
	for !strings.Contains(errOut.String(), "Unsolicited response") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	found := false
	for _, line := range strings.Split(strings.TrimSpace(errOut.String()), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) != nil {
			if strings.HasPrefix(line, "[1] ") || strings.HasPrefix(line, "bantin fetch:") || strings.HasPrefix(line, "  ") { // the command's own progress and summary
				continue
			}
			t.Errorf("stderr line is not JSON: %q", line)
			continue
		}
		if strings.Contains(fmt.Sprint(rec["msg"]), "Unsolicited response") {
			found = rec["level"] == "WARN"
		}
	}
	if !found {
		t.Errorf("no WARN record of the upstream's stray bytes in:\n%s", errOut.String())
	}
}
