package mailer

import (
	"bufio"
	"context"
	"log/slog"
	"net"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// strictEnvelope answers one SMTP session as servers that hold to RFC
// 5321's syntax do (Gmail: "555 5.5.2 Syntax error"): MAIL FROM and RCPT
// TO need their address in angle brackets. It records the commands.
func strictEnvelope(t *testing.T) (addr string, commands func() []string) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	var mu sync.Mutex
	var seen []string
	path := regexp.MustCompile(`^(?i)(MAIL FROM|RCPT TO):<[^<>\s]*>( |$)`)
	go func() {
		c, err := l.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		r, w := bufio.NewReader(c), bufio.NewWriter(c)
		reply := func(s string) { w.WriteString(s + "\r\n"); w.Flush() }
		reply("220 strict.example ESMTP")
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			cmd := strings.TrimRight(line, "\r\n")
			mu.Lock()
			seen = append(seen, cmd)
			mu.Unlock()
			verb := strings.ToUpper(strings.SplitN(cmd, " ", 2)[0])
			switch {
			case verb == "EHLO" || verb == "HELO":
				reply("250 strict.example")
			case verb == "MAIL" || verb == "RCPT":
				if !path.MatchString(cmd) {
					reply("555 5.5.2 Syntax error")
					continue
				}
				reply("250 2.1.0 OK")
			case verb == "DATA":
				reply("354 Go ahead")
				for {
					l, err := r.ReadString('\n')
					if err != nil || l == ".\r\n" {
						break
					}
				}
				reply("250 2.0.0 OK queued")
			case verb == "QUIT":
				reply("221 2.0.0 Bye")
				return
			default:
				reply("250 OK")
			}
		}
	}()
	return l.Addr().String(), func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), seen...) }
}

// TestSMTPEnvelopeInAngleBrackets: the envelope's addresses are sent as
// RFC 5321 paths, which strict servers require.
func TestSMTPEnvelopeInAngleBrackets(t *testing.T) {
	addr, commands := strictEnvelope(t)
	s, err := NewSMTP("smtp://"+addr+"?tls=none", SMTPOptions{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := digestMessages(t, 1)[0]
	if err := s.Send(context.Background(), m); err != nil {
		t.Fatalf("send to a strict server: %v\n%q", err, commands())
	}
	want := []string{"MAIL FROM:<" + m.From + ">", "RCPT TO:<" + m.To[0] + ">"}
	got := strings.Join(commands(), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in\n%s", w, got)
		}
	}
}
