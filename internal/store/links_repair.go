package store

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// linkRepairBatch bounds the rows one LinkUnlinked transaction links.
const linkRepairBatch = 500

// unlinkedRow is a row with a link but neither an article_links row nor
// an article_copies row: one a binary older than migration 0011 stored.
type unlinkedRow struct {
	ID        int64  `bun:"id"`
	URL       string `bun:"url"`
	FetchedAt int64  `bun:"fetched_at"`
}

// LinkUnlinked links the rows stored without a link row — by a binary
// older than migration 0011, a replica not yet upgraded during a rolling
// upgrade or the previous release after a rollback — as SaveFetch would
// have: a row whose link (canon of its stored URL: what the parser puts in
// model.Article.Link) an article holds becomes that article's copy; of the
// rows of a link no article holds, the earliest becomes the article and
// the others its copies. Without it the row stays an article of its own,
// and so does a later row of its link. recent > 0 looks only at the last
// recent rows (by id: what a fetch pass checks before it saves), 0 at all
// of them (at start-up and in `bantin migrate`). It is idempotent, safe
// beside another process doing the same, reads only when there is nothing
// to link (a read-only database opens), and writes in transactions of at
// most linkRepairBatch rows. It returns how many rows it linked.
func (s *Store) LinkUnlinked(ctx context.Context, canon func(string) string, recent int64) (int, error) {
	var after int64
	if recent > 0 {
		var top int64
		if err := s.db.NewRaw("SELECT COALESCE(MAX(id), 0) FROM articles").Scan(ctx, &top); err != nil {
			return 0, mapErr("store: newest article", err)
		}
		after = max(top-recent, 0)
	}
	total := 0
	for {
		var rows []unlinkedRow
		err := s.db.NewRaw(`SELECT a.id, a.url, a.fetched_at FROM articles a WHERE a.id > ? AND a.url <> ''
			AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM article_copies c WHERE c.article_id = a.id)
			ORDER BY a.id LIMIT ?`, after, linkRepairBatch).Scan(ctx, &rows)
		if err != nil || len(rows) == 0 {
			return total, mapErr("store: rows without a link", err)
		}
		if err := s.linkRows(ctx, rows, canon); err != nil {
			return total, err
		}
		total += len(rows)
		if len(rows) < linkRepairBatch {
			return total, nil
		}
		after = rows[len(rows)-1].ID
	}
}

// linkRows links rows (in id order) in one transaction by linkArticles'
// rule. A row another process linked meanwhile is left as it is: both
// inserts do nothing on a conflict.
func (s *Store) linkRows(ctx context.Context, rows []unlinkedRow, canon func(string) string) error {
	writes := make([]ArticleWrite, len(rows))
	ids := make([]int64, len(rows))
	for i, r := range rows {
		writes[i].Article = model.Article{URL: r.URL, Link: canon(r.URL), FetchedAt: fromMicros(r.FetchedAt)}
		ids[i] = r.ID
	}
	return runTx(ctx, s.wdb, fmt.Sprintf("store: link %d rows stored without one", len(rows)),
		func(ctx context.Context, tx bun.Tx) error { return s.linkArticles(ctx, tx, writes, ids) })
}
