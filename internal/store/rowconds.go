package store

import (
	"time"

	"bantin/internal/model"
)

// Conditions on the rows a list reads (StoryLeads' leadCond, tagDriver's
// branches): whether another row b, of the same article or story, is newer
// and matches the list.

// rowMatch returns f's conditions on a row aliased b of the articles
// table: its time bounds, source, story and search (restrict) and its tags
// (tagCond).
func (s *Store) rowMatch(f model.Filter) (string, []any) {
	newer, newerArgs := s.restrict(f, "b.id", "b.published_at", "b")
	tags, tagArgs := tagCond(f, "b.id")
	return newer + tags, append(append([]any{}, newerArgs...), tagArgs...)
}

// newerThan is the condition that row b comes before the row (idCol,
// pubCol) in the lists' order (published_at DESC, id DESC). Its first
// term, implied by the second, bounds an index range on published_at
// (articles_cluster_newest: a story's rows newer than the row, not all of
// its rows); neither engine derives it from the OR.
func newerThan(idCol, pubCol string) string {
	return " AND b.published_at >= " + pubCol + " AND (b.published_at > " + pubCol + " OR (b.published_at = " + pubCol + " AND b.id > " + idCol + "))"
}

// articleOf is the article the row idCol stands for: its own, or the one
// it is a copy of (article_copies).
func articleOf(idCol string) string {
	return "COALESCE((SELECT cx.canonical_id FROM article_copies cx WHERE cx.article_id = " + idCol + "), " + idCol + ")"
}

// newestOfArticle is the condition that no row of article (its own, then
// its copies: an index probe each — an OR of the two is a scan on
// PostgreSQL) is newer (newerRow) and matches (match, whose arguments
// come twice). On PostgreSQL each probe is fenced (probeFence).
func (s *Store) newestOfArticle(article, newerRow, match string) string {
	fence := s.probeFence()
	return " AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = " + article + newerRow + match + fence + ")" +
		" AND NOT EXISTS (SELECT 1 FROM article_copies ca JOIN articles b ON b.id = ca.article_id WHERE ca.canonical_id = " +
		article + newerRow + match + fence + ")"
}

// probeFence ends a NOT EXISTS probe that must stay a probe per row: on
// PostgreSQL, OFFSET 0 keeps the planner from turning it into an anti join,
// which hashed the whole articles table for a province feed of 150 rows
// (TestFeedPlansUseIndexes). SQLite runs such a probe per row anyway.
func (s *Store) probeFence() string {
	if s.engine == Postgres {
		return " OFFSET 0"
	}
	return ""
}

// articleNewest returns the condition that a row is the newest of its
// article's rows (the article's own and its copies') matching f, before
// f's Until: the row that places the article in f's lists, pages and
// feeds alike.
func (s *Store) articleNewest(f model.Filter) rowCond {
	f.Since = time.Time{} // a newer row is after it anyway
	match, matchArgs := s.rowMatch(f)
	return func(idCol, pubCol string) (string, []any) {
		return s.newestOfArticle(articleOf(idCol), newerThan(idCol, pubCol), match), append(append([]any{}, matchArgs...), matchArgs...)
	}
}

// tagCond returns f's topic and province conditions (model.Filter.MatchesTags:
// any of the topics and any of the provinces, a province slug matching the
// current or the former province column) on the article whose id is idCol.
func tagCond(f model.Filter, idCol string) (string, []any) {
	var text string
	var args []any
	if ts := dedupe(f.Topics); len(ts) > 0 {
		text += " AND EXISTS (SELECT 1 FROM article_topics bt WHERE bt.article_id = " + idCol +
			" AND bt.topic IN (" + placeholders(len(ts)) + "))"
		for _, t := range ts {
			args = append(args, t)
		}
	}
	if ps := dedupe(f.Provinces); len(ps) > 0 {
		text += " AND EXISTS (SELECT 1 FROM article_provinces bp WHERE bp.article_id = " + idCol +
			" AND (bp.province IN (" + placeholders(len(ps)) + ") OR bp.legacy_province IN (" + placeholders(len(ps)) + ")))"
		for range 2 {
			for _, p := range ps {
				args = append(args, p)
			}
		}
	}
	return text, args
}
