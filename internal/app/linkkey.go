package app

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"

	"bantin/internal/model"
	"bantin/internal/signing"
)

// errKeyUnset is the link key's error for a database whose links were
// signed with BANTIN_SECRET when it is no longer set.
var errKeyUnset = errors.New("BANTIN_SECRET is not set, but this database's links were signed with it: " +
	"set it again (another key would break the unsubscribe and confirmation links in emails already sent), " +
	"or delete meta key 'secret_check' to sign with the database's own key from now on")

// linkSigner returns the signer of links and, when no right key is at hand,
// the error that commands signing links (serve, digest send and preview,
// subscribers add --pending) report before they start: see
// mailParts.linksUsable; the others (listings, exports, fetch, migrate)
// run. The key is BANTIN_SECRET when set (at least 16 bytes), else the
// random key stored in the database (generated the first time). The
// database keeps a check of BANTIN_SECRET (signing.KeyCheck, not the key):
// without the variable the key error is errKeyUnset, and another
// BANTIN_SECRET warns, since either breaks the links already sent. A
// read-only database holding no key has a key error naming BANTIN_SECRET.
// The error returned last is fatal (a short BANTIN_SECRET, the database).
func (m *Main) linkSigner(ctx context.Context) (*signing.Signer, error, error) {
	if secret := m.Config.Secret; secret != "" {
		signer, err := signing.New([]byte(secret), nil)
		if err != nil {
			return nil, nil, fmt.Errorf("BANTIN_SECRET: %w", err)
		}
		check := signing.KeyCheck([]byte(secret))
		prev, err := m.Store.SwapKeyCheck(ctx, check)
		if err != nil && !errors.Is(err, model.ErrReadOnly) {
			return nil, nil, err
		}
		if prev != "" && prev != check {
			m.Log.Warn("BANTIN_SECRET is not the key this database's links were signed with: " +
				"unsubscribe and confirmation links in emails already sent no longer work")
		}
		return signer, nil, nil
	}
	prev, err := m.Store.SwapKeyCheck(ctx, "")
	if err != nil {
		return nil, nil, err
	}
	if prev != "" {
		return throwawaySigner(), errKeyUnset, nil
	}
	key, err := m.Store.Secret(ctx)
	if errors.Is(err, model.ErrReadOnly) {
		return throwawaySigner(), fmt.Errorf("the database holds no key for signed links and is read-only: "+
			"set BANTIN_SECRET to the key it was used with (%w)", err), nil
	}
	if err != nil {
		return nil, nil, err
	}
	signer, err := signing.New(key, nil)
	return signer, nil, err
}

// throwawaySigner signs with a random key kept nowhere: the signer of a
// process whose commands that sign links are refused (see linkSigner).
func throwawaySigner() *signing.Signer {
	signer, _ := signing.New([]byte(rand.Text()), nil) // 26 characters: long enough
	return signer
}

// linksUsable returns nil when links are signed with the database's key,
// else the error saying which setting to fix: a command that signs links
// calls it before it starts.
func (mp *mailParts) linksUsable() error { return mp.keyErr }
