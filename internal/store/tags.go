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

// The columns of the three tag tables, in the order writeTags binds them.
var (
	topicColumns    = []string{"article_id", "topic", "is_primary", "score", "reason", "published_at"}
	provinceColumns = []string{"article_id", "province", "legacy_province", "weight", "reason", "published_at"}
	pairColumns     = []string{"topic", "province", "published_at", "article_id"}
)

// appendPairs appends the article_topic_provinces values (topic, province
// slug, published_at, article_id) of one article to args, each pair once:
// the feeds of a topic in a province, a former province's slug with a pair
// of its own.
func appendPairs(args []any, id, pub int64, topics []model.TopicTag, provinces []model.ProvinceTag) []any {
	var seen [][2]string
	for _, t := range topics {
		for _, p := range provinces {
			for _, slug := range [2]string{p.Province, p.Legacy} {
				if k := [2]string{t.Topic, slug}; slug != "" && !slices.Contains(seen, k) {
					seen = append(seen, k)
					args = append(args, t.Topic, slug, pub, id)
				}
			}
		}
	}
	return args
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
// the written articles with multi-row inserts of bound values, one per
// table (insertValues).
func (s *Store) writeTags(ctx context.Context, tx bun.Tx, writes []ArticleWrite, ids []int64) error {
	var topics, provinces, pairArgs []any
	for i := range writes {
		a := &writes[i].Article
		pub := micros(a.PublishedAt)
		pairArgs = appendPairs(pairArgs, ids[i], pub, a.Topics, a.Provinces)
		for _, t := range a.Topics {
			topics = append(topics, ids[i], t.Topic, t.Primary, t.Score, t.Reason, pub)
		}
		for _, p := range dedupeProvinces(a.Provinces) {
			provinces = append(provinces, ids[i], p.Province, p.Legacy, p.Weight, p.Reason, pub)
		}
	}
	if err := s.insertValues(ctx, tx, "article_topics", topicColumns, topics); err != nil {
		return mapErr("store: insert topics", err)
	}
	if err := s.insertValues(ctx, tx, "article_provinces", provinceColumns, provinces); err != nil {
		return mapErr("store: insert provinces", err)
	}
	if err := s.insertValues(ctx, tx, "article_topic_provinces", pairColumns, pairArgs); err != nil {
		return mapErr("store: insert topic-province pairs", err)
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

// ClusterMember is a stored article as the story clusterer sees it: the
// thread it clusters on, and the segment of the thread the article is in
// (ClusterID, the story readers see), from which the clusterer rebuilds
// each thread's segments.
type ClusterMember struct {
	ArticleID   int64
	ThreadID    int64
	ClusterID   int64
	Key         string // ClusterKey of the article: its identity whatever its id
	Signature   []byte
	PublishedAt time.Time
}

// ClusterKey is what identifies an article to the story clusterer whatever
// its database id: its link and its key within its source.
func ClusterKey(url, key string) string { return url + "\x00" + key }

// RecentSignatures returns, in id order, the articles with an id above
// afterID published at or after since, with their thread, cluster and
// signature:
// what an in-memory cluster index loads (afterID 0: read through the
// published_at index, however large the table) and then follows (a
// primary-key range of the rows added since). The columns read sit before
// the article body (thread_id is read through an index: threadColumn).
func (s *Store) RecentSignatures(ctx context.Context, afterID int64, since time.Time) ([]ClusterMember, error) {
	out, _, err := s.RecentSignaturesExcept(ctx, afterID, since, nil)
	return out, err
}

// RecentSignaturesExcept is RecentSignatures without the articles whose id
// except reports (nil: none), which are read but not decoded or kept, and
// it also returns the largest id read (afterID when none). A caller that
// expects to skip most rows (a pass's own) asks RecentIDs first.
func (s *Store) RecentSignaturesExcept(ctx context.Context, afterID int64, since time.Time, except func(id int64) bool) ([]ClusterMember, int64, error) {
	rows, err := s.db.QueryContext(ctx, recentQuery("id, "+s.threadColumn("articles")+", cluster_id, signature, published_at, url, key", afterID), micros(since), afterID)
	if err != nil {
		return nil, afterID, mapErr("store: recent signatures", err)
	}
	defer rows.Close()
	var out []ClusterMember
	last := afterID
	for rows.Next() {
		var id, thread, cluster, pub int64
		var sig, url, key sql.RawBytes
		if err := rows.Scan(&id, &thread, &cluster, &sig, &pub, &url, &key); err != nil {
			return nil, afterID, mapErr("store: recent signatures", err)
		}
		last = max(last, id)
		if except != nil && except(id) {
			continue
		}
		if thread == 0 { // stored by a release before threads: its cluster is its thread
			thread = cluster
		}
		out = append(out, ClusterMember{ArticleID: id, ThreadID: thread, ClusterID: cluster, Key: ClusterKey(string(url), string(key)),
			Signature: slices.Clone(sig), PublishedAt: fromMicros(pub)})
	}
	if err := rows.Err(); err != nil {
		return nil, afterID, mapErr("store: recent signatures", err)
	}
	slices.SortFunc(out, func(a, b ClusterMember) int { return cmp.Compare(a.ArticleID, b.ArticleID) })
	return out, last, nil
}

// threadColumn is what reads the thread_id of an article of the query's
// table (or alias) from: on SQLite through the covering index
// articles_thread (migration 0008: the column sits after the article body,
// in the row's overflow pages), on PostgreSQL the column (large values are
// stored out of the row there).
func (s *Store) threadColumn(from string) string {
	if s.engine == SQLite {
		return "(SELECT t.thread_id FROM articles AS t INDEXED BY articles_thread WHERE t.id = " + from + ".id)"
	}
	return from + ".thread_id"
}

// recentQuery returns the query of the recent articles' columns cols,
// with the arguments since and afterID. "+ 0" keeps SQLite's
// planner off the index of that column: a full load walks the
// published_at index, a follow-up the primary key.
func recentQuery(cols string, afterID int64) string {
	if afterID == 0 {
		return `SELECT ` + cols + ` FROM articles WHERE published_at >= ? AND id + 0 > ?`
	}
	return `SELECT ` + cols + ` FROM articles WHERE published_at + 0 >= ? AND id > ?`
}

// RecentIDs returns the ids of the rows RecentSignatures would read (on
// SQLite from the published_at index alone, without the rows), and the
// largest of them (afterID when none).
func (s *Store) RecentIDs(ctx context.Context, afterID int64, since time.Time) ([]int64, int64, error) {
	var ids []int64
	if err := s.db.NewRaw(recentQuery("id", afterID), micros(since), afterID).Scan(ctx, &ids); err != nil {
		return nil, afterID, mapErr("store: recent article ids", err)
	}
	last := afterID
	for _, id := range ids {
		last = max(last, id)
	}
	return ids, last, nil
}
