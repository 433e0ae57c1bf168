package app

import (
	"context"
	"crypto/hmac"
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

// linkKey is the key links are signed with. Refused, when not nil, is the
// error that commands signing links (serve, digest send and preview,
// subscribers add --pending) report before they start, since no right key
// is at hand: see mailParts.linksUsable; signer then signs with a key kept
// nowhere, so that the others (listings, exports, fetch, migrate) run.
type linkKey struct {
	signer  *signing.Signer
	refused error
}

// refusedKey is the linkKey of a process whose commands that sign links
// are refused with err.
func refusedKey(err error) linkKey { return linkKey{signer: throwawaySigner(), refused: err} }

// linkKeyOf returns the key of links: BANTIN_SECRET when set (at least 16
// bytes), else the random key stored in the database (generated the first
// time). The database keeps a check of BANTIN_SECRET (signing.KeyCheck,
// not the key): without the variable the key is refused with errKeyUnset,
// and another BANTIN_SECRET warns, since either breaks the links already
// sent; so does a first BANTIN_SECRET on a database that signed with its
// own key. A read-only database holding no key refuses it with an error
// naming BANTIN_SECRET. The error is fatal: a short BANTIN_SECRET, or the
// database's.
func (m *Main) linkKeyOf(ctx context.Context) (linkKey, error) {
	if secret := m.Config.Secret; secret != "" {
		return m.operatorKey(ctx, []byte(secret))
	}
	prev, err := m.Store.SwapKeyCheck(ctx, "")
	if err != nil {
		return linkKey{}, err
	}
	if prev != "" {
		return refusedKey(errKeyUnset), nil
	}
	key, err := m.Store.Secret(ctx)
	if errors.Is(err, model.ErrReadOnly) {
		return refusedKey(fmt.Errorf("the database holds no key for signed links and is read-only: "+
			"set BANTIN_SECRET to the key it was used with (%w)", err)), nil
	}
	if err != nil {
		return linkKey{}, err
	}
	signer, err := signing.New(key, nil)
	return linkKey{signer: signer}, err
}

// operatorKey is linkKeyOf for BANTIN_SECRET set to secret: it stores the
// key's check (not on a read-only database) and warns when it replaces
// another one, or is the first on a database that holds another key of
// its own.
func (m *Main) operatorKey(ctx context.Context, secret []byte) (linkKey, error) {
	signer, err := signing.New(secret, nil)
	if err != nil {
		return linkKey{}, fmt.Errorf("BANTIN_SECRET: %w", err)
	}
	check := signing.KeyCheck(secret)
	prev, err := m.Store.SwapKeyCheck(ctx, check)
	if err != nil && !errors.Is(err, model.ErrReadOnly) {
		return linkKey{}, err
	}
	switch {
	case prev != "" && prev != check:
		m.Log.Warn("BANTIN_SECRET is not the key this database's links were signed with: " +
			"unsubscribe and confirmation links in emails already sent no longer work")
	case prev == "" && m.ownKeyDiffers(ctx, secret):
		m.Log.Warn("BANTIN_SECRET is not the key this database generated for signed links: " +
			"unsubscribe and confirmation links in emails sent with that key, if any, no longer work")
	}
	return linkKey{signer: signer}, nil
}

// ownKeyDiffers reports whether the database holds a key of its own (it
// ran without BANTIN_SECRET, and may have sent mail signed with that key)
// other than secret. A store error reads as false: it only decides a
// warning.
func (m *Main) ownKeyDiffers(ctx context.Context, secret []byte) bool {
	own, ok, err := m.Store.OwnSecret(ctx)
	return err == nil && ok && !hmac.Equal(own, secret)
}

// throwawaySigner signs with a random key kept nowhere: the signer of a
// process whose commands that sign links are refused (see linkKey).
func throwawaySigner() *signing.Signer {
	signer, _ := signing.New([]byte(rand.Text()), nil) // 26 characters: long enough
	return signer
}

// linksUsable returns nil when links are signed with the database's key,
// else the error saying which setting to fix: a command that signs links
// calls it before it starts.
func (mp *mailParts) linksUsable() error { return mp.keyErr }
