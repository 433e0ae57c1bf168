package mailer

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// testServer is a real SMTP server (emersion/go-smtp) on 127.0.0.1:0 that
// counts connections and messages and can be told to refuse some.
type testServer struct {
	addr     string
	srv      *smtp.Server
	conns    atomic.Int64 // sessions opened
	active   atomic.Int64
	peak     atomic.Int64 // most sessions open at once
	attempts atomic.Int64 // DATA commands
	accepted atomic.Int64

	mu       sync.Mutex
	messages map[string][]byte // rcpt -> last accepted data
	authUser string

	// Optional hooks; nil accepts.
	rcptReply func(to string) error
	dataReply func(attempt int64) error
}

// newTestServer starts a server; mod may set hooks and server fields
// before it listens. It stops at the end of the test.
func newTestServer(t testing.TB, mod func(*testServer)) *testServer {
	t.Helper()
	ts := &testServer{messages: map[string][]byte{}}
	ts.srv = smtp.NewServer(ts)
	ts.srv.Domain = "mx.test"
	ts.srv.AllowInsecureAuth = true
	ts.srv.ReadTimeout = 10 * time.Second
	ts.srv.WriteTimeout = 10 * time.Second
	ts.srv.MaxMessageBytes = 1 << 20
	ts.srv.ErrorLog = discardLogger{}
	if mod != nil {
		mod(ts)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = l.Addr().String()
	go func() { _ = ts.srv.Serve(l) }()
	t.Cleanup(func() { _ = ts.srv.Close() })
	return ts
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}
func (discardLogger) Println(...any)        {}

func (ts *testServer) NewSession(*smtp.Conn) (smtp.Session, error) {
	ts.conns.Add(1)
	n := ts.active.Add(1)
	for {
		p := ts.peak.Load()
		if n <= p || ts.peak.CompareAndSwap(p, n) {
			break
		}
	}
	return &testSession{ts: ts}, nil
}

func (ts *testServer) received(rcpt string) []byte {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.messages[rcpt]
}

type testSession struct {
	ts *testServer
	to []string
}

func (s *testSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *testSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "bantin" || pass != "bí mật" {
			return errors.New("bad credentials")
		}
		s.ts.mu.Lock()
		s.ts.authUser = user
		s.ts.mu.Unlock()
		return nil
	}), nil
}

func (s *testSession) Mail(string, *smtp.MailOptions) error { return nil }

func (s *testSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.ts.rcptReply != nil {
		if err := s.ts.rcptReply(to); err != nil {
			return err
		}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *testSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.ts.dataReply != nil {
		if err := s.ts.dataReply(s.ts.attempts.Add(1)); err != nil {
			return err
		}
	}
	s.ts.accepted.Add(1)
	s.ts.mu.Lock()
	for _, to := range s.to {
		s.ts.messages[to] = b
	}
	s.ts.mu.Unlock()
	return nil
}

func (s *testSession) Reset()        { s.to = nil }
func (s *testSession) Logout() error { s.ts.active.Add(-1); return nil }

// selfSignedTLS returns a server config for 127.0.0.1 and a client config
// that trusts it.
func selfSignedTLS(t testing.TB) (server, client *tls.Config) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mx.test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}},
		&tls.Config{RootCAs: pool}
}
