package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// SourceEdit is what an operator may change of a source once added (`bantin
// sources edit`): each field that is not nil replaces the stored one. An
// empty Name lets the next fetch name the source from its feed's title
// again (it also drops the source's ETag and Last-Modified: a 304 carries
// no title). URL moves the source to a new feed URL as a permanent redirect
// does (see EditSource); MovedAt is when (the source is due then).
type SourceEdit struct {
	Name          *string
	DefaultTopics *[]string
	HomeProvince  *string
	URL           *string
	MovedAt       time.Time
}

// EditSource applies edit to the source with id in one transaction, bumps
// the content version (feeds and pages name the source) and returns the
// source as it was and as it is now. It returns model.ErrNotFound when
// there is no such source, and model.ErrConflict when edit.URL is another
// source's URL. The articles already stored keep their tags: a new topic
// or home province applies to what is fetched next and to what `bantin
// reclassify` re-tags.
//
// A new URL is taken as a fetch's permanent redirect takes it (SaveFetch):
// the id, articles and item ids stay, the old URL is kept as one of the
// source's old URLs (MovedSource) and the new one stops being an old URL
// of any source. The fetch state starts over as for a new source (no
// validators, failures, last fetch or error, not retired, due at
// edit.MovedAt), and a fetch in flight loses its lease (its save writes
// nothing): what it read came from the old URL.
func (s *Store) EditSource(ctx context.Context, id int64, edit SourceEdit) (before, after model.Source, err error) {
	err = runTx(ctx, s.wdb, "store: edit source", func(ctx context.Context, tx bun.Tx) error {
		var rows []sourceRow
		if err := tx.NewSelect().Model(&rows).Where("id = ?", id).Scan(ctx); err != nil {
			return mapErr("store: edit source", err)
		}
		if len(rows) == 0 {
			return fmt.Errorf("store: edit source %d: %w", id, model.ErrNotFound)
		}
		before, after = rows[0].model(), rows[0].model()
		q, changed := editQuery(tx.NewUpdate().Model((*sourceRow)(nil)).Where("id = ?", id), edit, before.URL)
		if !changed {
			return nil
		}
		if edit.URL != nil && *edit.URL != before.URL {
			if err := keepOldURL(ctx, tx, id, *edit.URL, edit.MovedAt, "1 = 1"); err != nil {
				return err
			}
		}
		if _, err := q.Returning("*").Exec(ctx, &rows); err != nil {
			return mapErr(fmt.Sprintf("store: edit source %d", id), err)
		}
		after = rows[0].model()
		return bumpVersion(ctx, tx)
	})
	return before, after, err
}

// editQuery adds to q the columns edit sets, and reports whether it sets
// any (a URL equal to url, the stored one, sets none).
func editQuery(q *bun.UpdateQuery, edit SourceEdit, url string) (*bun.UpdateQuery, bool) {
	changed := false
	set := func(col string, v any) {
		q, changed = q.Set(col+" = ?", v), true
	}
	if edit.Name != nil {
		set("name", *edit.Name)
		if *edit.Name == "" {
			// The title comes only with a whole feed: the next fetch
			// asks without validators, not to be told 304.
			set("etag", "")
			set("last_modified", "")
		}
	}
	if edit.DefaultTopics != nil {
		set("default_topics", joinList(*edit.DefaultTopics))
	}
	if edit.HomeProvince != nil {
		set("home_province", *edit.HomeProvince)
	}
	if edit.URL != nil && *edit.URL != url {
		set("url", *edit.URL)
		for _, col := range []string{"etag", "last_modified", "last_error", "last_error_detail", "lease_owner"} {
			set(col, "")
		}
		for _, col := range []string{"last_status", "consecutive_failures", "last_fetched_at", "retired_at", "lease_until"} {
			set(col, 0)
		}
		set("next_fetch_at", micros(edit.MovedAt))
	}
	return q, changed
}
