package store

import (
	"context"
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

type bandRow struct {
	bun.BaseModel `bun:"table:article_bands"`

	Band        int64 `bun:"band"`
	ArticleID   int64 `bun:"article_id"`
	PublishedAt int64 `bun:"published_at"`
}

// writeTags inserts the topic, province and cluster-band rows of the written
// articles with one multi-row insert per table. Bands are written for new
// articles only: an edit keeps the article in its cluster.
func (s *Store) writeTags(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	var topics []topicRow
	var provinces []provinceRow
	var bands []bandRow
	for i := range writes {
		a := &writes[i].Article
		pub := micros(a.PublishedAt)
		for _, t := range a.Topics {
			topics = append(topics, topicRow{ArticleID: ids[i], Topic: t.Topic, IsPrimary: t.Primary,
				Score: t.Score, Reason: t.Reason, PublishedAt: pub})
		}
		for _, p := range dedupeProvinces(a.Provinces) {
			provinces = append(provinces, provinceRow{ArticleID: ids[i], Province: p.Province,
				Legacy: p.Legacy, Weight: p.Weight, Reason: p.Reason, PublishedAt: pub})
		}
		if writes[i].ExistingID == 0 {
			for _, b := range writes[i].Bands {
				bands = append(bands, bandRow{Band: int64(b), ArticleID: ids[i], PublishedAt: pub})
			}
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
	if len(bands) > 0 {
		if _, err := tx.NewInsert().Model(&bands).On("CONFLICT DO NOTHING").Exec(ctx); err != nil {
			return mapErr("store: insert bands", err)
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

// attachTags loads the topic and province tags of arts in two queries.
func (s *Store) attachTags(ctx context.Context, arts []model.Article) error {
	if len(arts) == 0 {
		return nil
	}
	ids := make([]int64, len(arts))
	pos := make(map[int64]int, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
		pos[arts[i].ID] = i
	}
	var topics []topicRow
	if err := s.db.NewSelect().Model(&topics).Where("article_id IN (?)", bun.In(ids)).
		Order("article_id", "is_primary DESC", "score DESC", "topic").Scan(ctx); err != nil {
		return mapErr("store: load topics", err)
	}
	for _, t := range topics {
		a := &arts[pos[t.ArticleID]]
		a.Topics = append(a.Topics, model.TopicTag{Topic: t.Topic, Primary: t.IsPrimary, Score: t.Score, Reason: t.Reason})
	}
	var provinces []provinceRow
	if err := s.db.NewSelect().Model(&provinces).Where("article_id IN (?)", bun.In(ids)).
		Order("article_id", "weight DESC", "province").Scan(ctx); err != nil {
		return mapErr("store: load provinces", err)
	}
	for _, p := range provinces {
		a := &arts[pos[p.ArticleID]]
		a.Provinces = append(a.Provinces, model.ProvinceTag{Province: p.Province, Legacy: p.Legacy, Weight: p.Weight, Reason: p.Reason})
	}
	return nil
}

// ClusterCandidate is a stored article sharing at least one LSH band with a
// new article.
type ClusterCandidate struct {
	ArticleID   int64
	ClusterID   int64
	Signature   []byte
	PublishedAt time.Time
}

// maxCandidates bounds the work of one cluster lookup: the most recent
// articles sharing a band are the likeliest members of the same story.
const maxCandidates = 200

// ClusterCandidates returns up to maxCandidates of the most recent articles
// published at or after since that share a band with bands, each once.
func (s *Store) ClusterCandidates(ctx context.Context, bands []uint64, since time.Time) ([]ClusterCandidate, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	keys := make([]int64, len(bands))
	for i, b := range bands {
		keys[i] = int64(b)
	}
	var rows []struct {
		ID          int64  `bun:"id"`
		ClusterID   int64  `bun:"cluster_id"`
		Signature   []byte `bun:"signature"`
		PublishedAt int64  `bun:"published_at"`
	}
	// Drive from the band index (covering: band, published_at, article_id)
	// and only then read the few matching article rows.
	err := s.db.NewRaw(`SELECT a.id, a.cluster_id, a.signature, a.published_at
		FROM (SELECT article_id, max(published_at) AS p FROM article_bands
			WHERE band IN (?) AND published_at >= ?
			GROUP BY article_id ORDER BY p DESC LIMIT ?) AS b
		JOIN articles a ON a.id = b.article_id`,
		bun.In(keys), micros(since), maxCandidates).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: cluster candidates", err)
	}
	out := make([]ClusterCandidate, len(rows))
	for i, r := range rows {
		out[i] = ClusterCandidate{ArticleID: r.ID, ClusterID: r.ClusterID, Signature: r.Signature,
			PublishedAt: fromMicros(r.PublishedAt)}
	}
	return out, nil
}
