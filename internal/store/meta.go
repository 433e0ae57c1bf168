package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"

	"github.com/uptrace/bun"
)

// bumpVersion increments the content version inside tx; cached feed bodies
// rendered under an older version are stale.
func bumpVersion(ctx context.Context, tx bun.Tx) error {
	_, err := tx.ExecContext(ctx,
		"UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'content_version'")
	return mapErr("store: bump content version", err)
}

// ContentVersion returns the current content version: a number that grows
// whenever stored articles change, shared by every replica. Before the
// schema is migrated it returns an error wrapping model.ErrNotFound.
func (s *Store) ContentVersion(ctx context.Context) (int64, error) {
	var v string
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'content_version'").Scan(&v); err != nil {
		return 0, mapErr("store: content version", err)
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, mapErr("store: content version", err)
	}
	return n, nil
}

// Secret returns the key for signed links, generating and storing a random
// 32-byte key the first time so that every replica and restart shares it.
// A stored key is read on a read-only database too; one to generate there
// is an error wrapping model.ErrReadOnly. A stored value that is not hex
// is an error saying so.
func (s *Store) Secret(ctx context.Context) ([]byte, error) {
	if v, ok, err := s.metaValue(ctx, "secret"); err != nil || ok {
		if err != nil {
			return nil, err
		}
		return decodeSecret(v) // stored: a read-only database is enough
	}
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return nil, fmt.Errorf("store: generate secret: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ('secret', ?) ON CONFLICT (key) DO NOTHING",
		hex.EncodeToString(buf)); err != nil {
		return nil, mapErr("store: store secret", err)
	}
	var v string
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'secret'").Scan(&v); err != nil {
		return nil, mapErr("store: read secret", err)
	}
	return decodeSecret(v)
}

// OwnSecret returns the key Secret generated and stored, and false when
// the database holds none (it never ran without BANTIN_SECRET); it never
// generates one. An error is the store's, wrapped, or one saying the stored
// value is not hex.
func (s *Store) OwnSecret(ctx context.Context) ([]byte, bool, error) {
	v, ok, err := s.metaValue(ctx, "secret")
	if err != nil || !ok {
		return nil, false, err
	}
	key, err := decodeSecret(v)
	return key, err == nil, err
}

// SwapKeyCheck stores check (signing.KeyCheck of the operator's key,
// BANTIN_SECRET) under meta key 'secret_check' and returns the value it
// replaces ("" when none). An empty check, or the one already stored, only
// reads. On a read-only database a new check is not stored: it returns the
// stored one with an error wrapping model.ErrReadOnly.
func (s *Store) SwapKeyCheck(ctx context.Context, check string) (string, error) {
	prev, _, err := s.metaValue(ctx, "secret_check")
	if err != nil || check == "" || check == prev {
		return prev, err
	}
	_, err = s.wdb.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('secret_check', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, check)
	return prev, mapErr("store: store the check of BANTIN_SECRET", err)
}

// decodeSecret returns the stored secret's bytes, or an error saying the
// stored value is not hex.
func decodeSecret(v string) ([]byte, error) {
	b, err := hex.DecodeString(v)
	if err != nil {
		return nil, fmt.Errorf("store: the stored secret is not hex (edit or delete meta key 'secret'): %w", err)
	}
	return b, nil
}

// SetOnce stores value under key unless the key exists, and reports whether
// this call stored it (true exactly once per key and database; false with
// any error).
func (s *Store) SetOnce(ctx context.Context, key, value string) (bool, error) {
	res, err := s.db.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", key, value)
	if err != nil {
		return false, mapErr("store: set "+key, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// FreezeLegacyItemIDs gives every article stored before item ids were
// derived (an empty item_id, see model.Article.ItemID) the id its feeds have
// published, prefix followed by its row id, once per database: the first
// call records prefix in meta and updates those articles in the same
// transaction; later calls (other replicas, restarts under another public
// host) change nothing. It returns how many articles it updated; on error
// 0, with neither the prefix nor an article's id written.
func (s *Store) FreezeLegacyItemIDs(ctx context.Context, prefix string) (int64, error) {
	if _, done, err := s.metaValue(ctx, "legacy_item_ids"); err != nil || done {
		return 0, err // done before: nothing is written (the database may be read-only)
	}
	var n int64
	err := runTx(ctx, s.wdb, "store: freeze item ids", func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.ExecContext(ctx,
			"INSERT INTO meta (key, value) VALUES ('legacy_item_ids', ?) ON CONFLICT (key) DO NOTHING", prefix)
		if err != nil {
			return mapErr("store: freeze item ids", err)
		}
		if first, _ := res.RowsAffected(); first == 0 {
			return nil
		}
		res, err = tx.ExecContext(ctx, "UPDATE articles SET item_id = ? || CAST(id AS TEXT) WHERE item_id = ''", prefix)
		if err != nil {
			return mapErr("store: freeze item ids", err)
		}
		n, _ = res.RowsAffected()
		return nil
	})
	return n, err
}

// metaValue returns the value stored under key in meta and whether there
// is one, reading only.
func (s *Store) metaValue(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, mapErr("store: read "+key, err)
	}
	return v, true, nil
}

// CheckWritable returns nil when the database accepts writes, else the
// error of a write that changes nothing (model.ErrReadOnly for a read-only
// database): a long-running or sending command checks it before it starts.
func (s *Store) CheckWritable(ctx context.Context) error {
	_, err := s.wdb.ExecContext(ctx, "UPDATE meta SET value = value WHERE key = 'content_version'")
	return mapErr("store: write check", err)
}
