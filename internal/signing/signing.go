// Package signing makes and checks bantin's signed links: HMAC-SHA256
// tokens that carry a purpose, a subscriber id and an expiry, and are bound
// to the subscriber's address, so that a link can be neither forged, nor
// reused for another purpose, nor replayed against a later subscriber who
// got the same id. Tokens are base64url (no padding) and safe in a URL path.
//
// Layout (before base64url): version(1) purpose(1) id(8, big-endian)
// expires(8, unix seconds, 0 = never) mac(16), where mac is the first 16
// bytes of HMAC-SHA256(key, "bantin-link\x00" + the first 18 bytes + binding).
package signing

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// Purpose says what a token may be used for.
type Purpose byte

// The purposes of bantin's links.
const (
	Confirm     Purpose = 'c' // double opt-in confirmation, expires
	Unsubscribe Purpose = 'u' // unsubscribe page and RFC 8058 one-click
	Preferences Purpose = 'p' // change topics and provinces
)

func (p Purpose) String() string {
	switch p {
	case Confirm:
		return "confirm"
	case Unsubscribe:
		return "unsubscribe"
	case Preferences:
		return "preferences"
	}
	return fmt.Sprintf("purpose(%d)", byte(p))
}

// Errors returned by Open. ErrInvalid covers every malformed, forged or
// mismatched token without saying which, so the answer leaks nothing.
var (
	ErrInvalid = errors.New("signing: invalid link")
	ErrExpired = errors.New("signing: link expired")
)

const (
	version  = 1
	headLen  = 18
	macLen   = 16
	tokenLen = headLen + macLen
	context_ = "bantin-link\x00"
)

// MinKeyLen is the shortest key New accepts.
const MinKeyLen = 16

// Signer signs and opens tokens with one key. It is safe for concurrent use.
type Signer struct {
	key []byte
	now func() time.Time
}

// New returns a Signer over key (at least MinKeyLen bytes; bantin uses the
// 32-byte secret from the database or BANTIN_SECRET). now is the clock used
// for expiry; nil means time.Now.
func New(key []byte, now func() time.Time) (*Signer, error) {
	if len(key) < MinKeyLen {
		return nil, fmt.Errorf("signing: key of %d bytes: want at least %d", len(key), MinKeyLen)
	}
	if now == nil {
		now = time.Now
	}
	return &Signer{key: append([]byte(nil), key...), now: now}, nil
}

// Sign returns a token for purpose p and subscriber id, valid for ttl (0:
// no expiry) and bound to binding (the subscriber's address).
func (s *Signer) Sign(p Purpose, id int64, ttl time.Duration, binding string) string {
	var exp int64
	if ttl > 0 {
		exp = s.now().Add(ttl).Unix()
	}
	buf := make([]byte, tokenLen)
	buf[0], buf[1] = version, byte(p)
	binary.BigEndian.PutUint64(buf[2:10], uint64(id))
	binary.BigEndian.PutUint64(buf[10:18], uint64(exp))
	copy(buf[headLen:], s.mac(buf[:headLen], binding))
	return base64.RawURLEncoding.EncodeToString(buf)
}

// Claims are the unverified fields of a token.
type Claims struct {
	Purpose Purpose
	ID      int64
	Expires time.Time // zero when the token does not expire
	raw     []byte
}

// Parse decodes token and checks its form, purpose and expiry, but not its
// MAC: call Verify with the binding of Claims.ID before trusting it. It
// returns ErrInvalid or ErrExpired.
func (s *Signer) Parse(token string, p Purpose) (Claims, error) {
	if len(token) != base64.RawURLEncoding.EncodedLen(tokenLen) {
		return Claims{}, ErrInvalid
	}
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) != tokenLen || raw[0] != version || Purpose(raw[1]) != p {
		return Claims{}, ErrInvalid
	}
	c := Claims{Purpose: p, ID: int64(binary.BigEndian.Uint64(raw[2:10])), raw: raw}
	if exp := int64(binary.BigEndian.Uint64(raw[10:18])); exp != 0 {
		c.Expires = time.Unix(exp, 0).UTC()
		if !s.now().Before(c.Expires) {
			return Claims{}, ErrExpired
		}
	}
	if c.ID <= 0 {
		return Claims{}, ErrInvalid
	}
	return c, nil
}

// Verify checks, in constant time, that c's MAC matches binding. It returns
// ErrInvalid when it does not.
func (s *Signer) Verify(c Claims, binding string) error {
	if len(c.raw) != tokenLen || !hmac.Equal(c.raw[headLen:], s.mac(c.raw[:headLen], binding)) {
		return ErrInvalid
	}
	return nil
}

// Open is Parse then Verify, with bind looking up the binding of the id (the
// subscriber's address). An error from bind (e.g. no such subscriber) is
// reported as ErrInvalid after the same MAC work, so that unknown and
// forged ids look alike.
func (s *Signer) Open(token string, p Purpose, bind func(id int64) (string, error)) (int64, error) {
	c, err := s.Parse(token, p)
	if err != nil {
		return 0, err
	}
	binding, berr := bind(c.ID)
	if err := s.Verify(c, binding); err != nil || berr != nil {
		return 0, ErrInvalid
	}
	return c.ID, nil
}

func (s *Signer) mac(head []byte, binding string) []byte {
	h := hmac.New(sha256.New, s.key)
	h.Write([]byte(context_))
	h.Write(head)
	h.Write([]byte(binding))
	return h.Sum(nil)[:macLen]
}
