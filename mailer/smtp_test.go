package mailer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/mailer/mailtest"
)

// digestMessages renders n digests for distinct recipients of one shared body.
func digestMessages(t testing.TB, n int) []*Message {
	t.Helper()
	shared, err := newTestRenderer(t, nil).RenderShared(sampleDigest())
	if err != nil {
		t.Fatal(err)
	}
	msgs := make([]*Message, n)
	for i := range msgs {
		rc := testRcp
		rc.Address = fmt.Sprintf("reader%03d@example.com", i)
		rc.Key = fmt.Sprintf("digest-2026-W48-%d", i)
		if msgs[i], err = shared.Message(rc); err != nil {
			t.Fatal(err)
		}
	}
	return msgs
}

// newTestServer starts a real SMTP server (mailer/mailtest) that offers
// AUTH and accepts only the credentials newTestSMTP sends.
func newTestServer(t testing.TB, o mailtest.Options) *mailtest.Server {
	t.Helper()
	o.Auth = func(user, pass string) error {
		if user != "bantin" || pass != "bí mật" {
			return errors.New("bad credentials")
		}
		return nil
	}
	return mailtest.NewServer(t, o)
}

func newTestSMTP(t testing.TB, ts *mailtest.Server, query string, o SMTPOptions) *SMTP {
	t.Helper()
	o.Logger = slog.New(slog.DiscardHandler)
	s, err := NewSMTP("smtp://bantin:b%C3%AD%20m%E1%BA%ADt@"+ts.Addr()+"?"+query, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestSMTPReusesPooledConnections(t *testing.T) {
	ts := newTestServer(t, mailtest.Options{})
	s := newTestSMTP(t, ts, "tls=none", SMTPOptions{MaxConns: 3})
	msgs := digestMessages(t, 60)
	var wg sync.WaitGroup
	errs := make(chan error, len(msgs))
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < len(msgs); i += 8 {
				errs <- s.Send(context.Background(), msgs[i])
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := ts.Accepted(); got != 60 {
		t.Errorf("server accepted %d messages, want 60", got)
	}
	if c, p := ts.Sessions(), ts.Peak(); c > 3 || p > 3 {
		t.Errorf("%d connections opened, %d at once; want at most 3", c, p)
	}
	for _, m := range msgs {
		if got := last(ts.Received(m.To[0])); !bytes.Equal(got, m.Raw) {
			t.Fatalf("%s: server received %d bytes that differ from the %d sent", m.To[0], len(got), len(m.Raw))
		}
	}
	if ts.AuthUser() != "bantin" {
		t.Errorf("authenticated as %q", ts.AuthUser())
	}
	_ = s.Close()
	if err := s.Send(context.Background(), msgs[0]); !errors.Is(err, ErrClosed) || !IsTemporary(err) {
		t.Errorf("Send after Close: %v", err)
	}
}

func TestSMTP451IsTemporary(t *testing.T) {
	ts := newTestServer(t, mailtest.Options{Data: func(n int64, _ []string, _ []byte) error {
		if n%3 == 0 {
			return mailtest.Reply(451, [3]int{4, 3, 0}, "Thử lại sau")
		}
		return nil
	}})
	s := newTestSMTP(t, ts, "tls=none", SMTPOptions{MaxConns: 1})
	var failed int
	for _, m := range digestMessages(t, 30) {
		err := s.Send(context.Background(), m)
		if err == nil {
			continue
		}
		failed++
		var se *SendError
		if !IsTemporary(err) || IsPermanent(err) || !errors.As(err, &se) || se.Code != 451 || se.Stage != "data" {
			t.Errorf("451 classified as %v (%#v)", err, se)
		}
	}
	if failed != 10 || ts.Accepted() != 20 {
		t.Errorf("failed %d, accepted %d; want 10 and 20", failed, ts.Accepted())
	}
	if c := ts.Sessions(); c != 1 {
		t.Errorf("%d connections; a 4xx reply should not cost the connection", c)
	}
}

func TestSMTP550IsPermanent(t *testing.T) {
	ts := newTestServer(t, mailtest.Options{Rcpt: func(to string) error {
		if to == "reader001@example.com" {
			return mailtest.Reply(550, [3]int{5, 1, 1}, "No such user")
		}
		return nil
	}})
	s := newTestSMTP(t, ts, "tls=none", SMTPOptions{})
	msgs := digestMessages(t, 3)
	for i, m := range msgs {
		err := s.Send(context.Background(), m)
		var se *SendError
		switch {
		case i != 1 && err != nil:
			t.Errorf("message %d: %v", i, err)
		case i == 1 && (!IsPermanent(err) || IsTemporary(err) || !errors.As(err, &se) || se.Code != 550 || se.Stage != "rcpt"):
			t.Errorf("550 classified as %v", err)
		}
	}
	if ts.Accepted() != 2 || ts.Sessions() != 1 {
		t.Errorf("accepted %d over %d connections; want 2 over 1", ts.Accepted(), ts.Sessions())
	}
}

func TestSMTPReconnectsAfterServerDropsIdleConnection(t *testing.T) {
	ts := newTestServer(t, mailtest.Options{ReadTimeout: 150 * time.Millisecond})
	s := newTestSMTP(t, ts, "tls=none", SMTPOptions{MaxConns: 1})
	msgs := digestMessages(t, 2)
	if err := s.Send(context.Background(), msgs[0]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(400 * time.Millisecond) // the server times the idle connection out
	if err := s.Send(context.Background(), msgs[1]); err != nil {
		t.Fatalf("send on a connection the server closed: %v", err)
	}
	if ts.Accepted() != 2 || ts.Sessions() != 2 {
		t.Errorf("accepted %d over %d connections; want 2 over 2", ts.Accepted(), ts.Sessions())
	}
}

func TestSMTPNetworkErrorsAreTemporary(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	s, err := NewSMTP("smtp://"+addr+"?tls=none", SMTPOptions{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := digestMessages(t, 1)[0]
	var se *SendError
	if err := s.Send(context.Background(), m); !IsTemporary(err) || !errors.As(err, &se) || se.Stage != "connect" {
		t.Errorf("refused connection: %v", err)
	}
}

func TestSMTPHonoursContext(t *testing.T) {
	release := make(chan struct{})
	ts := newTestServer(t, mailtest.Options{Data: func(int64, []string, []byte) error { <-release; return nil }})
	defer close(release)
	s := newTestSMTP(t, ts, "tls=none", SMTPOptions{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err := s.Send(ctx, digestMessages(t, 1)[0])
	if !IsTemporary(err) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("stalled server: %v, want temporary and DeadlineExceeded", err)
	}
}

func TestSMTPTLSModes(t *testing.T) {
	t.Run("starttls", func(t *testing.T) {
		ts := newTestServer(t, mailtest.Options{TLS: mailtest.StartTLS}) // AUTH only after STARTTLS
		s := newTestSMTP(t, ts, "tls=starttls", SMTPOptions{TLSConfig: ts.ClientTLS()})
		if err := s.Send(context.Background(), digestMessages(t, 1)[0]); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("tls", func(t *testing.T) {
		ts := newTestServer(t, mailtest.Options{TLS: mailtest.ImplicitTLS})
		s := newTestSMTP(t, ts, "tls=tls", SMTPOptions{TLSConfig: ts.ClientTLS()})
		if err := s.Send(context.Background(), digestMessages(t, 1)[0]); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("tls on a plain port", func(t *testing.T) {
		// tls=tls (smtps://) against a server that greets in plain text:
		// the handshake's "first record does not look like a TLS
		// handshake" says which setting to use.
		ts := newTestServer(t, mailtest.Options{TLS: mailtest.StartTLS})
		s := newTestSMTP(t, ts, "tls=tls", SMTPOptions{TLSConfig: ts.ClientTLS()})
		var se *SendError
		err := s.Send(context.Background(), digestMessages(t, 1)[0])
		if !errors.As(err, &se) || se.Stage != "connect" || !strings.Contains(err.Error(), "plain SMTP on this port: tls=starttls") {
			t.Errorf("implicit TLS on a plain port: %v", err)
		}
	})
	t.Run("auth not offered", func(t *testing.T) {
		// tls=none to a server that offers AUTH only after STARTTLS: the
		// error says why, as well as the server's answer (which may be only
		// `500 "command AUTH not recognized"`).
		ts := newTestServer(t, mailtest.Options{TLS: mailtest.StartTLS})
		s := newTestSMTP(t, ts, "tls=none", SMTPOptions{})
		var se *SendError
		err := s.Send(context.Background(), digestMessages(t, 1)[0])
		if !errors.As(err, &se) || se.Stage != "auth" || !strings.Contains(err.Error(), `TLS is required" (the server offers no AUTH on this connection`) {
			t.Errorf("AUTH not offered: %v", err)
		}
	})
	t.Run("starttls refused", func(t *testing.T) {
		ts := newTestServer(t, mailtest.Options{}) // no TLS: no STARTTLS offered
		s := newTestSMTP(t, ts, "", SMTPOptions{})
		var se *SendError
		if err := s.Send(context.Background(), digestMessages(t, 1)[0]); !IsTemporary(err) || !errors.As(err, &se) || se.Stage != "starttls" {
			t.Errorf("no STARTTLS: %v", err)
		}
	})
}

// last returns the last of msgs, or nil.
func last(msgs [][]byte) []byte {
	if len(msgs) == 0 {
		return nil
	}
	return msgs[len(msgs)-1]
}

func TestNewSMTPURL(t *testing.T) {
	for _, c := range []struct{ url, addr, tls string }{
		{"smtp://mail.example.org", "mail.example.org:587", "starttls"},
		{"smtp://mail.example.org?tls=none", "mail.example.org:25", "none"},
		{"smtp://u:p@mail.example.org:2525?tls=tls", "mail.example.org:2525", "tls"},
		{"smtps://mail.example.org", "mail.example.org:465", "tls"},
	} {
		s, err := NewSMTP(c.url, SMTPOptions{})
		if err != nil || s.addr != c.addr || s.tls != c.tls || s.opts.MaxConns != 4 {
			t.Errorf("%s: addr %q tls %q (%v)", c.url, s.addr, s.tls, err)
		}
	}
	for _, bad := range []string{"http://x", "smtp://", "smtp://x?tls=maybe", "::"} {
		if _, err := NewSMTP(bad, SMTPOptions{}); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", bad, err)
		}
	}
}
