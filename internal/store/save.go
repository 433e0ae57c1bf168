package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
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
// Signature is the story signature of a new article (see classify).
type ArticleWrite struct {
	Article    model.Article
	ExistingID int64
	Signature  []byte
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
	err := s.wdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		res = SaveResult{IDs: make([]int64, 0, len(writes))}
		if err := s.saveOutcome(ctx, tx, out); err != nil {
			return err
		}
		named, err := nameSource(ctx, tx, out)
		if err != nil {
			return err
		}
		if err := giveItemIDs(ctx, tx, out.SourceID, writes); err != nil {
			return err
		}
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
// the key) of each new article in writes that has none, reading the URL in
// tx (after a move, the new one).
func giveItemIDs(ctx context.Context, tx bun.Tx, sourceID int64, writes []ArticleWrite) error {
	var url string
	for i := range writes {
		a := &writes[i].Article
		if writes[i].ExistingID != 0 || a.ItemID != "" {
			continue
		}
		if url == "" {
			if err := tx.QueryRowContext(ctx, "SELECT url FROM sources WHERE id = ?", sourceID).Scan(&url); err != nil {
				return mapErr(fmt.Sprintf("store: source %d", sourceID), err)
			}
		}
		a.ItemID = model.ItemID(url, a.Key)
	}
	return nil
}

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
