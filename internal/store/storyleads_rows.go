package store

import (
	"context"

	"bantin/internal/model"
)

// leadRow is a row StoryLeads' first query gives: the article it stands
// for, and its own publication time (Unix microseconds) and id.
type leadRow struct {
	article, at, row int64
}

// tagLeads is StoryLeads' first query for f naming topics or provinces:
// tagDriver's branches, each row passing cond (leadCond: a lead row after
// the cursor, the newest matching row of its article), the limit newest
// lead rows.
func (s *Store) tagLeads(f model.Filter, limit int, cond rowCond) (string, []any) {
	d := driver{s: s, f: f, more: cond, limit: limit}
	d.branches()
	// A row in several branches (an article with two of the topics) is
	// one lead; each article has one lead row (see leadCond).
	return "SELECT MIN(m.id) AS lead_id, m.published_at AS lead_at, m.row_id AS lead_row FROM (SELECT " + canonicalID + " AS id, u.published_at, u.article_id AS row_id FROM (" +
		d.b.String() + ") AS u) AS m GROUP BY m.row_id, m.published_at ORDER BY m.published_at DESC, m.row_id DESC LIMIT ?", append(d.args, limit)
}

// queryLeadRows runs text, a query of leadRow's three columns, through the
// statement cache and returns its rows in order, each article once (the
// first).
func (s *Store) queryLeadRows(ctx context.Context, text string, args []any) ([]LeadRef, error) {
	rows, err := s.query(ctx, text, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []LeadRef
	seen := map[int64]bool{}
	for rows.Next() {
		var r leadRow
		if err := rows.Scan(&r.article, &r.at, &r.row); err != nil {
			return nil, err
		}
		if !seen[r.article] {
			seen[r.article] = true
			out = append(out, LeadRef{ID: r.article, At: fromMicros(r.at), Row: r.row})
		}
	}
	return out, rows.Err()
}

// leadArticles reads the articles of rows, in the rows' order.
func (s *Store) leadArticles(ctx context.Context, rows []LeadRef) ([]Lead, error) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	arts, err := s.ArticlesByID(ctx, ids)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]int, len(arts))
	for i := range arts {
		byID[arts[i].ID] = i
	}
	out := make([]Lead, 0, len(rows))
	for _, r := range rows {
		if i, ok := byID[r.ID]; ok {
			out = append(out, Lead{Article: arts[i], At: r.At, Row: r.Row})
		}
	}
	return out, nil
}
