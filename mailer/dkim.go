package mailer

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"

	"github.com/emersion/go-msgauth/dkim"
)

// ErrDKIM is wrapped by every DKIM key or signing error.
var ErrDKIM = errors.New("mailer: dkim")

// DKIMOptions signs messages with a DKIM-Signature (relaxed/relaxed,
// SHA-256) over From, To, Subject, Date, Message-ID, List-Id,
// List-Unsubscribe, List-Unsubscribe-Post, MIME-Version and Content-Type.
type DKIMOptions struct {
	Domain   string        // d=, e.g. "example.org"
	Selector string        // s=, e.g. "bantin"; the key is at bantin._domainkey.example.org
	Signer   crypto.Signer // *rsa.PrivateKey or ed25519.PrivateKey; see ParseDKIMKey
}

// dkimHeaders are the signed header fields. Absent ones (List-* on a
// confirmation) are signed as absent, so they cannot be added in transit.
var dkimHeaders = []string{"From", "To", "Subject", "Date", "Message-ID", "List-Id",
	"List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"}

// ParseDKIMKey reads an RSA or Ed25519 private key from PEM ("RSA PRIVATE
// KEY" PKCS #1 or "PRIVATE KEY" PKCS #8). It returns an error wrapping ErrDKIM
// when there is no PEM block, the key does not parse, or its type is
// unsupported.
func ParseDKIMKey(pemData []byte) (crypto.Signer, error) {
	block, _ := pem.Decode(pemData)
	if block == nil {
		return nil, fmt.Errorf("%w: no PEM block in key", ErrDKIM)
	}
	switch block.Type {
	case "RSA PRIVATE KEY":
		k, err := x509.ParsePKCS1PrivateKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDKIM, err)
		}
		return k, nil
	case "PRIVATE KEY":
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrDKIM, err)
		}
		switch k := k.(type) {
		case *rsa.PrivateKey:
			return k, nil
		case ed25519.PrivateKey:
			return k, nil
		}
		return nil, fmt.Errorf("%w: unsupported key type %T", ErrDKIM, k)
	}
	return nil, fmt.Errorf("%w: unsupported PEM block %q", ErrDKIM, block.Type)
}

// check returns an error wrapping ErrDKIM when o is set but incomplete.
func (o *DKIMOptions) check() error {
	if o == nil {
		return nil
	}
	if o.Domain == "" || o.Selector == "" || o.Signer == nil {
		return fmt.Errorf("%w: Domain, Selector and Signer are required", ErrDKIM)
	}
	switch o.Signer.Public().(type) {
	case *rsa.PublicKey, ed25519.PublicKey:
		return nil
	}
	return fmt.Errorf("%w: unsupported key type %T", ErrDKIM, o.Signer.Public())
}

// sign returns raw with a DKIM-Signature header prepended. It returns an
// error wrapping ErrDKIM when signing fails.
func (o *DKIMOptions) sign(raw []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(raw) + 1024)
	err := dkim.Sign(&out, bytes.NewReader(raw), &dkim.SignOptions{
		Domain: o.Domain, Selector: o.Selector, Signer: o.Signer, Hash: crypto.SHA256,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             dkimHeaders,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: sign: %w", ErrDKIM, err)
	}
	return out.Bytes(), nil
}
