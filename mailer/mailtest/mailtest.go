// Package mailtest runs a real SMTP server (emersion/go-smtp) on 127.0.0.1
// for tests, as net/http/httptest does for HTTP: it keeps the messages it
// accepts, counts sessions and DATA commands, and can refuse recipients or
// messages with any SMTP reply. Only tests may import it.
package mailtest

import (
	"crypto/tls"
	"io"
	"net"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// TLSMode selects how the server offers TLS.
type TLSMode int

const (
	NoTLS       TLSMode = iota // plain text; AUTH allowed without TLS
	StartTLS                   // STARTTLS offered; AUTH only after it
	ImplicitTLS                // TLS from the first byte (smtps)
)

// Options configure a Server. The zero value accepts everything over plain
// text and does not offer AUTH.
type Options struct {
	// Mail answers MAIL FROM; nil accepts. Return [Reply] to refuse.
	Mail func(from string) error
	// Rcpt answers RCPT TO; nil accepts. Return [Reply] to refuse.
	Rcpt func(to string) error
	// Data answers DATA after the body is read; nil accepts. attempt counts
	// DATA commands from 1; data is nil when Discard is set.
	Data func(attempt int64, to []string, data []byte) error
	// Auth checks AUTH PLAIN credentials; nil does not offer AUTH. An error
	// other than a [Reply] is answered 454.
	Auth func(user, pass string) error
	// TLS selects plain text, STARTTLS or implicit TLS with a self-signed
	// certificate for 127.0.0.1 that [Server.ClientTLS] trusts.
	TLS TLSMode
	// ReadTimeout closes a connection idle this long; 0 means 10s.
	ReadTimeout time.Duration
	// MaxMessageBytes refuses larger messages; 0 means 1 MiB.
	MaxMessageBytes int64
	// Discard counts accepted messages without keeping them (benchmarks).
	Discard bool
}

// Server is a running SMTP server; its methods are safe for concurrent use.
type Server struct {
	o      Options
	addr   string
	client *tls.Config

	sessions, active, peak atomic.Int64
	attempts, accepted     atomic.Int64
	bytes                  atomic.Int64

	mu       sync.Mutex
	msgs     map[string][][]byte
	authUser string
	hello    string
}

// NewServer starts a server on 127.0.0.1:0 that stops when the test ends.
func NewServer(tb testing.TB, o Options) *Server {
	tb.Helper()
	s := &Server{o: o, msgs: map[string][][]byte{}}
	srv := smtp.NewServer(backend{s})
	srv.Domain = "mx.test"
	srv.AllowInsecureAuth = o.TLS == NoTLS
	srv.ReadTimeout, srv.WriteTimeout = cmp(o.ReadTimeout, 10*time.Second), 10*time.Second
	srv.MaxMessageBytes = cmp(o.MaxMessageBytes, 1<<20)
	srv.ErrorLog = quiet{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	if o.TLS != NoTLS {
		var serverTLS *tls.Config
		serverTLS, s.client = selfSigned(tb)
		if o.TLS == StartTLS {
			srv.TLSConfig = serverTLS
		} else {
			l = tls.NewListener(l, serverTLS)
		}
	}
	s.addr = l.Addr().String()
	go func() { _ = srv.Serve(l) }()
	tb.Cleanup(func() { _ = srv.Close() })
	return s
}

func cmp[T int64 | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

type quiet struct{}

func (quiet) Printf(string, ...any) {}
func (quiet) Println(...any)        {}

// Reply returns an SMTP error reply for a hook, such as
// Reply(451, [3]int{4, 3, 0}, "Try again later").
func Reply(code int, enhanced [3]int, msg string) error {
	return &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode(enhanced), Message: msg}
}

// Addr returns the server's host:port.
func (s *Server) Addr() string { return s.addr }

// ClientTLS returns a client TLS config that trusts the server's
// certificate for 127.0.0.1, or nil under NoTLS. Like httptest, it leaves
// ServerName to the client.
func (s *Server) ClientTLS() *tls.Config {
	if s.client == nil {
		return nil
	}
	return s.client.Clone()
}

// Received returns the messages accepted for rcpt, oldest first.
func (s *Server) Received(rcpt string) [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.msgs[rcpt])
}

// AuthUser returns the user of the last successful AUTH, or "".
func (s *Server) AuthUser() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.authUser
}

// Sessions returns how many sessions (connections that said EHLO) opened.
func (s *Server) Sessions() int64 { return s.sessions.Load() }

// Hello returns the name the last session's client gave in EHLO or HELO.
func (s *Server) Hello() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hello
}

// Peak returns the most sessions open at once.
func (s *Server) Peak() int64 { return s.peak.Load() }

// Attempts returns how many message bodies were read (DATA commands).
func (s *Server) Attempts() int64 { return s.attempts.Load() }

// Accepted returns how many messages were accepted.
func (s *Server) Accepted() int64 { return s.accepted.Load() }

// Bytes returns how many message bytes were read, accepted or not.
func (s *Server) Bytes() int64 { return s.bytes.Load() }

// keep records an accepted message for its recipients.
func (s *Server) keep(to []string, data []byte) {
	s.accepted.Add(1)
	if s.o.Discard {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, rcpt := range to {
		s.msgs[rcpt] = append(s.msgs[rcpt], data)
	}
}

// read reads a message body, keeping it unless Discard is set.
func (s *Server) read(r io.Reader) ([]byte, error) {
	if s.o.Discard {
		n, err := io.Copy(io.Discard, r)
		s.bytes.Add(n)
		return nil, err
	}
	b, err := io.ReadAll(r)
	s.bytes.Add(int64(len(b)))
	return b, err
}
