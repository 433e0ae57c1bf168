package store

import (
	"context"
	"fmt"
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
	var links []string
	args := make([]any, 0, 2*len(writes))
	seen := make(map[string]bool, len(writes))
	for i := range writes {
		l := linkOf(&writes[i].Article)
		if writes[i].ExistingID != 0 || l == "" || seen[l] {
			continue
		}
		seen[l] = true
		links = append(links, l)
		args = append(args, l, ids[i])
	}
	if len(links) == 0 {
		return nil
	}
	if err := s.insertValuesThen(ctx, tx, "article_links", []string{"link", "article_id"}, args, " ON CONFLICT DO NOTHING"); err != nil {
		return mapErr("store: article links", err)
	}
	owner, err := linkOwners(ctx, tx, links)
	if err != nil {
		return err
	}
	var copies []any
	for i := range writes {
		l := linkOf(&writes[i].Article)
		if writes[i].ExistingID != 0 || l == "" {
			continue
		}
		if o := owner[l]; o != 0 && o != ids[i] {
			copies = append(copies, ids[i], o)
			if err := touch(ctx, tx, o, writes[i].Article.FetchedAt); err != nil {
				return err
			}
		}
	}
	if len(copies) == 0 {
		return nil
	}
	return mapErr("store: article copies", s.insertValuesThen(ctx, tx, "article_copies",
		[]string{"article_id", "canonical_id"}, copies, " ON CONFLICT DO NOTHING"))
}

// touch moves article id's fetch time to at when it is earlier: a new copy
// may add the article to feeds (its tags), whose Last-Modified is when
// bantin last stored or changed one of their articles.
func touch(ctx context.Context, tx bun.Tx, id int64, at time.Time) error {
	_, err := tx.NewRaw("UPDATE articles SET fetched_at = ? WHERE id = ? AND fetched_at < ?", micros(at), id, micros(at)).Exec(ctx)
	return mapErr(fmt.Sprintf("store: article %d", id), err)
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
