package store

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// articleColumns are the columns articleRow reads (PostgreSQL has search
// columns besides).
const articleColumns = "a.id, a.source_id, a.key, a.guid, a.url, a.title, a.summary, a.content_html, " +
	"a.author, a.image_url, a.categories, a.published_at, a.updated_at, a.fetched_at, a.content_hash, " +
	"a.cluster_id, a.signature, a.mojibake"

// MaxLimit caps the number of articles one query returns.
const MaxLimit = 500

// Articles returns the articles matching f, newest first, with their source
// name and tags. Province slugs in f may be current (matching the unit and
// every former province merged into it) or legacy (matching articles tagged
// with that former province). With ids given, only those articles are
// considered; ids alone (at most MaxLimit, no other filter field) are read
// with bound parameters through the statement cache (see articlesByID).
// A zero Limit means 50.
func (s *Store) Articles(ctx context.Context, f model.Filter, ids ...int64) ([]model.Article, error) {
	q := s.db.NewSelect().Model((*articleRow)(nil)).
		ColumnExpr(articleColumns).ColumnExpr("s.name AS source_name, s.url AS source_url").
		Join("JOIN sources AS s ON s.id = a.source_id")
	limit := f.Limit
	if limit <= 0 {
		limit = 50
	}
	limit = min(limit, MaxLimit)
	switch {
	case len(ids) > 0 && len(ids) <= MaxLimit && isZeroFilter(f):
		return s.articlesByID(ctx, ids, limit)
	case len(ids) > 0:
		q = s.applyFilter(q.Where("a.id IN (?)", bun.List(ids)), f)
	case len(f.Topics) > 0 || len(f.Provinces) > 0:
		// Tag filters are driven by the tag indexes (see tagDriver) and
		// never walk the articles table.
		text, args := s.tagDriver(f, limit)
		q = q.Where("a.id IN (?)", bun.SafeQuery(text, args...))
	default:
		q = s.applyFilter(q, f)
	}
	q = q.OrderExpr("a.published_at DESC, a.id DESC").Limit(int64(limit))
	// One round trip: the tags of the (at most limit) selected articles are
	// aggregated by the outer query (see tagColumns).
	var rows []taggedRow
	err := s.db.NewSelect().TableExpr("(?) AS a", q).ColumnExpr("a.*").ColumnExpr(s.tagColumns()).
		OrderExpr("a.published_at DESC, a.id DESC").Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: articles", err)
	}
	arts := make([]model.Article, len(rows))
	for i := range rows {
		if arts[i], err = rows[i].model(); err != nil {
			return nil, err
		}
	}
	return arts, nil
}

func (s *Store) applyFilter(q *bun.SelectQuery, f model.Filter) *bun.SelectQuery {
	if len(f.Topics) > 0 {
		q = q.Where("EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic IN (?))", bun.List(f.Topics))
	}
	if len(f.Provinces) > 0 {
		q = q.Where("EXISTS (SELECT 1 FROM article_provinces p WHERE p.article_id = a.id AND (p.province IN (?) OR p.legacy_province IN (?)))",
			bun.List(f.Provinces), bun.List(f.Provinces))
	}
	if f.SourceID != 0 {
		q = q.Where("a.source_id = ?", f.SourceID)
	}
	if !f.Since.IsZero() {
		q = q.Where("a.published_at >= ?", micros(f.Since))
	}
	if !f.Until.IsZero() {
		q = q.Where("a.published_at < ?", micros(f.Until))
	}
	if terms := searchTerms(f.Query); len(terms) > 0 {
		if s.engine == SQLite {
			q = q.Where("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", ftsQuery(terms))
		} else {
			q = q.Where("a.search @@ plainto_tsquery('simple', ?)", strings.Join(terms, " "))
		}
	}
	return q
}

// searchTerms folds a user query into its word tokens, so "Thái Nguyên",
// "THAI NGUYEN" and NFD input give the same terms on both engines.
func searchTerms(q string) []string {
	return vntext.Tokens(vntext.Fold(q))
}

// ftsQuery quotes each term for FTS5 so that user input cannot use query
// syntax; terms are ANDed.
func ftsQuery(terms []string) string {
	quoted := make([]string, len(terms))
	for i, t := range terms {
		quoted[i] = `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}
	return strings.Join(quoted, " ")
}

// isZeroFilter reports whether f selects nothing beyond its Limit.
func isZeroFilter(f model.Filter) bool {
	return len(f.Topics) == 0 && len(f.Provinces) == 0 && f.SourceID == 0 && f.Query == "" &&
		f.Since.IsZero() && f.Until.IsZero()
}
