package store

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// maxPairBranches caps the topic × province pairs read from
// article_topic_provinces; larger filters drive from the provinces.
const maxPairBranches = 64

// tagDriver returns a subquery yielding the ids of the limit newest
// articles matching f, which must name topics or provinces. It is a UNION
// ALL of one branch per slug (or per topic × province pair), each an index
// range scan of a tag table in (slug, published_at DESC, article_id DESC)
// order stopped by LIMIT, so the cost grows with limit, not with the size of
// the articles table:
//
//   - topics and provinces: article_topic_provinces, one branch per pair;
//   - provinces only (or too many pairs): article_provinces, by current or
//     legacy slug, topics checked by primary-key lookups;
//   - topics only: article_topics.
//
// Source, search and time bounds are checked inside each branch (see
// restrict), and a branch keeps only the newest row of each article that
// matches f (articleNewest: its own or a copy's, article_copies), so that
// LIMIT counts only matching rows, one an article. Which tag rows a slug
// selects is model.Filter.MatchesTags: a current province slug matches the
// province column, a former one the legacy_province column. The text has a ? placeholder for each of
// args (values are never inlined), so it depends only on the shape of f.
//
// A list places an article by that row, the newest of its rows the list
// selects: pages (StoryLeads) and feeds agree on one order, where a copy
// published later than its article moves the article up.
func (s *Store) tagDriver(f model.Filter, limit int) (text string, args []any) {
	d := driver{s: s, f: f, more: s.articleNewest(f), limit: limit}
	if f.SourceID != 0 {
		// A source stores a link once (a second guid of it aside): its
		// rows are one an article already, and the probes tripled the
		// cost of a source's topic feed. GROUP BY keeps the newest.
		d.more = nil
	}
	d.branches()
	// Branches overlap (an article with two of the topics), and a copy
	// stands for its article: keep the limit newest distinct articles so
	// that only those are read.
	return "SELECT m.id AS article_id FROM (SELECT " + canonicalID + " AS id, u.published_at FROM (" + d.b.String() +
		") AS u) AS m GROUP BY m.id ORDER BY MAX(m.published_at) DESC, m.id DESC LIMIT ?", append(d.args, limit)
}

// branches appends the branches of f's tags (see tagDriver), each of at
// most limit rows.
func (d *driver) branches() {
	limit := d.limit
	topics, provinces := dedupe(d.f.Topics), dedupe(d.f.Provinces)
	switch {
	case len(topics) > 0 && len(provinces) > 0 && len(topics)*len(provinces) <= maxPairBranches:
		for _, t := range topics {
			for _, p := range provinces {
				d.branch("article_topic_provinces", "c", false, limit, "topic", t, "province", p)
			}
		}
	case len(provinces) > 0:
		for _, p := range provinces {
			// A current slug has up to a few rows per article (one per
			// former province named), a legacy slug one.
			d.branch("article_provinces", "p", true, 3*limit, "province", p)
			d.branch("article_provinces", "p", true, limit, "legacy_province", p)
		}
	default:
		for _, t := range topics {
			d.branch("article_topics", "t", false, limit, "topic", t)
		}
	}
}

// canonicalID is the article a row u.article_id stands for: its own, or
// the one it is a copy of. A lookup per row, not a join: PostgreSQL
// hashed every copy to join the few hundred rows of a province feed.
const canonicalID = "COALESCE((SELECT cp.canonical_id FROM article_copies cp WHERE cp.article_id = u.article_id), u.article_id)"

// driver accumulates the branches of tagDriver.
type driver struct {
	s     *Store
	f     model.Filter
	more  rowCond // keeps one row an article (articleNewest, or StoryLeads' leadCond); nil for none
	limit int     // rows a branch reads (a current province slug's three times)
	b     strings.Builder
	args  []any
}

// rowCond returns conditions, each starting with " AND ", on the row whose
// article id is idCol and publication time pubCol, with a ? per argument.
type rowCond func(idCol, pubCol string) (string, []any)

