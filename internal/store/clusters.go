package store

import (
	"context"
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

// maxArticleID returns the largest article id q (the database or a
// transaction) sees (0 when there are none), or the store error.
func maxArticleID(ctx context.Context, q bun.IConn) (int64, error) {
	var id int64
	if err := q.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM articles").Scan(&id); err != nil {
		return 0, mapErr("store: largest article id", err)
	}
	return id, nil
}

// Placement is where the story clusterer put an article: Thread is what it
// clusters on (column thread_id: the thread's first member's id), Segment
// the part of the thread readers see as the story (column cluster_id, what
// feeds, story pages and digests group by).
type Placement struct{ Thread, Segment int64 }

// SetClusters moves articles to story threads and segments (article id →
// placement) and bumps the content version when any row changed, in
// transactions of at most setClustersBatch articles (pgSetClustersBatch on
// PostgreSQL; the moves of one segment may span two): each move is
// independent of the others, so a failure leaves the earlier batches
// applied and the rest of the articles where they were. Ids that name no
// article are ignored. It returns the store error.
func (s *Store) SetClusters(ctx context.Context, placed map[int64]Placement) error {
	if len(placed) == 0 {
		return nil
	}
	batch := setClustersBatch
	if s.Engine() == Postgres {
		batch = pgSetClustersBatch
	}
	// Each segment's moves in chunks of at most batch, whole chunks packed
	// into transactions: a segment's moves share one unless it is larger.
	bySegment := map[int64][]int64{}
	for id, p := range placed {
		bySegment[p.Segment] = append(bySegment[p.Segment], id)
	}
	var chunks [][]clusterMove
	for _, seg := range slices.Sorted(maps.Keys(bySegment)) {
		ids := bySegment[seg]
		slices.Sort(ids)
		for len(ids) > 0 {
			n := min(len(ids), batch)
			chunk := make([]clusterMove, n)
			for k, id := range ids[:n] {
				chunk[k] = clusterMove{id: id, to: placed[id]}
			}
			chunks, ids = append(chunks, chunk), ids[n:]
		}
	}
	for len(chunks) > 0 {
		n, size := 0, 0
		for n < len(chunks) && size+len(chunks[n]) <= batch {
			size += len(chunks[n])
			n++
		}
		if err := s.moveClusters(ctx, slices.Concat(chunks[:n]...)); err != nil {
			return err
		}
		chunks = chunks[n:]
	}
	return nil
}

// clusterMove is one article's new placement.
type clusterMove struct {
	id int64
	to Placement
}

// moveClusters applies moves in one transaction and one statement (an
// UPDATE joined with the moves as a VALUES list, which both engines read
// the same way: columns column1, column2 and column3), bumping the content
// version when a row changed. Ids are integers, written as literals.
func (s *Store) moveClusters(ctx context.Context, moves []clusterMove) error {
	var q strings.Builder
	q.WriteString("UPDATE articles SET cluster_id = v.column2, thread_id = v.column3 FROM (VALUES ")
	for i, m := range moves {
		if i > 0 {
			q.WriteString(", ")
		}
		fmt.Fprintf(&q, "(%d, %d, %d)", m.id, m.to.Segment, m.to.Thread)
	}
	q.WriteString(") AS v WHERE articles.id = v.column1 AND (articles.cluster_id <> v.column2 OR articles.thread_id <> v.column3)")
	return runTx(ctx, s.wdb, "store: move clusters", func(ctx context.Context, tx bun.Tx) error {
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
	return runTx(ctx, s.wdb, "store: set signatures", func(ctx context.Context, tx bun.Tx) error {
		for _, id := range ids {
			if _, err := tx.NewRaw("UPDATE articles SET signature = ? WHERE id = ?", sigs[id], id).Exec(ctx); err != nil {
				return mapErr("store: set signatures", err)
			}
		}
		return nil
	})
}
