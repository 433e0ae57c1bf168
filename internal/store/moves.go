package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// MovedError is AddSource's error for a URL a source had before a
// permanent redirect moved it: adding it again would make a second source
// that redirects onto the first. It wraps model.ErrConflict.
type MovedError struct {
	URL string       // the URL given, an old URL of To
	To  model.Source // the source that moved away from URL
}

// Error names the URL given, the source it moved to and that source's id.
func (e *MovedError) Error() string {
	return fmt.Sprintf("%s moved permanently to %s, the URL of source %d", e.URL, e.To.URL, e.To.ID)
}

// Unwrap makes a MovedError match model.ErrConflict.
func (e *MovedError) Unwrap() error { return model.ErrConflict }

// MovedSource returns the source that was at url before a permanent
// redirect moved it (the latest, when several were), or model.ErrNotFound.
func (s *Store) MovedSource(ctx context.Context, url string) (model.Source, error) {
	return movedSource(ctx, s.db, url)
}

// movedSource is MovedSource on db, a database or a transaction.
func movedSource(ctx context.Context, db bun.IDB, url string) (model.Source, error) {
	var row sourceRow
	err := db.NewSelect().Model(&row).
		Where("id = (SELECT source_id FROM source_moves WHERE url = ?)", url).Scan(ctx)
	if err != nil {
		return model.Source{}, mapErr("store: source moved from "+url, err)
	}
	return row.model(), nil
}

// recordMove keeps the URL source o.SourceID has before it moves to
// o.MovedTo (while o.Owner holds its lease) as one of its old URLs, and
// forgets o.MovedTo as an old URL of any source: it is a current one again.
func recordMove(ctx context.Context, tx bun.Tx, o FetchOutcome) error {
	return keepOldURL(ctx, tx, o.SourceID, o.MovedTo, o.FetchedAt, "lease_owner = ?", o.Owner)
}

// keepOldURL is recordMove for source id moving to `to` at `at`, its old
// URL kept only while the source also matches cond (a fixed SQL condition
// with its args): the lease of a fetch's save, or none for `sources edit`.
func keepOldURL(ctx context.Context, tx bun.Tx, id int64, to string, at time.Time, cond string, args ...any) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM source_moves WHERE url = ?", to); err != nil {
		return mapErr(fmt.Sprintf("store: move of source %d", id), err)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO source_moves (url, source_id, moved_at)
		SELECT url, id, ? FROM sources WHERE id = ? AND url <> ? AND `+cond+`
		ON CONFLICT (url) DO UPDATE SET source_id = excluded.source_id, moved_at = excluded.moved_at`,
		append([]any{micros(at), id, to}, args...)...)
	return mapErr(fmt.Sprintf("store: old URL of source %d", id), err)
}
