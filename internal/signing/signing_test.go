package signing

import (
	"errors"
	"strings"
	"testing"
	"time"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newSigner(t *testing.T, c *clock) *Signer {
	t.Helper()
	s, err := New([]byte("0123456789abcdef0123456789abcdef"), c.now)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func bindTo(email string) func(int64) (string, error) {
	return func(int64) (string, error) { return email, nil }
}

func TestTokenRoundTrip(t *testing.T) {
	c := &clock{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s := newSigner(t, c)
	tok := s.Sign(Unsubscribe, 42, 0, "ban@example.com")
	if strings.ContainsAny(tok, "+/=") {
		t.Fatalf("token %q is not base64url", tok)
	}
	id, err := s.Open(tok, Unsubscribe, bindTo("ban@example.com"))
	if err != nil || id != 42 {
		t.Fatalf("open = %d, %v", id, err)
	}
	c.t = c.t.Add(10 * 365 * 24 * time.Hour)
	if _, err := s.Open(tok, Unsubscribe, bindTo("ban@example.com")); err != nil {
		t.Fatalf("long-lived token expired: %v", err)
	}
}

func TestTokenRejects(t *testing.T) {
	c := &clock{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s := newSigner(t, c)
	tok := s.Sign(Confirm, 7, time.Hour, "a@example.com")
	other, _ := New([]byte("another key of thirty-two bytes!"), c.now)
	flip := []byte(tok)
	flip[len(flip)-3] ^= 1
	cases := []struct {
		name    string
		tok     string
		purpose Purpose
		email   string
		signer  *Signer
		want    error
	}{
		{"other purpose", tok, Unsubscribe, "a@example.com", s, ErrInvalid},
		{"other address", tok, Confirm, "b@example.com", s, ErrInvalid},
		{"other key", tok, Confirm, "a@example.com", other, ErrInvalid},
		{"tampered", string(flip), Confirm, "a@example.com", s, ErrInvalid},
		{"truncated", tok[:len(tok)-1], Confirm, "a@example.com", s, ErrInvalid},
		{"garbage", "!!!!", Confirm, "a@example.com", s, ErrInvalid},
		{"empty", "", Confirm, "a@example.com", s, ErrInvalid},
	}
	for _, tc := range cases {
		if _, err := tc.signer.Open(tc.tok, tc.purpose, bindTo(tc.email)); !errors.Is(err, tc.want) {
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.want)
		}
	}
	// A changed id (forging another subscriber's link) fails the MAC.
	forged := s.Sign(Confirm, 8, time.Hour, "a@example.com")
	if tok[:3] == forged[:3] && tok == forged {
		t.Fatal("tokens for different ids are equal")
	}
	c.t = c.t.Add(time.Hour)
	if _, err := s.Open(tok, Confirm, bindTo("a@example.com")); !errors.Is(err, ErrExpired) {
		t.Fatalf("after ttl: %v, want ErrExpired", err)
	}
}

func TestUnknownIDLooksForged(t *testing.T) {
	s := newSigner(t, &clock{time.Now()})
	tok := s.Sign(Preferences, 5, 0, "a@example.com")
	_, err := s.Open(tok, Preferences, func(int64) (string, error) { return "", errors.New("no such subscriber") })
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("err %v, want ErrInvalid", err)
	}
}

func TestShortKey(t *testing.T) {
	if _, err := New([]byte("short"), nil); err == nil {
		t.Fatal("short key accepted")
	}
}

func TestLinks(t *testing.T) {
	s := newSigner(t, &clock{time.Now()})
	public, err := NewLinks("http://bantin.example/", s)
	if err != nil {
		t.Fatal(err)
	}
	if u := public.Unsubscribe(1, "a@example.com"); !strings.HasPrefix(u, "https://bantin.example/unsubscribe/") {
		t.Errorf("unsubscribe %q: want https on the base host", u)
	}
	if public.SecureBase() {
		t.Error("public http base reported secure")
	}
	l, err := NewLinks("http://127.0.0.1:8080/", s)
	if err != nil {
		t.Fatal(err)
	}
	if u := l.Unsubscribe(1, "a@example.com"); !strings.HasPrefix(u, "http://127.0.0.1:8080/unsubscribe/") {
		t.Errorf("unsubscribe %q: want the loopback base as is", u)
	}
	if u := l.Preferences(1, "a@example.com"); !strings.HasPrefix(u, "http://127.0.0.1:8080/preferences/") {
		t.Errorf("preferences %q", u)
	}
	if !l.SecureBase() {
		t.Error("loopback base: links work locally, want SecureBase")
	}
	got := l.Archive("2026-W48", []string{"kinh-te", "y-te"}, []string{"ha-noi"})
	if got != "http://127.0.0.1:8080/digests/2026-W48?province=ha-noi&topic=kinh-te%2Cy-te" {
		t.Errorf("archive %q", got)
	}
	if _, err := NewLinks("ftp://x", s); err == nil {
		t.Error("ftp base accepted")
	}
}

// TestDaysLink: a digest section's "và N tin khác" goes to its topic's page
// for the week's days, dates in the digest's zone.
func TestDaysLink(t *testing.T) {
	l, err := NewLinks("https://bantin.example", newSigner(t, &clock{time.Now()}))
	if err != nil {
		t.Fatal(err)
	}
	ict := time.FixedZone("ICT", 7*3600)
	start := time.Date(2026, 11, 23, 0, 0, 0, 0, ict)
	got := l.Days("xay-dung-dang", []string{"bac-kan", "thai-nguyen"}, start, start.AddDate(0, 0, 7).UTC())
	if want := "https://bantin.example/topics/xay-dung-dang/?from=2026-11-23&province=bac-kan%2Cthai-nguyen&to=2026-11-29"; got != want {
		t.Errorf("Days = %q, want %q", got, want)
	}
	if l.Days("", nil, start, start) != "" {
		t.Error("a section without a topic got a link")
	}
}
