package mailer

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/wneessen/go-mail/smtp"
)

// SMTPOptions tunes an [SMTP] sender. Zero values take the defaults.
type SMTPOptions struct {
	MaxConns  int           // concurrent connections (and sends); default 4
	HelloName string        // EHLO name; default "localhost"
	Timeout   time.Duration // per connect and per message; default 1 minute
	TLSConfig *tls.Config   // for tls and starttls; default: system roots, ServerName from the URL
	Logger    *slog.Logger  // default slog.Default()
}

// SMTP is a [Sender] that relays through one SMTP server over a bounded pool
// of reused connections. It is safe for concurrent use: at most MaxConns
// messages are in flight; further Send calls wait. A connection that failed
// is dropped and replaced on the next Send; a reused connection the server
// has meanwhile closed is replaced transparently.
type SMTP struct {
	addr string
	host string
	tls  string // none, starttls, tls
	auth func(c *smtp.Client) smtp.Auth
	opts SMTPOptions
	log  *slog.Logger

	slots chan struct{}
	mu    sync.Mutex
	idle  []*smtp.Client
	conns map[*smtp.Client]net.Conn
	shut  bool
}

// NewSMTP parses smtp://user:pass@host:port?tls=none|starttls|tls (port
// default 25, 587 with starttls, 465 with tls; tls default starttls;
// "smtps://" means tls=tls). It connects lazily, on the first Send. It returns
// an error wrapping ErrInvalid when the URL is malformed.
func NewSMTP(rawURL string, o SMTPOptions) (*SMTP, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" {
		return nil, fmt.Errorf("%w: SMTP URL must look like smtp://user:pass@host:port?tls=starttls", ErrInvalid)
	}
	mode := u.Query().Get("tls")
	switch {
	case u.Scheme == "smtps" && (mode == "" || mode == "tls"):
		mode = "tls"
	case mode == "":
		mode = "starttls"
	case mode != "none" && mode != "starttls" && mode != "tls":
		return nil, fmt.Errorf("%w: SMTP URL tls=%q (none, starttls or tls)", ErrInvalid, mode)
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"none": "25", "starttls": "587", "tls": "465"}[mode]
	}
	if o.MaxConns <= 0 {
		o.MaxConns = 4
	}
	if o.HelloName == "" {
		o.HelloName = "localhost"
	}
	if o.Timeout <= 0 {
		o.Timeout = time.Minute
	}
	if o.TLSConfig == nil {
		o.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}
	if o.TLSConfig.ServerName == "" {
		o.TLSConfig = o.TLSConfig.Clone()
		o.TLSConfig.ServerName = u.Hostname()
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	s := &SMTP{addr: net.JoinHostPort(u.Hostname(), port), host: u.Hostname(), tls: mode, opts: o, log: o.Logger,
		slots: make(chan struct{}, o.MaxConns), conns: map[*smtp.Client]net.Conn{}}
	s.auth = authFor(u, mode)
	return s, nil
}

// authFor returns how to authenticate with the URL's credentials: PLAIN, or
// LOGIN when the server offers only that; nil without credentials. With
// tls=none the operator chose a clear-text connection, so it is allowed.
func authFor(u *url.URL, mode string) func(c *smtp.Client) smtp.Auth {
	if u.User == nil {
		return nil
	}
	user, host := u.User.Username(), u.Hostname()
	pass, _ := u.User.Password()
	return func(c *smtp.Client) smtp.Auth {
		if ok, mechs := c.Extension("AUTH"); ok && !strings.Contains(" "+mechs+" ", " PLAIN ") &&
			strings.Contains(" "+mechs+" ", " LOGIN ") {
			return smtp.LoginAuth(user, pass, host, mode == "none")
		}
		return smtp.PlainAuth("", user, pass, host, mode == "none")
	}
}

// Send delivers m (MAIL, RCPT for each of m.To, DATA with m.Raw). It returns
// a *SendError: permanent for a 5xx reply to MAIL, RCPT or DATA, temporary
// otherwise (see ErrTemporary).
func (s *SMTP) Send(ctx context.Context, m *Message) error {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return classify(ctx, m.MessageID, "connect", ctx.Err())
	}
	defer func() { <-s.slots }()

	c, reused, err := s.get(ctx, m.MessageID)
	if err != nil {
		return err
	}
	serr := s.transact(ctx, c, m)
	if serr != nil && reused && serr.Stage == "mail" && (serr.Code == 0 || serr.Code == 421) && ctx.Err() == nil {
		// The server closed the idle connection (421 or EOF): nothing was
		// accepted yet, so redial once.
		s.log.Debug("smtp connection went stale, redialling", "smtp_addr", s.addr, "error", serr.Err)
		s.drop(c)
		if c, err = s.dial(ctx, m.MessageID); err != nil {
			return err
		}
		serr = s.transact(ctx, c, m)
	}
	s.put(c, serr)
	if serr != nil {
		s.log.Warn("smtp send failed", "message_id", m.MessageID, "stage", serr.Stage,
			"code", serr.Code, "permanent", serr.Permanent, "error", serr.Err)
		return serr
	}
	return nil
}

