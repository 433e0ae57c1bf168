package store

import (
	"context"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// ArticlesAfter returns up to n articles with id greater than afterID, in id
// order, without tags: the pages of a walk over the whole table.
func (s *Store) ArticlesAfter(ctx context.Context, afterID int64, n int) ([]model.Article, error) {
	var rows []articleRow
	err := s.db.NewSelect().Model((*articleRow)(nil)).ColumnExpr(articleColumns).
		Where("a.id > ?", afterID).OrderExpr("a.id").Limit(int64(n)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: walk articles", err)
	}
	out := make([]model.Article, len(rows))
	for i := range rows {
		out[i] = rows[i].model()
	}
	return out, nil
}

// TaggedArticlesAfter is ArticlesAfter with each article's stored topic
// and province tags, as Articles reads them: the pages of a re-tagging walk
// that reports what changed. It returns a mapped driver error, or an error
// naming an article whose stored tags do not parse.
func (s *Store) TaggedArticlesAfter(ctx context.Context, afterID int64, n int) ([]model.Article, error) {
	var rows []taggedRow
	err := s.db.NewSelect().Model((*articleRow)(nil)).ColumnExpr(articleColumns).ColumnExpr(s.tagColumns()).
		Where("a.id > ?", afterID).OrderExpr("a.id").Limit(int64(n)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: walk tagged articles", err)
	}
	return taggedModels(rows)
}

// ReplaceTags replaces the topic and province tags of arts in one
// transaction and bumps the content version: on error every article keeps
// the tags it had.
func (s *Store) ReplaceTags(ctx context.Context, arts []model.Article) error {
	if len(arts) == 0 {
		return nil
	}
	ids := make([]int64, len(arts))
	writes := make([]ArticleWrite, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
		writes[i] = ArticleWrite{Article: arts[i], ExistingID: arts[i].ID}
	}
	return runTx(ctx, s.wdb, "store: replace tags", func(ctx context.Context, tx bun.Tx) error {
		if err := dropTags(ctx, tx, ids); err != nil {
			return err
		}
		if err := s.writeTags(ctx, tx, writes, ids); err != nil {
			return err
		}
		return bumpVersion(ctx, tx)
	})
}
