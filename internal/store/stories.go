package store

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// StoryStat is one story (the articles of one cluster) and how widely it
// was covered.
type StoryStat struct {
	ID       int64     // the cluster id: /stories/{id}
	Sources  int       // distinct outlets with an article in the story (model.OutletKey)
	Articles int       // articles in the story, an outlet's repeats of one counted once (model.RepeatKey)
	Latest   time.Time // newest publication in the story
}

// TopStories returns up to limit stories that hold an article matching f
// (its tags, source, search and Since/Until bounds; f.Limit is ignored),
// ranked by the number of outlets that covered them, most first, then by
// their newest article, newest first, then by id. Sources and Latest count
// every article of the story, matching or not. For tag filters the
// candidates are the MaxLimit newest matching articles.
func (s *Store) TopStories(ctx context.Context, f model.Filter, limit int) ([]StoryStat, error) {
	var inner string
	var args []any
	if len(f.Topics) > 0 || len(f.Provinces) > 0 {
		text, targs := s.tagDriver(f, MaxLimit)
		inner, args = "SELECT x.cluster_id FROM articles x WHERE x.id IN ("+text+")", targs
	} else {
		text, rargs := s.restrict(f, "x.id", "x.published_at", "x")
		inner, args = "SELECT x.cluster_id FROM articles x WHERE TRUE"+text, rargs
	}
	var rows []struct {
		ID       int64 `bun:"cluster_id"`
		Sources  int   `bun:"sources"`
		Articles int   `bun:"articles"`
		Latest   int64 `bun:"latest"`
	}
	err := s.db.NewRaw(`SELECT cluster_id, `+outletCount("articles")+` AS sources, `+pieceCount+` AS articles,
		MAX(published_at) AS latest FROM articles WHERE cluster_id <> 0 AND cluster_id IN (`+inner+`) AND `+storyRow("articles")+`
		GROUP BY cluster_id ORDER BY sources DESC, latest DESC, cluster_id DESC LIMIT ?`,
		append(args, limit)...).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: top stories", err)
	}
	out := make([]StoryStat, len(rows))
	for i, r := range rows {
		out[i] = StoryStat{ID: r.ID, Sources: r.Sources, Articles: r.Articles, Latest: fromMicros(r.Latest)}
	}
	return out, nil
}

// StoryThreads returns, for each of the given story (cluster) ids that has
// articles, the thread it is a segment of (classify's Placement; 0 for a
// story an older release stored without one).
func (s *Store) StoryThreads(ctx context.Context, ids []int64) (map[int64]int64, error) {
	return s.perStory(ctx, ids, "MAX("+s.threadColumn("a")+")", "story threads")
}

// StorySizes returns, for each of the given story (cluster) ids that has
// articles, the number of distinct outlets that covered it (model.OutletKey).
func (s *Store) StorySizes(ctx context.Context, ids []int64) (map[int64]int, error) {
	n, err := s.perStory(ctx, ids, outletCount("a"), "story sizes")
	if err != nil {
		return nil, err
	}
	out := make(map[int64]int, len(n))
	for id, v := range n {
		out[id] = int(v)
	}
	return out, nil
}

// StoryPictures returns, for each of the given story (cluster) ids that has
// reports with a picture, the pictures of its newest such reports, at most
// per of them (per < 1 is 1), newest first (by publication, then id; a copy
// filed in another story than its article's is not one of the story's
// reports: storyRow): what stands for the story where the report a list
// shows has none. The caller picks the first its URL policy lets through;
// per bounds what a story of many reports costs.
func (s *Store) StoryPictures(ctx context.Context, ids []int64, per int) (map[int64][]string, error) {
	out := make(map[int64][]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ID    int64  `bun:"cluster_id"`
		Image string `bun:"image_url"`
	}
	err := s.db.NewRaw(`SELECT cluster_id, image_url FROM (SELECT a.cluster_id, a.image_url,
		ROW_NUMBER() OVER (PARTITION BY a.cluster_id ORDER BY a.published_at DESC, a.id DESC) AS n
		FROM articles AS a WHERE a.cluster_id IN (?) AND a.image_url <> '' AND `+storyRow("a")+`) AS p
		WHERE n <= ? ORDER BY cluster_id, n`,
		bun.List(dedupeIDs(ids)), max(per, 1)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: story pictures", err)
	}
	for _, r := range rows {
		out[r.ID] = append(out[r.ID], r.Image)
	}
	return out, nil
}

