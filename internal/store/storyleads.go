package store

import (
	"context"
	"time"

	"bantin/internal/model"
)

// StoryLeads returns one page of a list of latest stories: the lead
// articles of up to n stories matching f, newest first, each story by its
// newest article matching f (its lead), and only the stories whose lead
// comes after the cursor (afterAt, afterID) in the store's order
// (published_at DESC, id DESC); afterID 0 means the list's start. An
// article with no story (cluster 0) is a story of its own.
//
// So a story is on exactly one page of a list walked with the cursor of
// each page's last lead: the page of its lead. Articles published in the
// same microsecond across a page's end are ordered by id, so none is lost or
// repeated. f's Since bounds the leads; its Until is replaced by the
// cursor's. Two queries: the leads' ids (one index range scan, a probe of
// the story's newer articles a row, stopped at n), then the articles with
// their tags (ArticlesByID).
func (s *Store) StoryLeads(ctx context.Context, f model.Filter, afterAt time.Time, afterID int64, n int) ([]model.Article, error) {
	n = min(max(n, 1), MaxLimit)
	f.Until = time.Time{}
	if afterID != 0 {
		f.Until = afterAt.Add(time.Microsecond) // bounds the index range; leadCond drops the rest
	}
	cond := s.leadCond(f, afterAt, afterID)
	var text string
	var args []any
	if len(f.Topics) > 0 || len(f.Provinces) > 0 {
		text, args = s.tagDriverWith(f, n, cond)
	} else {
		rtext, rargs := s.restrict(f, "a.id", "a.published_at", "a")
		ctext, cargs := cond("a.id", "a.published_at")
		text = plainLeads(f) + rtext + ctext + " ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
		args = append(append(rargs, cargs...), n)
	}
	ids, err := s.queryIDs(ctx, text, args)
	if err != nil {
		return nil, mapErr("store: story leads", err)
	}
	return s.ArticlesByID(ctx, dedupe(ids))
}

// plainLeads is the head of StoryLeads' query when f names no topic or
// province, as plainIDs reads it: a copy of an article (article_copies)
// stands for that article. Without a source, story or search, copies are
// left out (their article passes where they do); with one, a copy that
// passes is read as its article, which may then come twice (StoryLeads
// keeps the first).
func plainLeads(f model.Filter) string {
	if f.SourceID == 0 && f.Story == 0 && len(searchGroups(f.Query)) == 0 {
		return "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_copies cp WHERE cp.article_id = a.id)"
	}
	return "SELECT COALESCE(cp.canonical_id, a.id) FROM articles a LEFT JOIN article_copies cp ON cp.article_id = a.id WHERE TRUE"
}

// leadCond returns the conditions that make a row of f a lead after the
// cursor: it comes after (afterAt, afterID) (when afterID is set), and no
// newer article of its story matches f (whatever the time bounds).
func (s *Store) leadCond(f model.Filter, afterAt time.Time, afterID int64) rowCond {
	bf := f
	bf.Since, bf.Until = time.Time{}, time.Time{}
	newer, newerArgs := s.restrict(bf, "b.id", "b.published_at", "b")
	tags, tagArgs := tagCond(f, "b.id")
	return func(idCol, pubCol string) (string, []any) {
		var text string
		var args []any
		if afterID != 0 {
			at := micros(afterAt)
			text = " AND (" + pubCol + " < ? OR (" + pubCol + " = ? AND " + idCol + " < ?))"
			args = append(args, at, at, afterID)
		}
		text += " AND NOT EXISTS (SELECT 1 FROM articles h JOIN articles b ON b.cluster_id = h.cluster_id" +
			" WHERE h.id = " + idCol + " AND h.cluster_id <> 0 AND (b.published_at > " + pubCol +
			" OR (b.published_at = " + pubCol + " AND b.id > " + idCol + "))" + newer + tags + ")"
		args = append(append(args, newerArgs...), tagArgs...)
		return text, args
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
