package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
)

// SourceByURL returns the source whose feed URL is url — as stored, or
// spelt otherwise for the same feed (urlpolicy.SameFeed: a source added
// before that spelling was normalised, "http://h/./feed" or
// "http://[0:0:0:0:0:0:0:1]/feed") — or model.ErrNotFound.
func (s *Store) SourceByURL(ctx context.Context, url string) (model.Source, error) {
	return sameFeedSource(ctx, s.db, url)
}

// sameFeedSource is SourceByURL on db, a database or a transaction: the
// exact URL by its index, else a comparison of every source's URL in
// urlpolicy.FeedURL's spelling (sources are hundreds, and this is read
// when one is added, edited or named, or a feed moved).
func sameFeedSource(ctx context.Context, db bun.IDB, url string) (model.Source, error) {
	var row sourceRow
	err := db.NewSelect().Model(&row).Where("url = ?", url).Scan(ctx)
	if err == nil {
		return row.model(), nil
	}
	if err = mapErr("store: source "+url, err); !errors.Is(err, model.ErrNotFound) {
		return model.Source{}, err
	}
	o, ferr := spelledSource(ctx, db, url, 0)
	if ferr != nil {
		return model.Source{}, ferr
	}
	if o.ID == 0 {
		return model.Source{}, err
	}
	return o, nil
}

// sameFeedElsewhere returns a model.ErrConflict when a source other than
// id has url spelt otherwise (AddSource's check after its insert, which
// the URL's unique index does not make).
func sameFeedElsewhere(ctx context.Context, db bun.IDB, url string, id int64) error {
	o, err := spelledSource(ctx, db, url, id)
	if err != nil || o.ID == 0 {
		return err
	}
	return fmt.Errorf("store: add source %s: source %d's URL %s is the same feed: %w", url, o.ID, o.URL, model.ErrConflict)
}

// spelledSource returns the first source but the one with id except whose
// URL is url's feed (urlpolicy.SameFeed), or a zero Source.
func spelledSource(ctx context.Context, db bun.IDB, url string, except int64) (model.Source, error) {
	var rows []struct {
		ID  int64  `bun:"id"`
		URL string `bun:"url"`
	}
	if err := db.NewSelect().Table("sources").Column("id", "url").Where("id <> ?", except).Order("id").Scan(ctx, &rows); err != nil {
		return model.Source{}, mapErr("store: sources like "+url, err)
	}
	for _, r := range rows {
		if urlpolicy.SameFeed(r.URL, url) {
			var row sourceRow
			if err := db.NewSelect().Model(&row).Where("id = ?", r.ID).Scan(ctx); err != nil {
				return model.Source{}, mapErr("store: source "+r.URL, err)
			}
			return row.model(), nil
		}
	}
	return model.Source{}, nil
}

// ReviveSource makes the retired source with url (or one spelt otherwise,
// as SourceByURL finds it) active again and due at now, its failures
// forgotten, keeping its id, URL and articles. It returns the source and
// whether it was retired (false: no such retired source).
func (s *Store) ReviveSource(ctx context.Context, url string, now time.Time) (model.Source, bool, error) {
	var rows []sourceRow
	err := runTx(ctx, s.wdb, "store: revive source", func(ctx context.Context, tx bun.Tx) error {
		old, err := sameFeedSource(ctx, tx, url)
		if errors.Is(err, model.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		return tx.NewRaw(`UPDATE sources SET retired_at = 0, next_fetch_at = ?, consecutive_failures = 0, last_error = '',
			last_error_detail = ''
			WHERE id = ? AND retired_at <> 0 RETURNING *`, micros(now), old.ID).Scan(ctx, &rows)
	})
	if err != nil {
		return model.Source{}, false, mapErr("store: revive source "+url, err)
	}
	if len(rows) == 0 {
		return model.Source{}, false, nil
	}
	return rows[0].model(), true, nil
}
