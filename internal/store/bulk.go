package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// BulkInsertArticles stores many new articles of one source, with their
// topic and province tags and search entries, using multi-row inserts in one
// transaction, and bumps the content version. It is meant for seeding
// benchmarks and imports: it does no de-duplication, clustering (each
// article is its own cluster) or lease checks, and fails with
// model.ErrConflict on a key already stored. Articles get consecutive ids
// after the current largest.
func (s *Store) BulkInsertArticles(ctx context.Context, sourceID int64, arts []model.Article) error {
	if len(arts) == 0 {
		return nil
	}
	return runTx(ctx, s.wdb, "store: bulk insert", func(ctx context.Context, tx bun.Tx) error {
		last, err := maxArticleID(ctx, tx)
		if err != nil {
			return err
		}
		next := last + 1
		rows := make([]articleRow, len(arts))
		writes := make([]ArticleWrite, len(arts))
		for i := range arts {
			writes[i] = ArticleWrite{Article: arts[i]}
		}
		var url string
		if err := tx.QueryRowContext(ctx, "SELECT url FROM sources WHERE id = ?", sourceID).Scan(&url); err != nil {
			return mapErr(fmt.Sprintf("store: source %d", sourceID), err)
		}
		giveItemIDs(url, writes)
		ids := make([]int64, len(arts))
		for i := range arts {
			a := &arts[i]
			a.ItemID = writes[i].Article.ItemID
			a.SourceID, a.ID, a.ClusterID = sourceID, next+int64(i), next+int64(i)
			rows[i], ids[i], writes[i] = *articleRowOf(a, nil), a.ID, ArticleWrite{Article: *a}
		}
		if err := s.bulkArticles(ctx, tx, rows, writes); err != nil {
			return err
		}
		if err := s.writeTags(ctx, tx, writes, ids); err != nil {
			return err
		}
		if s.engine == Postgres {
			if _, err := tx.ExecContext(ctx,
				"SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT MAX(id) FROM articles))"); err != nil {
				return mapErr("store: bulk sequence", err)
			}
		}
		return bumpVersion(ctx, tx)
	})
}

// bulkArticles inserts the article rows and their search text: the search
// column on PostgreSQL, the FTS5 table on SQLite.
func (s *Store) bulkArticles(ctx context.Context, tx bun.Tx, rows []articleRow, writes []ArticleWrite) error {
	ptrs := make([]*articleRow, len(rows))
	ids := make([]int64, len(rows))
	for i := range rows {
		if s.engine == Postgres {
			rows[i].SearchText = searchText(&writes[i].Article)
		}
		ptrs[i], ids[i] = &rows[i], rows[i].ID
	}
	if err := s.insertArticles(ctx, tx, ptrs); err != nil {
		return fmt.Errorf("store: bulk insert %d articles: %w", len(rows), err)
	}
	if s.engine == Postgres {
		return nil
	}
	return s.indexFTS(ctx, tx, writes, ids)
}
