package mailtest

import (
	"io"
	"slices"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

type backend struct{ s *Server }

// NewSession opens a session, offering AUTH only when Options.Auth is set.
func (b backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	s := b.s
	s.mu.Lock()
	s.hello = c.Hostname()
	s.mu.Unlock()
	s.sessions.Add(1)
	n := s.active.Add(1)
	for {
		p := s.peak.Load()
		if n <= p || s.peak.CompareAndSwap(p, n) {
			break
		}
	}
	ss := &session{s: s}
	if s.o.Auth != nil {
		return authSession{ss}, nil
	}
	return ss, nil
}

type session struct {
	s  *Server
	to []string
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.o.Mail != nil {
		return ss.s.o.Mail(from)
	}
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if ss.s.o.Rcpt != nil {
		if err := ss.s.o.Rcpt(to); err != nil {
			return err
		}
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	b, err := ss.s.read(r)
	if err != nil {
		return err
	}
	n := ss.s.attempts.Add(1)
	if ss.s.o.Data != nil {
		if err := ss.s.o.Data(n, slices.Clone(ss.to), b); err != nil {
			return err
		}
	}
	ss.s.keep(ss.to, b)
	return nil
}

func (ss *session) Reset() { ss.to = nil }

func (ss *session) Logout() error {
	ss.s.active.Add(-1)
	return nil
}

type authSession struct{ *session }

func (a authSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (a authSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if err := a.s.o.Auth(user, pass); err != nil {
			return err
		}
		a.s.mu.Lock()
		a.s.authUser = user
		a.s.mu.Unlock()
		return nil
	}), nil
}
