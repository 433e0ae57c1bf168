package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/uptrace/bun"
)

// setClustersBatch is the most articles one transaction of SetClusters
// moves. Each moved row is rewritten whole, and SQLite holds what a
// transaction dirtied until it commits: one transaction for a whole pass
// (15,000 templated articles, thousands of moves) took SQLite's heap from
// 25 to 71 MB; transactions of 512 moves to 46 MB, of 128 to 35 MB.
// PostgreSQL holds no such state and pays a WAL flush per commit, so its
// transactions take pgSetClustersBatch moves.
const (
	setClustersBatch   = 128
	pgSetClustersBatch = 1024
)

// MaxArticleID returns the largest id of the articles committed so far (0
// when there are none), or the store error.
func (s *Store) MaxArticleID(ctx context.Context) (int64, error) { return maxArticleID(ctx, s.db) }

// rowQuerier is what maxArticleID reads through: the database or a
// transaction.
type rowQuerier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// maxArticleID returns the largest article id q sees (0 when there are
// none), or the store error.
func maxArticleID(ctx context.Context, q rowQuerier) (int64, error) {
	var id int64
	if err := q.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM articles").Scan(&id); err != nil {
		return 0, mapErr("store: largest article id", err)
	}
	return id, nil
}

// SetClusters moves articles to story clusters (article id → cluster id)
// and bumps the content version when any row changed, in transactions of
// at most setClustersBatch articles (pgSetClustersBatch on PostgreSQL; the
// moves of one cluster id may span two): each move is independent of the others, so a failure leaves the
// earlier batches applied and the rest of the articles in the clusters
// they had. Ids that name no article are ignored. It returns the store
// error.
func (s *Store) SetClusters(ctx context.Context, clusters map[int64]int64) error {
	if len(clusters) == 0 {
		return nil
	}
	byCluster := map[int64][]int64{}
	for id, cid := range clusters {
		byCluster[cid] = append(byCluster[cid], id)
	}
	batch := setClustersBatch
	if s.Engine() == Postgres {
		batch = pgSetClustersBatch
	}
	var moves []clusterMove
	for _, cid := range slices.Sorted(maps.Keys(byCluster)) {
		ids := byCluster[cid]
		slices.SortFunc(ids, cmp.Compare)
		for len(ids) > 0 {
			n := min(len(ids), batch)
			moves, ids = append(moves, clusterMove{cid, ids[:n]}), ids[n:]
		}
	}
	for len(moves) > 0 {
		n, size := 0, 0
		for n < len(moves) && size+len(moves[n].ids) <= batch {
			size += len(moves[n].ids)
			n++
		}
		if err := s.moveClusters(ctx, moves[:n]); err != nil {
			return err
		}
		moves = moves[n:]
	}
	return nil
}

// clusterMove is the articles ids that join cluster cid.
type clusterMove struct {
	cid int64
	ids []int64
}

// moveClusters applies moves in one transaction and one statement (an
// UPDATE joined with the moves as a VALUES list, which both engines read
// the same way: columns column1 and column2), bumping the content version
// when a row changed. Ids and cluster ids are integers, written as
// literals.
func (s *Store) moveClusters(ctx context.Context, moves []clusterMove) error {
	var q strings.Builder
	q.WriteString("UPDATE articles SET cluster_id = v.column2 FROM (VALUES ")
	first := true
	for _, m := range moves {
		for _, id := range m.ids {
			if !first {
				q.WriteString(", ")
			}
			first = false
			fmt.Fprintf(&q, "(%d, %d)", id, m.cid)
		}
	}
	q.WriteString(") AS v WHERE articles.id = v.column1 AND articles.cluster_id <> v.column2")
	return s.wdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.ExecContext(ctx, q.String())
		if err != nil {
			return mapErr("store: set clusters", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		return bumpVersion(ctx, tx)
	})
}

// SetSignatures replaces the story signatures of the given articles (id →
// encoded signature), in one transaction: `bantin reclassify` refreshes
// them when the signature scheme changed, so that recent articles stay
// comparable with new ones. Unknown ids are ignored. It returns the
// database error, mapped.
func (s *Store) SetSignatures(ctx context.Context, sigs map[int64][]byte) error {
	if len(sigs) == 0 {
		return nil
	}
	ids := slices.Sorted(maps.Keys(sigs))
	return s.wdb.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		for _, id := range ids {
			if _, err := tx.NewRaw("UPDATE articles SET signature = ? WHERE id = ?", sigs[id], id).Exec(ctx); err != nil {
				return mapErr("store: set signatures", err)
			}
		}
		return nil
	})
}
