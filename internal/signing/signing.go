// Package signing makes and checks bantin's signed links: HMAC-SHA256
// tokens that carry a purpose, an opaque subscriber reference and an
// expiry, and are bound to the subscriber's address (and, for
// confirmations, to the request they confirm), so that a link can be
// neither forged, nor reused for another purpose, nor replayed against a
// later subscriber who got the same id, nor used after a newer request.
// Tokens are base64url (no padding) and safe in a URL path.
//
// Layout (before base64url): version(1)=2 purpose(1) ref(16) expires(8,
// unix seconds, 0 = never) mac(16), where ref is the subscriber id
// encrypted with AES under a key derived from the signing key (see Ref:
// the database's sequential ids never appear in links or Message-IDs) and
// mac is the first 16 bytes of HMAC-SHA256(key, "bantin-link\x00" + the
// first 26 bytes + binding). Version 1 tokens (id in clear, 18-byte head),
// in digests mailed before version 2, still open for Unsubscribe and
// Preferences, which never expire.
package signing

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
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
	version   = 2
	refLen    = aes.BlockSize
	headLen   = 2 + refLen + 8
	macLen    = 16
	tokenLen  = headLen + macLen
	v1HeadLen = 18 // version 1: id(8) in clear
	v1Len     = v1HeadLen + macLen
	context_  = "bantin-link\x00"
	refKeyCtx = "bantin-subscriber-ref\x00"
)

// MinKeyLen is the shortest key New accepts.
const MinKeyLen = 16

// Signer signs and opens tokens with one key. It is safe for concurrent use.
type Signer struct {
	key []byte
	ref cipher.Block // encrypts subscriber ids into references
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
	h := hmac.New(sha256.New, key)
	h.Write([]byte(refKeyCtx))
	block, err := aes.NewCipher(h.Sum(nil)[:16])
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	return &Signer{key: append([]byte(nil), key...), ref: block, now: now}, nil
}

// KeyCheck returns a value that tells keys apart without revealing them (an
// HMAC of a fixed text under key, 24 hex digits): a database stores the
// check of the operator's key so that a start under another key, which
// would break every link already sent, can be told.
func KeyCheck(key []byte) string {
	h := hmac.New(sha256.New, key)
	h.Write([]byte("bantin-key-check\x00"))
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Ref returns the opaque reference of subscriber id: 22 base64url
// characters, the same for the same id and key, from which no one without
// the key learns the id, its neighbours or how many subscribers there are.
// Message-IDs and outbox file names use it.
func (s *Signer) Ref(id int64) string {
	return base64.RawURLEncoding.EncodeToString(s.refBytes(id))
}

func (s *Signer) refBytes(id int64) []byte {
	var plain, out [refLen]byte
	binary.BigEndian.PutUint64(plain[:8], uint64(id))
	s.ref.Encrypt(out[:], plain[:])
	return out[:]
}

// idOf decrypts a reference; ok is false for one Ref never made.
func (s *Signer) idOf(ref []byte) (int64, bool) {
	var plain [refLen]byte
	s.ref.Decrypt(plain[:], ref)
	id := int64(binary.BigEndian.Uint64(plain[:8]))
	return id, id > 0 && binary.BigEndian.Uint64(plain[8:]) == 0
}

// Sign returns a token for purpose p and subscriber id, valid for ttl (0:
// no expiry) and bound to binding (the subscriber's address; for Confirm,
// ConfirmBinding).
func (s *Signer) Sign(p Purpose, id int64, ttl time.Duration, binding string) string {
	var exp int64
	if ttl > 0 {
		exp = s.now().Add(ttl).Unix()
	}
	buf := make([]byte, tokenLen)
	buf[0], buf[1] = version, byte(p)
	copy(buf[2:2+refLen], s.refBytes(id))
	binary.BigEndian.PutUint64(buf[2+refLen:headLen], uint64(exp))
	copy(buf[headLen:], s.mac(buf[:headLen], binding))
	return base64.RawURLEncoding.EncodeToString(buf)
}

// ConfirmBinding is what a confirmation link is bound to: the address and
// the time its confirmation was requested, so that a newer request (after
// an unsubscribe, say) voids every older link.
func ConfirmBinding(email string, requestedAt time.Time) string {
	return email + "\x00" + strconv.FormatInt(requestedAt.UnixMicro(), 10)
}

// claims are the fields of a token, not yet verified.
type claims struct {
	id      int64
	expires int64 // unix seconds, 0 = never
	head    []byte
	mac     []byte
}

// parse decodes token and checks its form and purpose, but neither its MAC
// nor its expiry. It returns ErrInvalid.
func (s *Signer) parse(token string, p Purpose) (claims, error) {
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil || len(raw) < 2 || Purpose(raw[1]) != p {
		return claims{}, ErrInvalid
	}
	switch {
	case raw[0] == version && len(raw) == tokenLen:
		id, ok := s.idOf(raw[2 : 2+refLen])
		if !ok {
			return claims{}, ErrInvalid
		}
		return claims{id: id, expires: int64(binary.BigEndian.Uint64(raw[2+refLen : headLen])),
			head: raw[:headLen], mac: raw[headLen:]}, nil
	case raw[0] == 1 && len(raw) == v1Len && p != Confirm:
		c := claims{id: int64(binary.BigEndian.Uint64(raw[2:10])),
			expires: int64(binary.BigEndian.Uint64(raw[10:18])), head: raw[:v1HeadLen], mac: raw[v1HeadLen:]}
		if c.id <= 0 {
			return claims{}, ErrInvalid
		}
		return c, nil
	}
	return claims{}, ErrInvalid
}

// Open checks token for purpose p and returns its subscriber id, with bind
// looking up the binding of the id (the subscriber's address, or
// ConfirmBinding). It checks the form, then the MAC (in constant time),
// and only then the expiry, so that a forged token is ErrInvalid whatever
// expiry it claims; a genuine one past its expiry is ErrExpired. An error
// from bind (e.g. no such subscriber) is ErrInvalid after the same MAC
// work, so that unknown and forged ids look alike.
func (s *Signer) Open(token string, p Purpose, bind func(id int64) (string, error)) (int64, error) {
	c, err := s.parse(token, p)
	if err != nil {
		return 0, err
	}
	binding, berr := bind(c.id)
	if !hmac.Equal(c.mac, s.mac(c.head, binding)) || berr != nil {
		return 0, ErrInvalid
	}
	if c.expires != 0 && !s.now().Before(time.Unix(c.expires, 0)) {
		return 0, ErrExpired
	}
	return c.id, nil
}

func (s *Signer) mac(head []byte, binding string) []byte {
	h := hmac.New(sha256.New, s.key)
	h.Write([]byte(context_))
	h.Write(head)
	h.Write([]byte(binding))
	return h.Sum(nil)[:macLen]
}
