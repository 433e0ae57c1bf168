package app

import (
	"context"
	"errors"
	"fmt"

	"bantin/internal/model"
	"bantin/internal/signing"
)

// errKeyUnset is the link signer's error for a database whose links were
// signed with BANTIN_SECRET when it is no longer set.
var errKeyUnset = errors.New("BANTIN_SECRET is not set, but this database's links were signed with it: " +
	"set it again (another key would break the unsubscribe and confirmation links in emails already sent), " +
	"or delete meta key 'secret_check' to sign with the database's own key from now on")

// linkSigner returns the signer of links. Its key is BANTIN_SECRET when set
// (at least 16 bytes), else the random key stored in the database
// (generated the first time). The database keeps a check of BANTIN_SECRET
// (signing.KeyCheck, not the key): a later start without it fails with
// errKeyUnset, and one with another BANTIN_SECRET warns, since either would
// break the links already sent. A read-only database holding no key fails
// naming BANTIN_SECRET.
func (m *Main) linkSigner(ctx context.Context) (*signing.Signer, error) {
	if secret := m.Config.Secret; secret != "" {
		signer, err := signing.New([]byte(secret), nil)
		if err != nil {
			return nil, fmt.Errorf("BANTIN_SECRET: %w", err)
		}
		check := signing.KeyCheck([]byte(secret))
		prev, err := m.Store.SwapKeyCheck(ctx, check)
		if err != nil && !errors.Is(err, model.ErrReadOnly) {
			return nil, err
		}
		if prev != "" && prev != check {
			m.Log.Warn("BANTIN_SECRET is not the key this database's links were signed with: " +
				"unsubscribe and confirmation links in emails already sent no longer work")
		}
		return signer, nil
	}
	prev, err := m.Store.SwapKeyCheck(ctx, "")
	if err != nil {
		return nil, err
	}
	if prev != "" {
		return nil, errKeyUnset
	}
	key, err := m.Store.Secret(ctx)
	if errors.Is(err, model.ErrReadOnly) {
		return nil, fmt.Errorf("the database holds no key for signed links and is read-only: "+
			"set BANTIN_SECRET to the key it was used with (%w)", err)
	}
	if err != nil {
		return nil, err
	}
	return signing.New(key, nil)
}
