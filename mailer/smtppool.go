package mailer

import (
	"context"
	"time"

	"github.com/wneessen/go-mail/smtp"
)

// get returns an idle connection (reused=true) or dials a new one.
func (s *SMTP) get(ctx context.Context, id string) (c *smtp.Client, reused bool, err error) {
	s.mu.Lock()
	if s.shut {
		s.mu.Unlock()
		return nil, false, &SendError{MessageID: id, Stage: "connect", Err: ErrClosed}
	}
	if n := len(s.idle); n > 0 {
		c = s.idle[n-1]
		s.idle = s.idle[:n-1]
		s.mu.Unlock()
		return c, true, nil
	}
	s.mu.Unlock()
	c, err = s.dial(ctx, id)
	return c, false, err
}

// put returns c to the pool after a success or an SMTP reply (after RSET),
// and drops it after a network error or when the sender is closed.
func (s *SMTP) put(c *smtp.Client, serr *SendError) {
	if serr != nil && (serr.Code == 0 || c.Reset() != nil) {
		s.drop(c)
		return
	}
	s.mu.Lock()
	if !s.shut {
		s.idle = append(s.idle, c)
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	s.quit(c)
}

func (s *SMTP) drop(c *smtp.Client) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
	_ = c.Close()
}

func (s *SMTP) quit(c *smtp.Client) {
	s.mu.Lock()
	conn := s.conns[c]
	delete(s.conns, c)
	s.mu.Unlock()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	if err := c.Quit(); err != nil {
		_ = c.Close()
	}
}

// Close sends QUIT on idle connections and closes them; connections still
// sending are closed when their Send returns. Later Sends fail with
// ErrClosed. It returns nil.
func (s *SMTP) Close() error {
	s.mu.Lock()
	s.shut = true
	idle := s.idle
	s.idle = nil
	s.mu.Unlock()
	for _, c := range idle {
		s.quit(c)
	}
	return nil
}
