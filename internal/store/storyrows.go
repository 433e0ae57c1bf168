package store

import (
	"context"

	"bantin/internal/model"
)

// storyRows returns a query over the rows of f.Story that pass f's other
// conditions (time bounds, source, search; not its tags), with the columns
// article (the article a row stands for), published_at and row_id (the
// row's own). A story's rows are its articles' own rows and their copies
// (article_copies), wherever clustering filed a copy: a row's story is
// its article's (as StoryLeads' leadCond reads it). A copy filed in the
// story whose article is in another story is not one of them: its article
// is listed in its own story's feed and page, not twice. Both branches
// start from the story's articles by articles_cluster_newest; of the
// articles' own rows only the limit newest are read (an article among the
// limit newest of the list is placed by a copy, or its own row is among
// them: fewer than limit articles have a newer own row), of the copies all.
func (s *Store) storyRows(f model.Filter, limit int) (string, []any) {
	story := f.Story
	f.Story = 0
	own, ownArgs := s.restrict(f, "r.id", "r.published_at", "r")
	cp, cpArgs := s.restrict(f, "r.id", "r.published_at", "r")
	text := "SELECT * FROM (SELECT r.id AS article, r.published_at AS published_at, r.id AS row_id FROM articles r WHERE r.cluster_id = ?" +
		" AND NOT EXISTS (SELECT 1 FROM article_copies rx WHERE rx.article_id = r.id)" + own +
		" ORDER BY r.published_at DESC, r.id DESC LIMIT ?) AS own" +
		" UNION ALL SELECT o.id, r.published_at, r.id FROM articles o JOIN article_copies rc ON rc.canonical_id = o.id" +
		" JOIN articles r ON r.id = rc.article_id WHERE o.cluster_id = ?" +
		" AND NOT EXISTS (SELECT 1 FROM article_copies ox WHERE ox.article_id = o.id)" + cp
	args := append(append(append(append([]any{story}, ownArgs...), limit), story), cpArgs...)
	return text, args
}

// storyIDs returns the ids of the limit newest articles of f.Story passing
// f's other conditions except its tags, each once, placed by the newest of
// its rows that passes (its own or a copy's, as tagDriver places them).
func (s *Store) storyIDs(ctx context.Context, f model.Filter, limit int) ([]int64, error) {
	text, args := s.storyRows(f, limit)
	return s.queryIDs(ctx, "SELECT m.article FROM ("+text+") AS m GROUP BY m.article ORDER BY MAX(m.published_at) DESC, m.article DESC LIMIT ?",
		append(args, limit))
}
