package store

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// linkOf is what tells a to be the same article as another source's: its
// canonical link (model.Article.Link), else its link, "" for none.
func linkOf(a *model.Article) string {
	if a.URL == "" {
		return ""
	}
	if a.Link != "" {
		return a.Link
	}
	return a.URL
}

// linkArticles records the link of each new article in writes (ids: their
// rows, already inserted) in article_links, unless an article stored
// earlier holds it — from this source or another, in this transaction or
// a concurrent one — and makes the new article a copy of that one
// (article_copies): one article per link across sources, the first stored
// (its id is the one feeds published). Within writes, the first of a link
// is the article. The new link of a moved article (Rekey) is recorded
// for its article too, unless another holds it; the old one stays.
func (s *Store) linkArticles(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	if err := relink(ctx, tx, writes); err != nil {
		return err
	}
	links, first := newLinks(writes, ids)
	if len(links) == 0 {
		return nil
	}
	// In one order, so that two PostgreSQL transactions inserting the same
	// links wait for each other instead of deadlocking.
	slices.Sort(links)
	args := make([]any, 0, 2*len(links))
	for _, l := range links {
		args = append(args, l, first[l])
	}
	if err := s.insertValuesThen(ctx, tx, "article_links", []string{"link", "article_id"}, args, " ON CONFLICT DO NOTHING"); err != nil {
		return mapErr("store: article links", err)
	}
	owner, err := linkOwners(ctx, tx, links)
	if err != nil {
		return err
	}
	copies, touched, at := copiesOf(writes, ids, owner)
	if len(copies) == 0 {
		return nil
	}
	if err := touch(ctx, tx, dedupeIDs(touched), at); err != nil {
		return err
	}
	return mapErr("store: article copies", s.insertValuesThen(ctx, tx, "article_copies",
		[]string{"article_id", "canonical_id"}, copies, " ON CONFLICT DO NOTHING"))
}

// newLinks returns the links of the new articles in writes (ids: their
// rows), each once, and the first article of each.
func newLinks(writes []ArticleWrite, ids []int64) (links []string, first map[string]int64) {
	first = make(map[string]int64, len(writes))
	for i := range writes {
		l := linkOf(&writes[i].Article)
		if _, dup := first[l]; writes[i].ExistingID != 0 || l == "" || dup {
			continue
		}
		first[l] = ids[i]
		links = append(links, l)
	}
	return links, first
}

// copiesOf returns the article_copies rows (article id, canonical id
// pairs) of the new articles in writes whose link another article owns
// (owner: link → article id), the articles they copy, and the latest
// fetch time of the copies.
func copiesOf(writes []ArticleWrite, ids []int64, owner map[string]int64) (copies []any, touched []int64, at time.Time) {
	for i := range writes {
		l := linkOf(&writes[i].Article)
		if writes[i].ExistingID != 0 || l == "" {
			continue
		}
		if o := owner[l]; o != 0 && o != ids[i] {
			copies = append(copies, ids[i], o)
			touched = append(touched, o)
			at = later(at, writes[i].Article.FetchedAt)
		}
	}
	return copies, touched, at
}

// touch moves the fetch time of the articles ids to at where it is
// earlier: a new copy may add its article to feeds (its tags), whose
// Last-Modified is when bantin last stored or changed one of their
// articles. One statement over ids in order, so that two PostgreSQL
// transactions touching the same articles lock them in one order.
func touch(ctx context.Context, tx bun.Tx, ids []int64, at time.Time) error {
	_, err := tx.NewRaw("UPDATE articles SET fetched_at = ? WHERE id IN (?) AND fetched_at < ?", micros(at), bun.List(ids), micros(at)).Exec(ctx)
	return mapErr(fmt.Sprintf("store: fetch time of articles %v", ids), err)
}

// later returns the later of a and b.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// linkOwners returns the article each of links belongs to.
func linkOwners(ctx context.Context, tx bun.Tx, links []string) (map[string]int64, error) {
	owner := make(map[string]int64, len(links))
	for start := 0; start < len(links); start += MaxLimit {
		var rows []struct {
			Link      string `bun:"link"`
			ArticleID int64  `bun:"article_id"`
		}
		page := links[start:min(start+MaxLimit, len(links))]
		if err := tx.NewRaw("SELECT link, article_id FROM article_links WHERE link IN (?)", bun.List(page)).Scan(ctx, &rows); err != nil {
			return nil, mapErr("store: article links", err)
		}
		for _, r := range rows {
			owner[r.Link] = r.ArticleID
		}
	}
	return owner, nil
}

// relink records the new link of each moved article in writes for the
// article it is (itself, or the one it is a copy of), unless another
// article holds that link.
func relink(ctx context.Context, tx bun.Tx, writes []ArticleWrite) error {
	for i := range writes {
		w := &writes[i]
		l := linkOf(&w.Article)
		if w.ExistingID == 0 || !w.Rekey || l == "" {
			continue
		}
		// WHERE TRUE: SQLite reads ON CONFLICT after a bare SELECT as a join.
		_, err := tx.NewRaw(`INSERT INTO article_links (link, article_id) SELECT ?,
			COALESCE((SELECT canonical_id FROM article_copies WHERE article_id = ?), ?) WHERE TRUE ON CONFLICT DO NOTHING`,
			l, w.ExistingID, w.ExistingID).Exec(ctx)
		if err != nil {
			return mapErr("store: link of moved article "+w.Article.Key, err)
		}
	}
	return nil
}

// handOverLinks prepares the removal of source sourceID's articles: where
// rows of other sources are copies of one of them, the earliest of those
// copies becomes the article in its place, with its links and the other
// copies, so that the link stays one article (a later fetch of it is a
// copy, not a second article).
func handOverLinks(ctx context.Context, tx bun.Tx, sourceID int64) error {
	var rows []struct {
		Canonical int64 `bun:"canonical_id"`
		Copy      int64 `bun:"article_id"`
	}
	err := tx.NewRaw(`SELECT cp.canonical_id, cp.article_id FROM article_copies cp
		JOIN articles a ON a.id = cp.canonical_id JOIN articles c ON c.id = cp.article_id
		WHERE a.source_id = ? AND c.source_id <> ? ORDER BY cp.canonical_id, cp.article_id`, sourceID, sourceID).Scan(ctx, &rows)
	if err != nil {
		return mapErr("store: copies of the source's articles", err)
	}
	for i, r := range rows {
		if i > 0 && rows[i-1].Canonical == r.Canonical {
			continue
		}
		for _, q := range []string{"UPDATE article_links SET article_id = ? WHERE article_id = ?",
			"UPDATE article_copies SET canonical_id = ? WHERE canonical_id = ?"} {
			if _, err := tx.NewRaw(q, r.Copy, r.Canonical).Exec(ctx); err != nil {
				return mapErr(fmt.Sprintf("store: hand article %d over to %d", r.Canonical, r.Copy), err)
			}
		}
	}
	if len(rows) > 0 {
		_, err = tx.NewRaw("DELETE FROM article_copies WHERE article_id = canonical_id").Exec(ctx)
	}
	return mapErr("store: copies handed over", err)
}
