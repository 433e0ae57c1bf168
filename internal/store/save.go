package store

import (
	"context"
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
	Error        string // "" on success
	Failures     int
	FetchedAt    time.Time
	NextFetchAt  time.Time
	Retire       bool
}

// ArticleWrite is one new or changed article to store. ExistingID is 0 for a
// new article. ClusterID 0 on a new article starts a cluster of its own.
type ArticleWrite struct {
	Article    model.Article
	ExistingID int64
	Signature  []byte
	Bands      []uint64
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
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		res = SaveResult{IDs: make([]int64, 0, len(writes))}
		if err := s.saveOutcome(ctx, tx, out); err != nil {
			return err
		}
		for i := range writes {
			writes[i].Article.SourceID = out.SourceID
			id, err := s.writeArticle(ctx, tx, &writes[i])
			if err != nil {
				return err
			}
			res.IDs = append(res.IDs, id)
			if writes[i].ExistingID == 0 {
				res.New++
			} else {
				res.Updated++
			}
		}
		if err := s.writeTags(ctx, tx, writes, res.IDs); err != nil {
			return err
		}
		if len(writes) > 0 {
			return bumpVersion(ctx, tx)
		}
		return nil
	})
	if err != nil {
		return SaveResult{}, err
	}
	return res, nil
}

func (s *Store) saveOutcome(ctx context.Context, tx bun.Tx, o FetchOutcome) error {
	q := tx.NewUpdate().Model((*sourceRow)(nil)).
		Set("etag = ?", o.ETag).Set("last_modified = ?", o.LastModified).
		Set("last_status = ?", o.Status).Set("last_error = ?", o.Error).
		Set("consecutive_failures = ?", o.Failures).Set("last_fetched_at = ?", micros(o.FetchedAt)).
		Set("next_fetch_at = ?", micros(o.NextFetchAt)).
		Set("lease_owner = ''").Set("lease_until = 0").
		Where("id = ?", o.SourceID).Where("lease_owner = ?", o.Owner)
	if o.MovedTo != "" {
		q = q.Set("url = ?", o.MovedTo)
	}
	if o.Retire {
		q = q.Set("retired_at = ?", micros(o.FetchedAt))
	}
	r, err := q.Exec(ctx)
	if err != nil {
		return mapErr(fmt.Sprintf("store: save fetch of source %d", o.SourceID), err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return fmt.Errorf("store: source %d: %w", o.SourceID, model.ErrLeaseLost)
	}
	return nil
}

// writeArticle inserts or updates one article and its search entry and
// returns its id.
func (s *Store) writeArticle(ctx context.Context, tx bun.Tx, w *ArticleWrite) (int64, error) {
	row := articleRowOf(&w.Article, w.Signature)
	title, summary := searchText(&w.Article)
	if w.ExistingID == 0 {
		q := tx.NewInsert().Model(row).ExcludeColumn("id").Returning("id")
		if s.engine == Postgres {
			q = q.Value("search_text", "?", title+" "+summary)
		}
		if _, err := q.Exec(ctx, &row.ID); err != nil {
			return 0, mapErr("store: insert article "+row.Key, err)
		}
		if row.ClusterID == 0 {
			row.ClusterID = row.ID
			if _, err := tx.ExecContext(ctx, "UPDATE articles SET cluster_id = id WHERE id = ?", row.ID); err != nil {
				return 0, mapErr("store: cluster article", err)
			}
		}
	} else {
		row.ID = w.ExistingID
		q := tx.NewUpdate().Model(row).WherePK().
			ExcludeColumn("id", "source_id", "key", "published_at", "cluster_id", "signature")
		if s.engine == Postgres {
			q = q.Set("search_text = ?", title+" "+summary)
		}
		if _, err := q.Exec(ctx); err != nil {
			return 0, mapErr("store: update article "+row.Key, err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM article_topics WHERE article_id = ?", row.ID); err != nil {
			return 0, mapErr("store: retag article", err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM article_provinces WHERE article_id = ?", row.ID); err != nil {
			return 0, mapErr("store: retag article", err)
		}
	}
	w.Article.ID = row.ID
	if s.engine == SQLite {
		if err := indexFTS(ctx, tx, row.ID, title, summary, w.ExistingID != 0); err != nil {
			return 0, err
		}
	}
	return row.ID, nil
}

func indexFTS(ctx context.Context, tx bun.Tx, id int64, title, summary string, replace bool) error {
	if replace {
		if _, err := tx.ExecContext(ctx, "DELETE FROM articles_fts WHERE rowid = ?", id); err != nil {
			return mapErr("store: reindex article", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO articles_fts (rowid, title, summary) VALUES (?, ?, ?)",
		id, title, summary); err != nil {
		return mapErr("store: index article", err)
	}
	return nil
}
