package store

import (
	"context"
	"time"

	"bantin/internal/model"
)

// Lead is one story of a list of latest stories (StoryLeads): its lead
// article, and the row that placed it in the list (LeadRef).
type Lead struct {
	model.Article
	At  time.Time // the placing row's publication time
	Row int64     // the placing row's id
}

// LeadRef is one story of a list of latest stories without its article
// (StoryLeadRefs): the lead article's id, and the row that placed it in
// the list — the article's own, or a copy's (article_copies) that matched
// the list and was published later. (At, Row) is where the list continues
// after it.
type LeadRef struct {
	ID  int64     // the lead article's id
	At  time.Time // the placing row's publication time
	Row int64     // the placing row's id
}

// StoryLeads returns one page of a list of latest stories: the lead
// articles of up to n stories matching f, newest first, each story by its
// newest row matching f (its lead), and only the stories whose lead row
// comes after the cursor (afterAt, afterRow) in the store's order
// (published_at DESC, id DESC); afterRow 0 means the list's start. An
// article with no story (cluster 0) is a story of its own. Where copies of
// an article stand for it (topic and province lists, a source's, a
// story's, a search), its newest matching row, the article's or a copy's,
// is the one that places it; the all-news list leaves copies out.
//
// So a story is on exactly one page of a list walked with the cursor of
// each page's last lead (its At and Row): the page of its lead row. Rows
// published in the same microsecond across a page's end are ordered by
// id, so none is lost or repeated. f's Since bounds the leads; its Until
// is replaced by the cursor's. Two queries: the lead rows (StoryLeadRefs),
// then the articles with their tags (ArticlesByID).
func (s *Store) StoryLeads(ctx context.Context, f model.Filter, afterAt time.Time, afterRow int64, n int) ([]Lead, error) {
	refs, err := s.StoryLeadRefs(ctx, f, afterAt, afterRow, n)
	if err != nil {
		return nil, err
	}
	return s.leadArticles(ctx, refs)
}

// StoryLeadRefs is StoryLeads without reading the articles, for a caller
// that holds them (a feed's item cache). On PostgreSQL from the list's
// start (afterRow 0: every feed, a list's first page) it reads the list's
// rows newest first with their stories and keeps each story's first
// (scanLeads); after a cursor, and on SQLite, one query, one index range
// scan a branch with probes of the story's (and, where copies stand for
// articles, the article's) newer rows a row, stopped at n. (PostgreSQL's
// probes cost 2–5 times the scan; SQLite's in-process ones about what the
// scan's extra rows do, less on a province's first page: BENCHMARKS.md,
// i21pgleads.)
func (s *Store) StoryLeadRefs(ctx context.Context, f model.Filter, afterAt time.Time, afterRow int64, n int) ([]LeadRef, error) {
	if f.Story != 0 {
		return s.storyLead(ctx, f, afterAt, afterRow)
	}
	if afterRow == 0 && s.engine == Postgres {
		return s.scanLeads(ctx, f, n)
	}
	copies := len(f.Topics) > 0 || len(f.Provinces) > 0 || !allNews(f)
	return s.storyLeads(ctx, f, afterAt, afterRow, n, s.leadCond(f, afterAt, afterRow, copies))
}

// storyLead is StoryLeads for f naming a story, all of whose rows are that
// story's: its one lead is f's newest row (no row of f, its article's or
// another's, is newer), read without the story and article checks and
// returned when it comes after the cursor. (With them, every row of f is
// checked against the story's rows in turn, before the sort on SQLite and
// after the cursor on both: seconds for a story of a few hundred reports.)
func (s *Store) storyLead(ctx context.Context, f model.Filter, afterAt time.Time, afterRow int64) ([]LeadRef, error) {
	leads, err := s.storyLeads(ctx, f, time.Time{}, 0, 1, func(string, string) (string, []any) { return "", nil })
	if err != nil || afterRow == 0 || len(leads) == 0 {
		return leads, err
	}
	at, after := micros(leads[0].At), micros(afterAt)
	if at < after || at == after && leads[0].Row < afterRow {
		return leads, nil
	}
	return nil, nil
}

// storyLeads reads the n newest rows of f that pass cond (leadCond: the
// cursor, the story and article checks), as StoryLeadRefs returns them.
func (s *Store) storyLeads(ctx context.Context, f model.Filter, afterAt time.Time, afterRow int64, n int, cond rowCond) ([]LeadRef, error) {
	text, args := s.leadQuery(f, afterAt, afterRow, min(max(n, 1), MaxLimit), cond)
	rows, err := s.queryLeadRows(ctx, text, args)
	if err != nil {
		return nil, mapErr("store: story leads", err)
	}
	return rows, nil
}

