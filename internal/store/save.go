package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// FetchOutcome is the bookkeeping of one fetch of a source.
type FetchOutcome struct {
	SourceID     int64
	Owner        string // lease owner; the save fails with ErrLeaseLost if it changed
	MovedTo      string // new URL after a permanent redirect, or ""
	ETag         string
	LastModified string
	Status       int
	Error        string               // "" on success
	ErrorKind    model.FetchErrorKind // Error's kind (KindNone: KindUnknown)
	ErrorFeeds   []string             // a web page's feeds, for KindWebPage
	Failures     int
	FetchedAt    time.Time
	NextFetchAt  time.Time
	Retire       bool
	// Title is the upstream channel's title as plain text ("" when unknown):
	// it becomes the source's name while the operator has set none.
	Title string
	// RawHashes are new raw hashes (model.Article.RawHash) of stored
	// articles, by id, whose upstream item changed without changing what
	// bantin stores of it: only the hash is rewritten.
	RawHashes map[int64]string
}

// ArticleWrite is one new or changed article to store. ExistingID is 0 for a
// new article. ClusterID 0 on a new article starts a cluster of its own.
// Signature is the story signature of a new article (see classify). Rekey
// (with ExistingID) stores the changed article under Article.Key instead of
// its stored key: the upstream article moved to a new link.
type ArticleWrite struct {
	Article    model.Article
	ExistingID int64
	Signature  []byte
	Rekey      bool
}

// SaveResult counts what SaveFetch wrote; IDs holds the article id of each
// write, in order.
type SaveResult struct {
	New, Updated int
	IDs          []int64
}

// SaveFetch stores the outcome of one fetch and its new and changed articles
// in one transaction, releases the source's lease, and bumps the content
// version when any article was written. It returns model.ErrLeaseLost (and
// writes nothing) when owner no longer holds the source's lease, and
// model.ErrConflict when the new URL of a moved source belongs to another
// source.
func (s *Store) SaveFetch(ctx context.Context, out FetchOutcome, writes []ArticleWrite) (SaveResult, error) {
	var res SaveResult
	err := runTx(ctx, s.wdb, "store: save fetch", func(ctx context.Context, tx bun.Tx) error {
		res = SaveResult{IDs: make([]int64, 0, len(writes))}
		url, err := s.saveOutcome(ctx, tx, out)
		if err != nil {
			return err
		}
		named, err := nameSource(ctx, tx, out)
		if err != nil {
			return err
		}
		giveItemIDs(url, writes)
		ids, err := s.writeArticles(ctx, tx, out.SourceID, writes)
		if err != nil {
			return err
		}
		res.IDs = ids
		for _, w := range writes {
			if w.ExistingID == 0 {
				res.New++
			} else {
				res.Updated++
			}
		}
		if err := s.writeTags(ctx, tx, writes, res.IDs); err != nil {
			return err
		}
		if err := setRawHashes(ctx, tx, out.RawHashes); err != nil {
			return err
		}
		if len(writes) > 0 || named {
			return bumpVersion(ctx, tx)
		}
		return nil
	})
	if err != nil {
		return SaveResult{}, err
	}
	return res, nil
}

// setRawHashes rewrites the raw hash of the articles in hashes (id →
// hash).
func setRawHashes(ctx context.Context, tx bun.Tx, hashes map[int64]string) error {
	for id, h := range hashes {
		if _, err := tx.NewUpdate().Model((*articleRow)(nil)).Set("raw_hash = ?", h).Where("id = ?", id).Exec(ctx); err != nil {
			return mapErr(fmt.Sprintf("store: raw hash of article %d", id), err)
		}
	}
	return nil
}

// saveOutcome writes o's bookkeeping on its source, releasing the lease, and
// returns the source's URL (after a move, the new one; the old one is
// kept, see MovedSource), or
// model.ErrLeaseLost when o.Owner no longer holds the lease.
func (s *Store) saveOutcome(ctx context.Context, tx bun.Tx, o FetchOutcome) (string, error) {
	q := tx.NewUpdate().Model((*sourceRow)(nil)).
		Set("etag = ?", o.ETag).Set("last_modified = ?", o.LastModified).
		Set("last_status = ?", o.Status).Set("last_error = ?", o.Error).
		Set("last_error_detail = ?", encodeErrorDetail(o.Error, o.ErrorKind, o.ErrorFeeds)).
		Set("consecutive_failures = ?", o.Failures).Set("last_fetched_at = ?", micros(o.FetchedAt)).
		Set("next_fetch_at = ?", micros(o.NextFetchAt)).
		Set("lease_owner = ''").Set("lease_until = 0").
		Where("id = ?", o.SourceID).Where("lease_owner = ?", o.Owner)
	if o.MovedTo != "" {
		if err := recordMove(ctx, tx, o); err != nil {
			return "", err
		}
		q = q.Set("url = ?", o.MovedTo)
	}
	if o.Retire {
		q = q.Set("retired_at = ?", micros(o.FetchedAt))
	}
	var url string
	err := q.Returning("url").Scan(ctx, &url)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("store: source %d: %w", o.SourceID, model.ErrLeaseLost)
	}
	if err != nil {
		return "", mapErr(fmt.Sprintf("store: save fetch of source %d", o.SourceID), err)
	}
	return url, nil
}

// nameSource gives the source o.Title as its name when it has none (added
// without --name), and reports whether it did: feeds, pages and digests
// credit its articles to that name.
func nameSource(ctx context.Context, tx bun.Tx, o FetchOutcome) (bool, error) {
	if o.Title == "" {
		return false, nil
	}
	r, err := tx.NewUpdate().Model((*sourceRow)(nil)).Set("name = ?", o.Title).
		Where("id = ?", o.SourceID).Where("name = ''").Exec(ctx)
	if err != nil {
		return false, mapErr(fmt.Sprintf("store: name source %d", o.SourceID), err)
	}
	n, _ := r.RowsAffected()
	return n > 0, nil
}

// giveItemIDs sets the published id (model.ItemID of the source's URL and
// the key) of each new article in writes that has none.
func giveItemIDs(url string, writes []ArticleWrite) {
	for i := range writes {
		if a := &writes[i].Article; writes[i].ExistingID == 0 && a.ItemID == "" {
			a.ItemID = model.ItemID(url, a.Key)
		}
	}
}
