package mailtest_test

import (
	"crypto/tls"
	"errors"
	"fmt"
	"net/smtp"
	"net/textproto"
	"slices"
	"testing"

	"bantin/mailer/mailtest"
)

// send delivers body to rcpt on c, returning the reply that refused it.
func send(c *smtp.Client, rcpt, body string) error {
	if err := c.Mail("bantin@bantin.example"); err != nil {
		return err
	}
	if err := c.Rcpt(rcpt); err != nil {
		_ = c.Reset()
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "Subject: t\r\n\r\n%s\r\n", body); err != nil {
		return err
	}
	return w.Close()
}

// clientTLS is s.ClientTLS with the ServerName net/smtp does not fill in.
func clientTLS(s *mailtest.Server) *tls.Config {
	c := s.ClientTLS()
	c.ServerName = "127.0.0.1"
	return c
}

func code(err error) int {
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code
	}
	return 0
}

func TestHooksAnswerTheClient(t *testing.T) {
	s := mailtest.NewServer(t, mailtest.Options{
		Rcpt: func(to string) error {
			if to == "gone@example.com" {
				return mailtest.Reply(550, [3]int{5, 1, 1}, "No such user")
			}
			return nil
		},
		Data: func(n int64, to []string, _ []byte) error {
			if n%2 == 0 {
				return mailtest.Reply(451, [3]int{4, 3, 0}, "Try again later")
			}
			return nil
		},
	})
	c, err := smtp.Dial(s.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var codes []int
	for i, to := range []string{"a@example.com", "a@example.com", "gone@example.com", "a@example.com"} {
		codes = append(codes, code(send(c, to, fmt.Sprint("message ", i))))
	}
	if want := []int{0, 451, 550, 0}; !slices.Equal(codes, want) {
		t.Errorf("replies %v, want %v", codes, want)
	}
	got := s.Received("a@example.com")
	if len(got) != 2 || string(got[0]) != "Subject: t\r\n\r\nmessage 0\r\n" || string(got[1]) != "Subject: t\r\n\r\nmessage 3\r\n" {
		t.Errorf("received %q", got)
	}
	if s.Sessions() != 1 || s.Peak() != 1 || s.Attempts() != 3 || s.Accepted() != 2 || s.Bytes() != 3*25 {
		t.Errorf("sessions %d peak %d attempts %d accepted %d bytes %d", s.Sessions(), s.Peak(), s.Attempts(), s.Accepted(), s.Bytes())
	}
}

func TestStartTLSThenAuth(t *testing.T) {
	s := mailtest.NewServer(t, mailtest.Options{TLS: mailtest.StartTLS, Auth: func(user, pass string) error {
		if user != "bantin" || pass != "bí mật" {
			return errors.New("bad credentials")
		}
		return nil
	}})
	for _, pass := range []string{"sai", "bí mật"} { // net/smtp quits after a refused AUTH
		c, err := smtp.Dial(s.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if ok, _ := c.Extension("AUTH"); ok {
			t.Error("AUTH offered before STARTTLS")
		}
		if err := c.StartTLS(clientTLS(s)); err != nil {
			t.Fatal(err)
		}
		err = c.Auth(smtp.PlainAuth("", "bantin", pass, "127.0.0.1"))
		if pass == "sai" {
			if code(err) != 454 || s.AuthUser() != "" {
				t.Errorf("wrong password: %v, user %q; want 454", err, s.AuthUser())
			}
			continue
		}
		if err != nil || s.AuthUser() != "bantin" {
			t.Fatalf("auth: %v, user %q", err, s.AuthUser())
		}
		if err := send(c, "a@example.com", "x"); err != nil || len(s.Received("a@example.com")) != 1 {
			t.Errorf("send over STARTTLS: %v", err)
		}
	}
}

func TestImplicitTLS(t *testing.T) {
	s := mailtest.NewServer(t, mailtest.Options{TLS: mailtest.ImplicitTLS, Discard: true})
	conn, err := tls.Dial("tcp", s.Addr(), clientTLS(s))
	if err != nil {
		t.Fatal(err)
	}
	c, err := smtp.NewClient(conn, "127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if ok, _ := c.Extension("AUTH"); ok {
		t.Error("AUTH offered without Options.Auth")
	}
	if err := send(c, "a@example.com", "x"); err != nil || s.Accepted() != 1 || s.Received("a@example.com") != nil {
		t.Errorf("send over TLS: %v; accepted %d, kept %d", err, s.Accepted(), len(s.Received("a@example.com")))
	}
}
