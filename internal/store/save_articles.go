package store

import (
	"context"
	"strconv"
	"strings"

	"github.com/uptrace/bun"
)

// writeArticles inserts the new articles with one multi-row insert, updates
// the changed ones one by one, indexes both for search, and returns the id of
// each write in order.
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
	if err := s.insertArticles(ctx, tx, fresh); err != nil {
		return nil, err
	}
	for j, row := range fresh {
		ids[freshAt[j]] = row.ID
		writes[freshAt[j]].Article.ID = row.ID
		writes[freshAt[j]].Article.ClusterID = row.ClusterID
	}
	if s.engine == SQLite {
		return ids, indexFTS(ctx, tx, writes, ids)
	}
	return ids, nil
}

// insertBatch is the most article rows one INSERT carries: 19 bound
// parameters each stay far below what one statement may bind (32,766 on
// SQLite, 65,535 on PostgreSQL), so a feed of any size stores.
const insertBatch = 500

// insertArticles inserts rows with one statement per insertBatch rows, sets
// their IDs (matched by key, so the order of RETURNING rows does not
// matter) and makes each row without a cluster the first member of its own.
func (s *Store) insertArticles(ctx context.Context, tx bun.Tx, rows []*articleRow) error {
	for start := 0; start < len(rows); start += insertBatch {
		if err := s.insertBatch(ctx, tx, rows[start:min(start+insertBatch, len(rows))]); err != nil {
			return err
		}
	}
	return nil
}

// insertBatch is insertArticles for at most insertBatch rows.
func (s *Store) insertBatch(ctx context.Context, tx bun.Tx, rows []*articleRow) error {
	if len(rows) == 0 {
		return nil
	}
	query, args := s.articleInsert(rows)
	res, err := tx.Tx.QueryContext(ctx, query, args...)
	if err != nil {
		return mapErr("store: insert articles", err)
	}
	byKey := make(map[string]int64, len(rows))
	for res.Next() {
		var id int64
		var key string
		if err := res.Scan(&id, &key); err != nil {
			res.Close()
			return mapErr("store: insert articles", err)
		}
		byKey[key] = id
	}
	if err := res.Close(); err != nil {
		return mapErr("store: insert articles", err)
	}
	var own []int64
	for _, row := range rows {
		row.ID = byKey[row.Key]
		if row.ClusterID == 0 {
			row.ClusterID = row.ID
			own = append(own, row.ID)
		}
	}
	if len(own) > 0 {
		if _, err := tx.NewRaw("UPDATE articles SET cluster_id = id WHERE id IN (?)", bun.List(own)).Exec(ctx); err != nil {
			return mapErr("store: cluster articles", err)
		}
	}
	return nil
}

// articleInsertColumns are written by insertArticles, in this order.
var articleInsertColumns = []string{"source_id", "key", "item_id", "published_at", "cluster_id", "signature", "guid", "url",
	"title", "summary", "content_html", "author", "image_url", "categories", "updated_at", "fetched_at",
	"content_hash", "raw_hash", "mojibake"}

// articleInsert returns a multi-row INSERT … RETURNING id, key for rows with
// bound parameters: article bodies go to the driver as values, not as SQL
// literals that bun would escape and SQLite would parse.
func (s *Store) articleInsert(rows []*articleRow) (string, []any) {
	cols := articleInsertColumns
	if s.engine == Postgres {
		cols = append(cols[:len(cols):len(cols)], "search_text")
	}
	var b strings.Builder
	b.WriteString("INSERT INTO articles (" + strings.Join(cols, ", ") + ") VALUES ")
	args := make([]any, 0, len(rows)*len(cols))
	for i, r := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j := range cols {
			if j > 0 {
				b.WriteString(", ")
			}
			if s.engine == Postgres {
				b.WriteString("$" + strconv.Itoa(len(args)+j+1))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
		args = append(args, r.SourceID, r.Key, r.ItemID, r.PublishedAt, r.ClusterID, r.Signature, r.GUID, r.URL,
			r.Title, r.Summary, r.ContentHTML, r.Author, r.ImageURL, r.Categories, r.UpdatedAt, r.FetchedAt,
			r.ContentHash, r.RawHash, r.Mojibake)
		if s.engine == Postgres {
			args = append(args, r.SearchText)
		}
	}
	b.WriteString(" RETURNING id, key")
	return b.String(), args
}

// updateArticle rewrites an edited article in place (keeping its id, key,
// first publication, cluster and signature) and drops its old tags.
func (s *Store) updateArticle(ctx context.Context, tx bun.Tx, w *ArticleWrite) error {
	row := articleRowOf(&w.Article, nil)
	row.ID = w.ExistingID
	if s.engine == Postgres {
		row.SearchText = searchText(&w.Article)
	}
	q := tx.NewUpdate().Model(row).WherePK().
		ExcludeColumn(s.noWrite("id", "source_id", "key", "item_id", "published_at", "cluster_id", "signature")...)
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

// ftsRow is one entry of the SQLite search index.
type ftsRow struct {
	bun.BaseModel `bun:"table:articles_fts"`

	RowID   int64  `bun:"rowid"`
	Title   string `bun:"title"`
	Summary string `bun:"summary"`
}

// indexFTS (re)indexes the folded title and summary of the written
// articles in the SQLite full-text table: edited rows are deleted first.
func indexFTS(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	var edited []int64
	rows := make([]ftsRow, len(writes))
	for i := range writes {
		if writes[i].ExistingID != 0 {
			edited = append(edited, ids[i])
		}
		title, summary := searchFields(&writes[i].Article)
		rows[i] = ftsRow{RowID: ids[i], Title: title, Summary: summary}
	}
	if len(edited) > 0 {
		if _, err := tx.NewRaw("DELETE FROM articles_fts WHERE rowid IN (?)", bun.List(edited)).Exec(ctx); err != nil {
			return mapErr("store: reindex articles", err)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.NewInsert().Model(&rows).Exec(ctx); err != nil {
		return mapErr("store: index articles", err)
	}
	return nil
}
