package signing

import (
	"bytes"
	"encoding/base64"
	"testing"
	"time"
)

// FuzzOpen is the token verifier: a token opens only as what was signed.
// Arbitrary strings and any one-byte change of a real token are refused,
// for every purpose; a token that opens decodes to exactly the signed
// bytes (no second spelling is accepted as another token).
func FuzzOpen(f *testing.F) {
	now := func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }
	s, err := New(bytes.Repeat([]byte("k"), 32), now)
	if err != nil {
		f.Fatal(err)
	}
	const addr = "ban@example.com"
	good := s.Sign(Unsubscribe, 42, 0, addr)
	goodRaw, _ := base64.RawURLEncoding.DecodeString(good)
	f.Add(good, 0, byte(0))
	f.Add(good, 5, byte(1))
	f.Add("", 0, byte(0))
	f.Add(s.Sign(Confirm, 42, time.Hour, addr), 3, byte(0x80))
	f.Fuzz(func(t *testing.T, tok string, pos int, flip byte) {
		if pos >= 0 && pos < len(tok) && flip != 0 {
			b := []byte(tok)
			b[pos] ^= flip
			tok = string(b)
		}
		bind := func(int64) (string, error) { return addr, nil }
		id, err := s.Open(tok, Unsubscribe, bind)
		if err == nil {
			raw, derr := base64.RawURLEncoding.DecodeString(tok)
			if derr != nil || !bytes.Equal(raw, goodRaw) || id != 42 {
				t.Fatalf("%q opened as %d", tok, id)
			}
		}
		if _, err := s.Open(tok, Confirm, bind); err == nil && tok == good {
			t.Fatalf("an unsubscribe token opened as a confirmation")
		}
	})
}
