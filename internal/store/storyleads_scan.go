package store

import (
	"context"
	"time"

	"bantin/internal/model"
)

// leadScanRows is how many of a list's rows scanLeads reads a query, per
// story asked (a week's stories have a few rows each: one query, mostly).
const leadScanRows = 4

// leadScanMax bounds scanLeads' batches, which double after the first: a
// list whose newest rows are one story's thousands (a big story's day)
// takes a few queries, not one per leadScanRows·n rows.
const leadScanMax = 8 * MaxLimit

// storyKey names a row's story: its article's cluster, or, for an article
// of no story (cluster 0), the article itself.
type storyKey struct {
	cluster, article int64
}

// keyedRow is a row of a list with its story.
type keyedRow struct {
	ref LeadRef
	key storyKey
}

// scanLeads is StoryLeadRefs from the list's start (no cursor), f naming no
// story: it reads f's rows newest first (the list's order, published_at
// DESC then row id DESC), each with its article (a copy's canonical one)
// and that article's story, in growing batches, and keeps each story's
// first row until it has n. The first row of a story in that order is its newest row
// matching f, which is what leadCond's probes select, so the leads, their
// rows and their order are StoryLeads' — without probing each row's story
// for newer rows (3–6 index probes a row on PostgreSQL). f's Until is
// ignored, as StoryLeads ignores it.
func (s *Store) scanLeads(ctx context.Context, f model.Filter, n int) ([]LeadRef, error) {
	n = min(max(n, 1), MaxLimit)
	batch := leadScanRows * n
	seen := make(map[storyKey]bool, n)
	var out []LeadRef
	var at time.Time
	var row int64
	for {
		rows, err := s.keyedRows(ctx, f, at, row, batch)
		if err != nil {
			return nil, mapErr("store: story leads", err)
		}
		// A batch may hold fewer rows than asked before the list's end (a
		// row read in two branches is one), so only an empty one ends it.
		if len(rows) == 0 {
			return out, nil
		}
		for _, r := range rows {
			if !seen[r.key] {
				seen[r.key] = true
				out = append(out, r.ref)
				if len(out) == n {
					return out, nil
				}
			}
		}
		at, row = rows[len(rows)-1].ref.At, rows[len(rows)-1].ref.Row
		batch = min(2*batch, leadScanMax) // a story's run of rows takes few queries
	}
}

// keyedRows reads up to limit rows of f after the cursor (afterAt,
// afterRow; afterRow 0 for the list's start), newest first, each with its
// story (keyedQuery).
func (s *Store) keyedRows(ctx context.Context, f model.Filter, afterAt time.Time, afterRow int64, limit int) ([]keyedRow, error) {
	text, args := s.keyedQuery(f, afterAt, afterRow, limit)
	rows, err := s.query(ctx, text, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []keyedRow
	for rows.Next() {
		var r leadRow
		var cluster int64
		if err := rows.Scan(&r.article, &r.at, &r.row, &cluster); err != nil {
			return nil, err
		}
		key := storyKey{cluster: cluster}
		if cluster == 0 {
			key.article = r.article
		}
		out = append(out, keyedRow{ref: LeadRef{ID: r.article, At: fromMicros(r.at), Row: r.row}, key: key})
	}
	return out, rows.Err()
}

// keyedQuery is keyedRows' query: leadQuery's rows with no story or
// article check, each with its article's cluster — read with the row on
// the all-news list (the row is the article), else by a probe a row (a
// join hashed the whole table on PostgreSQL).
func (s *Store) keyedQuery(f model.Filter, afterAt time.Time, afterRow int64, limit int) (string, []any) {
	cursor := cursorCond(afterAt, afterRow)
	if len(f.Topics) > 0 || len(f.Provinces) > 0 || !allNews(f) {
		text, args := s.leadQuery(f, afterAt, afterRow, limit, cursor)
		return "SELECT q.lead_id, q.lead_at, q.lead_row, (SELECT k.cluster_id FROM articles k WHERE k.id = q.lead_id) FROM (" +
			text + ") AS q ORDER BY q.lead_at DESC, q.lead_row DESC", args
	}
	f = cursorBound(f, afterAt, afterRow)
	rtext, rargs := s.restrict(f, "a.id", "a.published_at", "a")
	ctext, cargs := cursor("a.id", "a.published_at")
	return "SELECT a.id, a.published_at, a.id, a.cluster_id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_copies cp WHERE cp.article_id = a.id)" +
		rtext + ctext + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?", append(append(rargs, cargs...), limit)
}

// cursorCond returns the condition that a row comes after the cursor
// (afterAt, afterRow) in the lists' order; none when afterRow is 0.
func cursorCond(afterAt time.Time, afterRow int64) rowCond {
	return func(idCol, pubCol string) (string, []any) {
		if afterRow == 0 {
			return "", nil
		}
		at := micros(afterAt)
		return " AND (" + pubCol + " < ? OR (" + pubCol + " = ? AND " + idCol + " < ?))", []any{at, at, afterRow}
	}
}

// cursorBound returns f with its Until replaced by the cursor's (afterAt,
// afterRow; none when afterRow is 0): it bounds the index range a list
// reads, and cursorCond drops the rows of afterAt's microsecond not after
// the cursor.
func cursorBound(f model.Filter, afterAt time.Time, afterRow int64) model.Filter {
	f.Until = time.Time{}
	if afterRow != 0 {
		f.Until = afterAt.Add(time.Microsecond)
	}
	return f
}
