package store

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// articleColumns are the columns articleRow reads (PostgreSQL has search
// columns besides).
const articleColumns = "a.id, a.source_id, a.key, a.item_id, a.guid, a.url, a.title, a.summary, a.content_html, " +
	"a.author, a.image_url, a.categories, a.published_at, a.updated_at, a.fetched_at, a.content_hash, " +
	"a.cluster_id, a.signature, a.mojibake, a.outlet"

// MaxLimit caps the number of articles one query returns.
const MaxLimit = 500

// Articles returns the articles matching f, with their source name and
// tags, in ArticleIDs' order: newest first, each placed by the newest of
// its rows f selects (its own or a copy's, see tagDriver), as pages and
// feeds place it. The topic and province lists mean what
// model.Filter.MatchesTags says; they are read through the tag indexes
// (see tagDriver) and never walk the articles table. A zero Limit means 50;
// at most MaxLimit are returned.
func (s *Store) Articles(ctx context.Context, f model.Filter) ([]model.Article, error) {
	ids, err := s.ArticleIDs(ctx, f)
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	arts, err := s.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	at := make(map[int64]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	slices.SortStableFunc(arts, func(a, b model.Article) int { return cmp.Compare(at[a.ID], at[b.ID]) })
	return arts, nil
}

// ArticlesByID returns the articles with the given ids that exist, newest
// first, with their source name and tags, read with bound parameters
// through the statement cache in pages of MaxLimit ids.
func (s *Store) ArticlesByID(ctx context.Context, ids []int64) ([]model.Article, error) {
	var out []model.Article
	for len(ids) > 0 {
		page := ids[:min(len(ids), MaxLimit)]
		ids = ids[len(page):]
		arts, err := s.articlesByID(ctx, page, len(page))
		if err != nil {
			return nil, err
		}
		out = append(out, arts...)
	}
	if len(out) > MaxLimit { // several pages: restore the overall order
		slices.SortFunc(out, func(a, b model.Article) int {
			if c := b.PublishedAt.Compare(a.PublishedAt); c != 0 {
				return c
			}
			return cmp.Compare(b.ID, a.ID)
		})
	}
	return out, nil
}

// filterLimit is f's limit with its default (50) and cap (MaxLimit).
func filterLimit(f model.Filter) int {
	if f.Limit <= 0 {
		return 50
	}
	return min(f.Limit, MaxLimit)
}

// applyFilter adds f's conditions other than tags to a query over the
// articles table aliased a.
func (s *Store) applyFilter(q *bun.SelectQuery, f model.Filter) *bun.SelectQuery {
	if text, args := s.restrict(f, "a.id", "a.published_at", "a"); text != "" {
		q = q.Where("TRUE"+text, args...)
	}
	return q
}

// restrict returns the conditions of f other than its tags (time bounds,
// source, story, search), each starting with " AND " and with a ? per argument,
// for rows whose article id is idCol and publication time pubCol. articles
// is the alias of the articles table when the rows are articles, or "" for
// rows of a tag table (the source and search are then checked by id). The
// story is checked by a probe per row, on the row's article (a list of one
// story and no tags is driven from the story instead, storyRows).
func (s *Store) restrict(f model.Filter, idCol, pubCol, articles string) (string, []any) {
	var b strings.Builder
	var args []any
	if !f.Since.IsZero() {
		b.WriteString(" AND " + pubCol + " >= ?")
		args = append(args, micros(f.Since))
	}
	if !f.Until.IsZero() {
		b.WriteString(" AND " + pubCol + " < ?")
		args = append(args, micros(f.Until))
	}
	onArticle := func(cond string) string {
		if articles != "" {
			return " AND " + strings.ReplaceAll(cond, "x.", articles+".")
		}
		return " AND EXISTS (SELECT 1 FROM articles x WHERE x.id = " + idCol + " AND " + cond + ")"
	}
	if f.SourceID != 0 {
		b.WriteString(onArticle("x.source_id = ?"))
		args = append(args, f.SourceID)
	}
	if f.Story != 0 {
		// A row's story is its article's (see storyRows): a copy is in the
		// story of the article it stands for, wherever it was filed.
		b.WriteString(" AND EXISTS (SELECT 1 FROM articles sx WHERE sx.id = " + articleOf(idCol) + " AND sx.cluster_id = ?)")
		args = append(args, f.Story)
	}
	if groups := searchGroups(f.Query); len(groups) > 0 {
		if s.engine == SQLite {
			b.WriteString(" AND " + idCol + " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
			args = append(args, ftsQuery(groups))
		} else {
			b.WriteString(onArticle("x.search @@ to_tsquery('simple', ?)"))
			args = append(args, tsQuery(groups))
		}
		for _, sp := range typedWords(f.Query) {
			cond, cargs := spellingCond(s.engine, sp)
			b.WriteString(onArticle(cond))
			args = append(args, cargs...)
		}
	}
	return b.String(), args
}