// leadQuery is storyLeads' first query: the n newest lead rows of f after
// the cursor (leadRow's columns, named lead_id, lead_at and lead_row), n
// at least 1.
func (s *Store) leadQuery(f model.Filter, afterAt time.Time, afterRow int64, n int, cond rowCond) (string, []any) {
	f = cursorBound(f, afterAt, afterRow)
	if len(f.Topics) > 0 || len(f.Provinces) > 0 {
		return s.tagLeads(f, n, cond)
	}
	if f.Story != 0 {
		text, args := s.storyRows(f, n)
		ctext, cargs := cond("m.row_id", "m.published_at")
		return "SELECT m.article AS lead_id, m.published_at AS lead_at, m.row_id AS lead_row FROM (" + text + ") AS m WHERE TRUE" + ctext +
			" ORDER BY m.published_at DESC, m.row_id DESC LIMIT ?", append(append(args, cargs...), n)
	}
	rtext, rargs := s.restrict(f, "a.id", "a.published_at", "a")
	ctext, cargs := cond("a.id", "a.published_at")
	return plainLeads(f) + rtext + ctext + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?", append(append(rargs, cargs...), n)
}

// allNews reports whether f lists every article (no source, story or
// search; no tags either where it is asked): copies are then left out,
// their articles standing for them.
func allNews(f model.Filter) bool {
	return f.SourceID == 0 && f.Story == 0 && len(searchGroups(f.Query)) == 0
}

// plainLeads is the head of StoryLeads' query when f names no topic,
// province or story (storyRows), as plainIDs reads it: a copy of an article (article_copies)
// stands for that article. Without a source, story or search, copies are
// left out (their article passes where they do); with one, a copy that
// passes is read as its article. Each row gives its article's id, its own
// publication time and its own id.
func plainLeads(f model.Filter) string {
	if allNews(f) {
		return "SELECT a.id AS lead_id, a.published_at AS lead_at, a.id AS lead_row FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_copies cp WHERE cp.article_id = a.id)"
	}
	return "SELECT COALESCE(cp.canonical_id, a.id) AS lead_id, a.published_at AS lead_at, a.id AS lead_row FROM articles a LEFT JOIN article_copies cp ON cp.article_id = a.id WHERE TRUE"
}

// leadCond returns the conditions that make a row of f a lead after the
// cursor: it comes after (afterAt, afterRow) (when afterRow is set), no
// newer row of its story matches f (whatever the time bounds), and, with
// copies, no newer row of its article (the article's own or a copy's)
// matches f either, so that an article has one lead row.
//
// A row's story is its article's: a copy is in the story of the article
// it stands for, whatever story clustering filed the copy in (a copy
// filed elsewhere is no newer row of that other story, which it would
// hide from the list). With copies false, copies are not rows of the list
// and do not count.
func (s *Store) leadCond(f model.Filter, afterAt time.Time, afterRow int64, copies bool) rowCond {
	bf := f // whatever the time bounds: a newer row places the row's story on an earlier page
	bf.Since, bf.Until = time.Time{}, time.Time{}
	match, matchArgs := s.rowMatch(bf)
	return func(idCol, pubCol string) (string, []any) {
		text, args := cursorCond(afterAt, afterRow)(idCol, pubCol)
		newerRow := newerThan(idCol, pubCol)
		article := idCol // a row of the all-news list is an article
		if copies {
			article = articleOf(idCol)
		}
		// The story's articles (h's story) by their own rows.
		story := " FROM articles h JOIN articles b ON b.cluster_id = h.cluster_id WHERE h.id = " + article + " AND h.cluster_id <> 0"
		text += " AND NOT EXISTS (SELECT 1" + story +
			" AND NOT EXISTS (SELECT 1 FROM article_copies bc WHERE bc.article_id = b.id)" + newerRow + match + s.probeFence() + ")"
		args = append(args, matchArgs...)
		if copies {
			// The story's articles by their copies; then the row's article
			// (newestOfArticle).
			text += " AND NOT EXISTS (SELECT 1 FROM articles h JOIN articles o ON o.cluster_id = h.cluster_id" +
				" JOIN article_copies co ON co.canonical_id = o.id JOIN articles b ON b.id = co.article_id" +
				" WHERE h.id = " + article + " AND h.cluster_id <> 0" + newerRow + match + s.probeFence() + ")" +
				s.newestOfArticle(article, newerRow, match)
			args = append(append(append(args, matchArgs...), matchArgs...), matchArgs...)
		}
		return text, args
	}
}