// perStory returns the aggregate expr (over articles AS a) of each of the
// given story ids that has articles; what names the query in its error.
func (s *Store) perStory(ctx context.Context, ids []int64, expr, what string) (map[int64]int64, error) {
	out := make(map[int64]int64, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ID    int64 `bun:"cluster_id"`
		Value int64 `bun:"value"`
	}
	err := s.db.NewRaw(`SELECT a.cluster_id, `+expr+` AS value FROM articles AS a
		WHERE a.cluster_id IN (?) AND `+storyRow("a")+` GROUP BY a.cluster_id`, bun.List(dedupeIDs(ids))).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: "+what, err)
	}
	for _, r := range rows {
		out[r.ID] = r.Value
	}
	return out, nil
}

// StoryArticles returns the articles of the stories (clusters) ids, with
// their source and tags, newest first, at most MaxLimit per call, without
// the repeats of an article that several feeds of its outlet carried
// (model.DropRepeats) and without copies (article_copies: a copy stands
// for its article, which is in its own story). An id with no articles
// adds nothing.
func (s *Store) StoryArticles(ctx context.Context, ids ...int64) ([]model.Article, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	var aids []int64
	err := s.db.NewRaw(`SELECT a.id FROM articles a WHERE a.cluster_id IN (?)
		AND NOT EXISTS (SELECT 1 FROM article_copies cp WHERE cp.article_id = a.id)
		ORDER BY a.published_at DESC, a.id DESC LIMIT ?`,
		bun.List(dedupeIDs(ids)), MaxLimit).Scan(ctx, &aids)
	if err != nil {
		return nil, mapErr("store: story articles", err)
	}
	if len(aids) == 0 {
		return nil, nil
	}
	arts, err := s.ArticlesByID(ctx, aids)
	return model.DropRepeats(arts), err
}

// outletCount counts a story's outlets ("N nguồn") over the rows aliased
// alias of the articles table, as model.OutletKey tells them apart. A copy
// (article_copies) counts as its article: with its article's outlet key
// (the same link names the same outlet; where it names none, the key is
// the article's source, not the copy's), so a story counts the outlets of
// the reports its page lists (StoryArticles), whichever feeds carried
// them; a copy filed in another story than its article's counts in
// neither (storyRow leaves it out there, and its article's story has the
// article's key already).
func outletCount(alias string) string {
	return "COUNT(DISTINCT COALESCE((SELECT " + outletKey("c") + " FROM article_copies cp JOIN articles c ON c.id = cp.canonical_id" +
		" WHERE cp.article_id = " + alias + ".id), " + outletKey(alias) + "))"
}

// outletKey is model.OutletKey of the row aliased alias in SQL.
func outletKey(alias string) string {
	return "CASE WHEN " + alias + ".outlet <> '' THEN " + alias + ".outlet ELSE 'source:' || CAST(" + alias + ".source_id AS TEXT) END"
}

// pieceCount counts a story's articles over the articles table as
// model.RepeatKey tells them apart, a copy (article_copies) as its article.
const pieceCount = "COUNT(DISTINCT COALESCE((SELECT c.url || ' ' || c.title FROM article_copies cp JOIN articles c ON c.id = cp.canonical_id" +
	" WHERE cp.article_id = articles.id AND c.url <> ''), CASE WHEN url <> '' THEN url || ' ' || title ELSE CAST(id AS TEXT) END))"

// storyRow is the condition that the row alias is one of its story's: a
// copy (article_copies) that clustering filed in another story than its
// article's is not, as it stands for its article (whose story lists and
// pages show it in). The stories' counts and threads leave it out.
func storyRow(alias string) string {
	return "NOT EXISTS (SELECT 1 FROM article_copies cp JOIN articles c ON c.id = cp.canonical_id WHERE cp.article_id = " +
		alias + ".id AND c.cluster_id <> " + alias + ".cluster_id)"
}

func dedupeIDs(ids []int64) []int64 {
	out := slices.Clone(ids)
	slices.SortFunc(out, cmp.Compare)
	return slices.Compact(out)
}
