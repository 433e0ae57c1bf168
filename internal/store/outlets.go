package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"github.com/uptrace/bun"
)

// outletBatch is how many articles one backfill transaction reads.
const outletBatch = 1000

// outletsDone is the meta value of a finished outlet backfill.
const outletsDone = "done"

// BackfillOutlets gives the articles stored before outlets were kept their
// outlet, outlet(url) (see model.Article.Outlet), once per database. It
// walks the articles table in id order, outletBatch rows per transaction,
// and records its progress in meta in the same transaction, so an
// interrupted run resumes where it stopped and a finished one costs one
// query. Articles that already have an outlet, or whose link names none,
// are left as they are. It returns how many articles it updated; on error
// also how many the batches committed before it updated.
func (s *Store) BackfillOutlets(ctx context.Context, outlet func(url string) string) (int, error) {
	var cursor string
	err := s.db.NewRaw("SELECT value FROM meta WHERE key = 'outlets'").Scan(ctx, &cursor)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, mapErr("store: backfill outlets", err)
	}
	if cursor == outletsDone {
		return 0, nil
	}
	after, _ := strconv.ParseInt(cursor, 10, 64)
	total := 0
	for {
		n, last, err := s.backfillOutletBatch(ctx, after, outlet)
		total += n
		if err != nil || last == 0 {
			return total, err
		}
		after = last
	}
}

// backfillOutletBatch sets the outlets of the next outletBatch articles
// after id after and records its progress. It returns how many it updated
// and the last id it read, 0 when there was none left (the backfill is then
// recorded as done).
func (s *Store) backfillOutletBatch(ctx context.Context, after int64, outlet func(string) string) (int, int64, error) {
	var n int
	var last int64
	err := runTx(ctx, s.wdb, "store: backfill outlets", func(ctx context.Context, tx bun.Tx) error {
		var rows []struct {
			ID     int64  `bun:"id"`
			URL    string `bun:"url"`
			Outlet string `bun:"outlet"`
		}
		if err := tx.NewRaw("SELECT id, url, outlet FROM articles WHERE id > ? ORDER BY id LIMIT ?",
			after, outletBatch).Scan(ctx, &rows); err != nil {
			return err
		}
		progress := outletsDone
		if len(rows) > 0 {
			last = rows[len(rows)-1].ID
			progress = strconv.FormatInt(last, 10)
		}
		byOutlet := map[string][]int64{} // a batch holds few outlets: one statement each
		for _, r := range rows {
			if o := outlet(r.URL); r.Outlet == "" && o != "" {
				byOutlet[o] = append(byOutlet[o], r.ID)
				n++
			}
		}
		for o, ids := range byOutlet {
			if _, err := tx.NewRaw("UPDATE articles SET outlet = ? WHERE id IN (?)", o, bun.List(ids)).Exec(ctx); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('outlets', ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, progress)
		return err
	})
	if err != nil {
		return 0, 0, mapErr("store: backfill outlets", err)
	}
	return n, last, nil
}