// dial connects, greets, upgrades to TLS and authenticates. It returns a
// temporary *SendError naming the stage that failed.
func (s *SMTP) dial(ctx context.Context, id string) (*smtp.Client, error) {
	d := net.Dialer{Timeout: s.opts.Timeout}
	conn, err := d.DialContext(ctx, "tcp", s.addr)
	if err != nil {
		return nil, classify(ctx, id, "connect", err)
	}
	defer s.bound(ctx, conn)() // the greeting, TLS and AUTH too
	if s.tls == "tls" {
		tc := tls.Client(conn, s.opts.TLSConfig)
		if err := tc.HandshakeContext(ctx); err != nil {
			_ = conn.Close()
			if errors.As(err, new(tls.RecordHeaderError)) { // the greeting "220 …" read as a TLS record
				err = fmt.Errorf("%w (the server speaks plain SMTP on this port: tls=starttls, as on port 587, or tls=none)", err)
			}
			return nil, classify(ctx, id, "connect", err)
		}
		conn = tc
	}
	c, err := smtp.NewClient(conn, s.host)
	if err != nil {
		_ = conn.Close()
		return nil, classify(ctx, id, "connect", err)
	}
	stage, err := s.handshake(c)
	if err != nil {
		_ = c.Close()
		return nil, classify(ctx, id, stage, err)
	}
	s.mu.Lock()
	s.conns[c] = conn
	s.mu.Unlock()
	s.log.Debug("smtp connected", "smtp_addr", s.addr, "tls", s.tls)
	return c, nil
}

// bound sets conn's deadline to the timeout or ctx's deadline, whichever
// comes first, and cuts conn's reads and writes short when ctx ends before
// the returned stop function is called.
func (s *SMTP) bound(ctx context.Context, conn net.Conn) (stop func() bool) {
	deadline := time.Now().Add(s.opts.Timeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	_ = conn.SetDeadline(deadline)
	return context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
}

// handshake runs EHLO, STARTTLS and AUTH; it returns the failing stage.
func (s *SMTP) handshake(c *smtp.Client) (string, error) {
	if err := c.Hello(s.opts.HelloName); err != nil {
		return "hello", err
	}
	if s.tls == "starttls" {
		if ok, _ := c.Extension("STARTTLS"); !ok {
			return "starttls", errors.New("server does not offer STARTTLS (use tls=none to send in clear)")
		}
		if err := c.StartTLS(s.opts.TLSConfig); err != nil {
			return "starttls", err
		}
	}
	if s.auth != nil {
		if err := c.Auth(s.auth(c)); err != nil {
			if ok, _ := c.Extension("AUTH"); !ok { // the answer may be a bare 500 "command not recognized"
				err = fmt.Errorf("%w (the server offers no AUTH on this connection: with tls=none many offer it only after "+
					"STARTTLS, tls=starttls; a relay that takes mail without a log-in needs no user:password in the URL)", err)
			}
			return "auth", err
		}
	}
	return "", nil
}

// transact sends one message on c within the timeout and the context.
func (s *SMTP) transact(ctx context.Context, c *smtp.Client, m *Message) *SendError {
	s.mu.Lock()
	conn := s.conns[c]
	s.mu.Unlock()
	defer s.bound(ctx, conn)()

	// go-mail's smtp.Client writes the argument as given: the RFC 5321
	// path needs its angle brackets, which strict servers (Gmail) require.
	if err := c.Mail("<" + m.From + ">"); err != nil {
		return classify(ctx, m.MessageID, "mail", err)
	}
	for _, to := range m.To {
		if err := c.Rcpt("<" + to + ">"); err != nil {
			return classify(ctx, m.MessageID, "rcpt", err)
		}
	}
	w, err := c.Data()
	if err != nil {
		return classify(ctx, m.MessageID, "data", err)
	}
	if _, err := w.Write(m.Raw); err != nil {
		_ = w.Close()
		return classify(ctx, m.MessageID, "data", err)
	}
	if err := w.Close(); err != nil {
		return classify(ctx, m.MessageID, "data", err)
	}
	return nil
}
