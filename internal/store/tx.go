package store

import (
	"context"

	"github.com/uptrace/bun"
)

// runTx runs fn in a transaction of db and commits it when fn returns nil;
// any other return or a panic rolls it back. fn's error is returned as it
// is (fn maps its own driver errors with mapErr); a failure to begin or
// commit is mapped here, under op, like any driver error: model.ErrReadOnly,
// model.ErrUnavailable and the rest, never the driver's error alone.
func runTx(ctx context.Context, db *bun.DB, op string, fn func(ctx context.Context, tx bun.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(op+": begin", err)
	}
	committed := false
	defer func() {
		if !committed {
			_ = tx.Rollback()
		}
	}()
	if err := fn(ctx, tx); err != nil {
		return err
	}
	committed = true
	return mapErr(op+": commit", tx.Commit())
}
