package store

import (
	"context"

	"github.com/uptrace/bun"
)

// writeArticles inserts the new articles with multi-row inserts, updates
// the changed ones one by one, indexes both for search, and returns the id of
// each write in order. A new article without a cluster is its own cluster's
// (and thread's) first member: its id is known before the insert
// (newArticleIDs), so the row is written once, with its cluster; a new
// article with a cluster has it as its thread too.
func (s *Store) writeArticles(ctx context.Context, tx bun.Tx, sourceID int64, writes []ArticleWrite) ([]int64, error) {
	ids := make([]int64, len(writes))
	var fresh []*articleRow
	var freshAt []int
	for i := range writes {
		w := &writes[i]
		w.Article.SourceID = sourceID
		if w.ExistingID != 0 {
			if err := s.updateArticle(ctx, tx, w); err != nil {
				return nil, err
			}
			ids[i] = w.ExistingID
			continue
		}
		row := articleRowOf(&w.Article, w.Signature)
		if s.engine == Postgres {
			row.SearchText = searchText(&w.Article)
		}
		fresh, freshAt = append(fresh, row), append(freshAt, i)
	}
	newIDs, err := s.newArticleIDs(ctx, tx, len(fresh))
	if err != nil {
		return nil, err
	}
	for j, row := range fresh {
		row.ID = newIDs[j]
		if row.ClusterID == 0 {
			row.ClusterID, row.ThreadID = row.ID, row.ID
		}
		ids[freshAt[j]] = row.ID
		writes[freshAt[j]].Article.ID = row.ID
		writes[freshAt[j]].Article.ClusterID = row.ClusterID
	}
	if err := s.insertArticles(ctx, tx, fresh); err != nil {
		return nil, err
	}
	if err := s.linkArticles(ctx, tx, writes, ids); err != nil {
		return nil, err
	}
	if s.engine == SQLite {
		return ids, s.indexFTS(ctx, tx, writes, ids)
	}
	return ids, nil
}

// articleInsertColumns are written by insertArticles, in this order.
var articleInsertColumns = []string{"id", "source_id", "key", "item_id", "published_at", "cluster_id", "thread_id",
	"signature", "guid", "url", "title", "summary", "content_html", "author", "image_url", "categories", "updated_at",
	"fetched_at", "content_hash", "raw_hash", "mojibake", "outlet"}

// insertArticles inserts rows, ids and clusters set, with bound parameters.
func (s *Store) insertArticles(ctx context.Context, tx bun.Tx, rows []*articleRow) error {
	if len(rows) == 0 {
		return nil
	}
	cols := articleInsertColumns
	if s.engine == Postgres {
		cols = append(cols[:len(cols):len(cols)], "search_text")
	}
	args := make([]any, 0, len(rows)*len(cols))
	for _, r := range rows {
		args = append(args, r.ID, r.SourceID, r.Key, r.ItemID, r.PublishedAt, r.ClusterID, r.ThreadID, r.Signature, r.GUID,
			r.URL, r.Title, r.Summary, r.ContentHTML, r.Author, r.ImageURL, r.Categories, r.UpdatedAt, r.FetchedAt,
			r.ContentHash, r.RawHash, r.Mojibake, r.Outlet)
		if s.engine == Postgres {
			args = append(args, r.SearchText)
		}
	}
	return mapErr("store: insert articles", s.insertValues(ctx, tx, "articles", cols, args))
}

// updateArticle rewrites an edited article in place (keeping its id, key
// unless w.Rekey, first publication, cluster and signature) and drops its
// old tags.
func (s *Store) updateArticle(ctx context.Context, tx bun.Tx, w *ArticleWrite) error {
	row := articleRowOf(&w.Article, nil)
	row.ID = w.ExistingID
	if s.engine == Postgres {
		row.SearchText = searchText(&w.Article)
	}
	kept := []string{"id", "source_id", "item_id", "published_at", "cluster_id", "thread_id", "signature"}
	if !w.Rekey {
		kept = append(kept, "key")
	}
	q := tx.NewUpdate().Model(row).WherePK().ExcludeColumn(s.noWrite(kept...)...)
	if _, err := q.Exec(ctx); err != nil {
		return mapErr("store: update article "+row.Key, err)
	}
	if err := dropTags(ctx, tx, []int64{row.ID}); err != nil {
		return err
	}
	w.Article.ID = row.ID
	return nil
}

// noWrite returns the given columns plus, on SQLite, search_text (a
// PostgreSQL-only column): the columns an insert or update leaves out.
func (s *Store) noWrite(cols ...string) []string {
	if s.engine == SQLite {
		return append(cols, "search_text")
	}
	return cols
}

// ftsColumns are the columns of the SQLite search index.
var ftsColumns = []string{"rowid", "title", "summary"}

// indexFTS (re)indexes the folded title and summary of the written
// articles in the SQLite full-text table: edited rows are deleted first.
func (s *Store) indexFTS(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	var edited []int64
	args := make([]any, 0, 3*len(writes))
	for i := range writes {
		if writes[i].ExistingID != 0 {
			edited = append(edited, ids[i])
		}
		title, summary := searchFields(&writes[i].Article)
		args = append(args, ids[i], title, summary)
	}
	if len(edited) > 0 {
		if _, err := tx.NewRaw("DELETE FROM articles_fts WHERE rowid IN (?)", bun.List(edited)).Exec(ctx); err != nil {
			return mapErr("store: reindex articles", err)
		}
	}
	return mapErr("store: index articles", s.insertValues(ctx, tx, "articles_fts", ftsColumns, args))
}
