package store

import (
	"cmp"
	"context"
	"database/sql"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

type topicRow struct {
	bun.BaseModel `bun:"table:article_topics"`

	ArticleID   int64   `bun:"article_id"`
	Topic       string  `bun:"topic"`
	IsPrimary   bool    `bun:"is_primary"`
	Score       float64 `bun:"score"`
	Reason      string  `bun:"reason"`
	PublishedAt int64   `bun:"published_at"`
}

type provinceRow struct {
	bun.BaseModel `bun:"table:article_provinces"`

	ArticleID   int64   `bun:"article_id"`
	Province    string  `bun:"province"`
	Legacy      string  `bun:"legacy_province"`
	Weight      float64 `bun:"weight"`
	Reason      string  `bun:"reason"`
	PublishedAt int64   `bun:"published_at"`
}

// pairRow is one (topic, province slug) pair of an article, for feeds of a
// topic in a province; a former province's slug has its own pair.
type pairRow struct {
	bun.BaseModel `bun:"table:article_topic_provinces"`

	Topic       string `bun:"topic"`
	Province    string `bun:"province"`
	PublishedAt int64  `bun:"published_at"`
	ArticleID   int64  `bun:"article_id"`
}

// pairs returns the (topic, province) rows of one article, each once.
func pairs(id, pub int64, topics []model.TopicTag, provinces []model.ProvinceTag) []pairRow {
	var out []pairRow
	seen := map[[2]string]bool{}
	for _, t := range topics {
		for _, p := range provinces {
			for _, slug := range []string{p.Province, p.Legacy} {
				if k := [2]string{t.Topic, slug}; slug != "" && !seen[k] {
					seen[k] = true
					out = append(out, pairRow{Topic: t.Topic, Province: slug, PublishedAt: pub, ArticleID: id})
				}
			}
		}
	}
	return out
}

// dropTags deletes the topic, province and pair rows of the articles ids,
// before they are tagged again.
func dropTags(ctx context.Context, tx bun.Tx, ids []int64) error {
	for _, table := range []string{"article_topics", "article_provinces", "article_topic_provinces"} {
		if _, err := tx.NewDelete().TableExpr(table).Where("article_id IN (?)", bun.List(ids)).Exec(ctx); err != nil {
			return mapErr("store: retag", err)
		}
	}
	return nil
}

// writeTags inserts the topic, province and (topic, province) pair rows of
// the written articles with one multi-row insert per table.
func (s *Store) writeTags(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	var topics []topicRow
	var provinces []provinceRow
	var pairRows []pairRow
	for i := range writes {
		a := &writes[i].Article
		pub := micros(a.PublishedAt)
		pairRows = append(pairRows, pairs(ids[i], pub, a.Topics, a.Provinces)...)
		for _, t := range a.Topics {
			topics = append(topics, topicRow{ArticleID: ids[i], Topic: t.Topic, IsPrimary: t.Primary,
				Score: t.Score, Reason: t.Reason, PublishedAt: pub})
		}
		for _, p := range dedupeProvinces(a.Provinces) {
			provinces = append(provinces, provinceRow{ArticleID: ids[i], Province: p.Province,
				Legacy: p.Legacy, Weight: p.Weight, Reason: p.Reason, PublishedAt: pub})
		}
	}
	if len(topics) > 0 {
		if _, err := tx.NewInsert().Model(&topics).Exec(ctx); err != nil {
			return mapErr("store: insert topics", err)
		}
	}
	if len(provinces) > 0 {
		if _, err := tx.NewInsert().Model(&provinces).Exec(ctx); err != nil {
			return mapErr("store: insert provinces", err)
		}
	}
	if len(pairRows) > 0 {
		if _, err := tx.NewInsert().Model(&pairRows).Exec(ctx); err != nil {
			return mapErr("store: insert topic-province pairs", err)
		}
	}
	return nil
}

// dedupeProvinces keeps the first tag of each (province, legacy) pair, the
// table's primary key.
func dedupeProvinces(tags []model.ProvinceTag) []model.ProvinceTag {
	seen := make(map[[2]string]bool, len(tags))
	out := tags[:0:0]
	for _, t := range tags {
		k := [2]string{t.Province, t.Legacy}
		if !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	return out
}

// ClusterMember is a stored article as the story clusterer sees it.
type ClusterMember struct {
	ArticleID   int64
	ClusterID   int64
	Key         string // ClusterKey of the article: its identity whatever its id
	Signature   []byte
	PublishedAt time.Time
}

// ClusterKey is what identifies an article to the story clusterer whatever
// its database id: its link and its key within its source.
func ClusterKey(url, key string) string { return url + "\x00" + key }

// RecentSignatures returns, in id order, the articles with an id above
// afterID published at or after since, with their cluster and signature:
// what an in-memory cluster index loads (afterID 0: read through the
// published_at index, however large the table) and then follows (a
// primary-key range of the rows added since). The columns read sit before
// the article body.
func (s *Store) RecentSignatures(ctx context.Context, afterID int64, since time.Time) ([]ClusterMember, error) {
	out, _, err := s.RecentSignaturesExcept(ctx, afterID, since, nil)
	return out, err
}

// RecentSignaturesExcept is RecentSignatures without the articles whose id
// except reports (nil: none), which are read but not decoded or kept, and
// it also returns the largest id read (afterID when none): a cluster index
// that holds a pass's own articles already skips them at little cost.
func (s *Store) RecentSignaturesExcept(ctx context.Context, afterID int64, since time.Time, except func(id int64) bool) ([]ClusterMember, int64, error) {
	// "+ 0" keeps SQLite's planner off the index of that column: a full
	// load walks the published_at index, a follow-up the primary key.
	q := `SELECT id, cluster_id, signature, published_at, url, key FROM articles WHERE published_at + 0 >= ? AND id > ?`
	if afterID == 0 {
		q = `SELECT id, cluster_id, signature, published_at, url, key FROM articles WHERE published_at >= ? AND id + 0 > ?`
	}
	rows, err := s.db.QueryContext(ctx, q, micros(since), afterID)
	if err != nil {
		return nil, afterID, mapErr("store: recent signatures", err)
	}
	defer rows.Close()
	var out []ClusterMember
	last := afterID
	for rows.Next() {
		var id, cluster, pub int64
		var sig, url, key sql.RawBytes
		if err := rows.Scan(&id, &cluster, &sig, &pub, &url, &key); err != nil {
			return nil, afterID, mapErr("store: recent signatures", err)
		}
		last = max(last, id)
		if except != nil && except(id) {
			continue
		}
		out = append(out, ClusterMember{ArticleID: id, ClusterID: cluster, Key: ClusterKey(string(url), string(key)),
			Signature: slices.Clone(sig), PublishedAt: fromMicros(pub)})
	}
	if err := rows.Err(); err != nil {
		return nil, afterID, mapErr("store: recent signatures", err)
	}
	slices.SortFunc(out, func(a, b ClusterMember) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	return out, last, nil
}