// branch appends one LIMITed index range scan of table, where the given
// column = value pairs hold; withTopics adds the topic check for
// province-driven branches. d.more keeps one row of each article (a copy
// of an article, article_copies, is one of its rows), so that LIMIT counts
// articles, not copies (a source's rows are one an article: none there).
func (d *driver) branch(table, alias string, withTopics bool, limit int, colVals ...string) {
	if d.b.Len() > 0 {
		d.b.WriteString(" UNION ALL ")
	}
	d.b.WriteString("SELECT article_id, published_at FROM (SELECT " + alias + ".article_id, " + alias +
		".published_at FROM " + table + " " + alias + " WHERE TRUE")
	d.tagConds(alias, withTopics, colVals)
	text, args := d.s.restrict(d.f, alias+".article_id", alias+".published_at", "")
	d.b.WriteString(text)
	d.args = append(d.args, args...)
	if d.more != nil {
		text, args := d.more(alias+".article_id", alias+".published_at")
		d.b.WriteString(text)
		d.args = append(d.args, args...)
	}
	d.b.WriteString(" ORDER BY " + alias + ".published_at DESC, " + alias + ".article_id DESC LIMIT ?) AS b")
	d.args = append(d.args, limit)
}

// tagConds appends the conditions of a branch on the tag rows aliased
// alias: the column = value pairs, and with withTopics one of f's topics.
func (d *driver) tagConds(alias string, withTopics bool, colVals []string) {
	for i := 0; i+1 < len(colVals); i += 2 {
		d.b.WriteString(" AND " + alias + "." + colVals[i] + " = ?")
		d.args = append(d.args, colVals[i+1])
		if colVals[i] == "legacy_province" { // lets the planner use the partial index
			d.b.WriteString(" AND " + alias + ".legacy_province <> ''")
		}
	}
	if withTopics && len(d.f.Topics) > 0 {
		d.b.WriteString(" AND EXISTS (SELECT 1 FROM article_topics tt WHERE tt.article_id = " + alias +
			".article_id AND tt.topic IN (" + placeholders(len(d.f.Topics)) + "))")
		for _, t := range d.f.Topics {
			d.args = append(d.args, t)
		}
	}
}

// dedupe returns xs without repeated values, keeping the first of each.
func dedupe[T comparable](xs []T) []T {
	seen := make(map[T]bool, len(xs))
	out := make([]T, 0, len(xs))
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// ArticleIDs returns the ids of the articles Articles(ctx, f) returns, in
// the same order, without reading the articles: for topic and province
// filters only tag indexes are read. Callers holding articles in memory
// fetch the others with Articles(ctx, model.Filter{Limit: n}, missing...).
func (s *Store) ArticleIDs(ctx context.Context, f model.Filter) ([]int64, error) {
	limit := filterLimit(f)
	var ids []int64
	var err error
	switch {
	case len(f.Topics) > 0 || len(f.Provinces) > 0:
		text, args := s.tagDriver(f, limit)
		ids, err = s.queryIDs(ctx, text, args)
	case f.Story != 0:
		ids, err = s.storyIDs(ctx, f, limit)
	default:
		err = s.plainIDs(f, limit).Scan(ctx, &ids)
	}
	if err != nil {
		return nil, mapErr("store: article ids", err)
	}
	return dedupe(ids), nil
}

// plainIDs selects the ids of the limit newest articles matching f, which
// names no topics, provinces or story (storyIDs), from the articles table:
// a copy of an article (article_copies) as that article. Without a source
// or search every article passes where its copies do, and copies are left
// out; with one, a copy that passes stands for its article, which may
// come twice (callers keep the first).
func (s *Store) plainIDs(f model.Filter, limit int) *bun.SelectQuery {
	q := s.db.NewSelect().TableExpr("articles AS a")
	if allNews(f) {
		q = q.ColumnExpr("a.id").Where("NOT EXISTS (SELECT 1 FROM article_copies cp WHERE cp.article_id = a.id)")
	} else {
		q = q.ColumnExpr("COALESCE(cp.canonical_id, a.id)").Join("LEFT JOIN article_copies AS cp ON cp.article_id = a.id")
	}
	return s.applyFilter(q, f).OrderExpr("a.published_at DESC, a.id DESC").Limit(int64(limit))
}

// queryIDs runs text, a query of one integer column, through the statement
// cache and returns its values in order.
func (s *Store) queryIDs(ctx context.Context, text string, args []any) ([]int64, error) {
	rows, err := s.query(ctx, text, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
