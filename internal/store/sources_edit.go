package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// SourceEdit is what an operator may change of a source once added (`bantin
// sources edit`): each field that is not nil replaces the stored one. An
// empty Name lets the next fetch name the source from its feed's title
// again.
type SourceEdit struct {
	Name          *string
	DefaultTopics *[]string
	HomeProvince  *string
}

// EditSource applies edit to the source with id in one statement, bumps the
// content version (feeds and pages name the source) and returns the source
// as it was and as it is now. It returns model.ErrNotFound when there is no
// such source. The articles already stored keep their tags: a new topic or
// home province applies to what is fetched next and to what `bantin
// reclassify` re-tags.
func (s *Store) EditSource(ctx context.Context, id int64, edit SourceEdit) (before, after model.Source, err error) {
	err = runTx(ctx, s.wdb, "store: edit source", func(ctx context.Context, tx bun.Tx) error {
		var rows []sourceRow
		if err := tx.NewSelect().Model(&rows).Where("id = ?", id).Scan(ctx); err != nil {
			return mapErr("store: edit source", err)
		}
		if len(rows) == 0 {
			return fmt.Errorf("store: edit source %d: %w", id, model.ErrNotFound)
		}
		before = rows[0].model()
		q := tx.NewUpdate().Model((*sourceRow)(nil)).Where("id = ?", id)
		if edit.Name != nil {
			q = q.Set("name = ?", *edit.Name)
		}
		if edit.DefaultTopics != nil {
			q = q.Set("default_topics = ?", joinList(*edit.DefaultTopics))
		}
		if edit.HomeProvince != nil {
			q = q.Set("home_province = ?", *edit.HomeProvince)
		}
		if edit.Name == nil && edit.DefaultTopics == nil && edit.HomeProvince == nil {
			after = before
			return nil
		}
		if _, err := q.Returning("*").Exec(ctx, &rows); err != nil {
			return mapErr("store: edit source", err)
		}
		after = rows[0].model()
		return bumpVersion(ctx, tx)
	})
	return before, after, err
}
