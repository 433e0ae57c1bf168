package signing

import (
	"encoding/base64"
	"encoding/binary"
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

// TestForgedExpiredIsInvalid: a token with a bad MAC is invalid whatever
// expiry it claims; only a genuine one is told it expired.
func TestForgedExpiredIsInvalid(t *testing.T) {
	c := &clock{time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}
	s := newSigner(t, c)
	other, _ := New([]byte("another key of thirty-two bytes!"), c.now)
	forged := other.Sign(Confirm, 7, time.Hour, "a@example.com")
	genuine := s.Sign(Confirm, 7, time.Hour, "a@example.com")
	c.t = c.t.Add(2 * time.Hour)
	if _, err := s.Open(forged, Confirm, bindTo("a@example.com")); !errors.Is(err, ErrInvalid) {
		t.Errorf("forged, past its expiry: %v, want ErrInvalid", err)
	}
	if _, err := s.Open(genuine, Confirm, bindTo("a@example.com")); !errors.Is(err, ErrExpired) {
		t.Errorf("genuine, past its expiry: %v, want ErrExpired", err)
	}
	if _, err := s.Open(genuine, Confirm, bindTo("b@example.com")); !errors.Is(err, ErrInvalid) {
		t.Errorf("genuine token, another binding, past its expiry: %v, want ErrInvalid", err)
	}
}

// TestRefsAreOpaque: tokens and references carry no readable id: the
// references of neighbouring ids share nothing, tokens do not contain the
// id's bytes, and a token opens to the id it was made for.
func TestRefsAreOpaque(t *testing.T) {
	s := newSigner(t, &clock{time.Now()})
	seen := map[string]bool{}
	for id := int64(1); id <= 1000; id++ {
		r := s.Ref(id)
		if len(r) != 22 || seen[r] || r != s.Ref(id) {
			t.Fatalf("ref(%d) = %q: want 22 characters, unique, stable", id, r)
		}
		seen[r] = true
		got, err := s.Open(s.Sign(Unsubscribe, id, 0, "a@example.com"), Unsubscribe, bindTo("a@example.com"))
		if err != nil || got != id {
			t.Fatalf("token of %d opens to %d, %v", id, got, err)
		}
	}
	a, b := s.Ref(41), s.Ref(42)
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	if same > 6 {
		t.Errorf("refs of 41 and 42 share %d of 22 characters: %s %s", same, a, b)
	}
	other, _ := New([]byte("another key of thirty-two bytes!"), nil)
	if other.Ref(42) == b {
		t.Error("the reference does not depend on the key")
	}
}

// TestVersion1Tokens: links in digests mailed before opaque references
// (id in clear) still unsubscribe and open preferences; a version 1
// confirmation link does not confirm.
func TestVersion1Tokens(t *testing.T) {
	s := newSigner(t, &clock{time.Now()})
	v1 := func(p Purpose, id int64) string {
		raw := make([]byte, v1Len)
		raw[0], raw[1] = 1, byte(p)
		binary.BigEndian.PutUint64(raw[2:10], uint64(id))
		copy(raw[v1HeadLen:], s.mac(raw[:v1HeadLen], "a@example.com"))
		return base64.RawURLEncoding.EncodeToString(raw)
	}
	for _, p := range []Purpose{Unsubscribe, Preferences} {
		if id, err := s.Open(v1(p, 9), p, bindTo("a@example.com")); err != nil || id != 9 {
			t.Errorf("version 1 %s: %d, %v", p, id, err)
		}
	}
	if _, err := s.Open(v1(Confirm, 9), Confirm, bindTo("a@example.com")); !errors.Is(err, ErrInvalid) {
		t.Errorf("version 1 confirm: %v, want ErrInvalid", err)
	}
}
