package pipeline

import (
	"context"
	"log/slog"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"bantin/internal/classify"
	"bantin/internal/store"
)

// Cluster index tuning. Articles published within indexWindow before now
// are kept: Assign looks classify.ClusterWindow back from an article, and a
// feed's first fetch often holds a week or more of items, which should
// cluster as the weekly digest ranks them. Older items start clusters of
// their own (a backfill is not worth an index of the whole store). The
// index is rebuilt
// from the database every rebuildEvery to drop older ones; on PostgreSQL
// each sync re-reads pgIDSlack ids below the highest seen, because
// concurrent transactions there commit ids out of order (SQLite has one
// writer: ids commit in order).
const (
	indexWindow  = 8 * 24 * time.Hour
	rebuildEvery = time.Hour
	pgIDSlack    = 2000
	// olderRecheck is how often an index that left articles of an older
	// signature scheme out reads the window again: `bantin reclassify`, run
	// beside a serving process after an upgrade, re-signs rows below the
	// index's last id, which an incremental load never reads again.
	olderRecheck = 2 * time.Minute
)

// clusterIndex is the in-memory LSH index (classify.MemIndex) of the recent
// articles that new ones are clustered against. It is filled from the
// database, not from this process's own writes, so articles stored by other
// replicas are found too: every sync reads the rows committed since the last
// one (a primary-key range), and an hourly rebuild drops what left the
// window. Clustering then costs what the window holds, whatever the size of
// the store, and writes nothing but the article's signature. Safe for
// concurrent use.
type clusterIndex struct {
	st  *store.Store
	log *slog.Logger
	cur atomic.Pointer[classify.MemIndex] // the index to use; never nil after the first sync

	mu      sync.Mutex // held by the one sync that reads the database
	idx     *classify.MemIndex
	seen    map[int64]bool
	lastID  int64
	builtAt time.Time
	warned  bool           // that this hour's builds of the index left older signatures out
	older   map[int64]bool // articles of an older signature scheme the current build left out
	olderAt time.Time      // when the current build started, while older > 0

	// retry holds the stored articles a failed assign left in clusters of
	// their own (its load or a write failed: a full disk, a lost
	// database), to be clustered with the next assign's batch.
	retry []classify.Member
}

// maxRetry bounds clusterIndex.retry; beyond it the newest are kept.
const maxRetry = 20000

func newClusterIndex(st *store.Store, log *slog.Logger) *clusterIndex {
	return &clusterIndex{st: st, log: log}
}

// sync brings the index up to date with the database at now and returns
// it. When another worker is syncing already, it returns the index as it is
// rather than wait: that worker is adding the same new rows.
func (c *clusterIndex) sync(ctx context.Context, now time.Time) (*classify.MemIndex, error) {
	if !c.mu.TryLock() {
		if idx := c.cur.Load(); idx != nil {
			return idx, nil
		}
		c.mu.Lock() // the first build: wait for it
	}
	defer c.mu.Unlock()
	if err := c.load(ctx, now, nil, math.MaxInt64); err != nil {
		return nil, err
	}
	return c.idx, nil
}

// prewarm starts bringing the index up to date, in the background, with
// the articles committed before the call, so that a pass's fetches hide
// the load: a one-shot `fetch` starts with an empty index, and reading the
// window's signatures at the end of a steady-state pass took 7 % of its
// CPU, after every fetch. Articles committed after the call (the pass's
// own, ids above the largest one now) are left for assign, which leaves
// the pass's own out. It returns a function that waits for the load. A
// failure is only logged: assign loads what this one did not.
func (c *clusterIndex) prewarm(ctx context.Context, now time.Time) (wait func()) {
	ceiling, err := c.st.MaxArticleID(ctx)
	if err != nil || ceiling == 0 {
		if err != nil && ctx.Err() == nil {
			c.log.Warn("loading the story index ahead of the pass failed; it loads after the pass", "error", err)
		}
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.mu.Lock()
		defer c.mu.Unlock()
		if err := c.load(ctx, now, nil, ceiling); err != nil && ctx.Err() == nil {
			c.log.Warn("loading the story index ahead of the pass failed; it loads after the pass", "error", err)
		}
	}()
	return func() { <-done }
}

// load reads the rows committed since the last load, up to id upTo, into
// the index, rebuilding it when it is older than rebuildEvery; rows in
// pending are left out (they are being clustered). The next load starts
// after the last row read, or after upTo when rows beyond it were seen.
// The caller holds c.mu.
func (c *clusterIndex) load(ctx context.Context, now time.Time, pending map[int64]bool, upTo int64) error {
	since := now.Add(-indexWindow)
	resigned := c.refresh(now)
	after := c.lastID
	if c.st.Engine() == store.Postgres {
		after = max(after-pgIDSlack, 0)
	}
	skip := func(id int64) bool { return c.seen[id] || pending[id] || id > upTo }
	if len(pending) > 0 {
		// After a pass the rows since the last load are mostly its own:
		// read their ids first, and the rows only when another's are there.
		ids, last, err := c.st.RecentIDs(ctx, after, since)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(ids, func(id int64) bool { return !skip(id) }) {
			c.lastID = max(c.lastID, min(last, upTo))
			c.cur.Store(c.idx)
			return nil
		}
	}
	rows, last, err := c.st.RecentSignaturesExcept(ctx, after, since, skip)
	if err != nil {
		return err
	}
	c.lastID = max(c.lastID, min(last, upTo))
	older := 0
	for _, r := range rows {
		var sig classify.Signature
		if err := sig.UnmarshalBinary(r.Signature); err != nil {
			if len(r.Signature) > 0 && !c.older[r.ArticleID] {
				c.older[r.ArticleID] = true
				older++
			}
			continue // no signature, or an older scheme: not comparable
		}
		c.seen[r.ArticleID] = true
		// The index clusters on threads and rebuilds their segments.
		c.idx.Add(classify.Member{ArticleID: r.ArticleID, ClusterID: r.ThreadID, Segment: r.ClusterID, Key: r.Key,
			Sig: sig, Published: r.PublishedAt})
	}
	c.cur.Store(c.idx)
	c.reportOlder(older, resigned)
	return nil
}

// assign clusters the articles one fetch pass stored (each in a cluster of
// its own so far) against the recent articles and each other, in an order
// that does not depend on how the fetches interleaved
// (classify.MemIndex.AssignBatchEach), and moves those that joined a story
// to its thread and the thread's segment (cluster_id, the story readers
// see): each chunk's moves are written while the next chunk is assigned.
// After a failed write the rest keep their own clusters; it returns the
// first error. One assign runs at a time in a process.
//
// The articles a failed assign could not place (all of them when the load
// fails, those whose moves were not written when a write fails) are kept
// and clustered with the next call's batch, and after a failed write the
// index is rebuilt from the database, which does not hold those moves.
func (c *clusterIndex) assign(ctx context.Context, now time.Time, batch []classify.Member) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	batch = c.withRetries(now, batch)
	if len(batch) == 0 {
		return nil
	}
	pending := make(map[int64]bool, len(batch))
	for _, m := range batch {
		pending[m.ArticleID] = true
	}
	if err := c.load(ctx, now, pending, math.MaxInt64); err != nil {
		c.keep(batch, nil)
		return err
	}
	w := c.startMoveWriter(ctx)
	c.idx.AssignBatchEach(batch, func(positions []int, placed []classify.Placement) {
		moved := map[int64]store.Placement{}
		for _, i := range positions {
			id, p := batch[i].ArticleID, placed[i]
			c.seen[id] = true
			if p.Thread != id || p.Segment != id {
				moved[id] = store.Placement{Thread: p.Thread, Segment: p.Segment}
			}
		}
		if len(moved) > 0 {
			w.moves <- moved
		}
	})
	if err := w.finish(); err != nil {
		c.idx = nil // the next load rebuilds it from what was written
		c.keep(batch, w.unwritten)
		return err
	}
	return nil
}

// moveWriter writes one assign's cluster moves in the background, chunk
// by chunk, while the next chunk is assigned.
type moveWriter struct {
	moves     chan map[int64]store.Placement
	wg        sync.WaitGroup
	err       error          // the first failed write; later chunks are not tried
	unwritten map[int64]bool // the articles of the failed chunk and of every later one
}

// startMoveWriter starts writing the chunks sent on the writer's moves
// with SetClusters; call finish when the last is sent.
func (c *clusterIndex) startMoveWriter(ctx context.Context) *moveWriter {
	w := &moveWriter{moves: make(chan map[int64]store.Placement, 2), unwritten: map[int64]bool{}}
	w.wg.Go(func() {
		for moved := range w.moves {
			if w.err == nil {
				w.err = c.st.SetClusters(ctx, moved)
			}
			if w.err != nil {
				for id := range moved {
					w.unwritten[id] = true
				}
			}
		}
	})
	return w
}

// finish waits for the chunks sent to be written and returns the first
// failed write's error, or nil; unwritten is complete once it returns.
func (w *moveWriter) finish() error {
	close(w.moves)
	w.wg.Wait()
	return w.err
}

// withRetries returns batch with the articles a failed assign kept
// (c.retry) that batch does not hold and that were published within
// indexWindow before now, and empties c.retry. The caller holds c.mu.
func (c *clusterIndex) withRetries(now time.Time, batch []classify.Member) []classify.Member {
	if len(c.retry) == 0 {
		return batch
	}
	in := make(map[int64]bool, len(batch))
	for _, m := range batch {
		in[m.ArticleID] = true
	}
	since := now.Add(-indexWindow)
	out := slices.Clip(batch)
	for _, m := range c.retry {
		if !in[m.ArticleID] && !m.Published.Before(since) {
			out = append(out, m)
		}
	}
	if n := len(out) - len(batch); n > 0 {
		c.log.Info("clustering articles a failed pass left out of stories", "articles", n)
	}
	c.retry = nil
	return out
}

// keep adds to c.retry the members of batch whose ids are in only (all of
// them when only is nil), keeping the maxRetry newest. The caller holds
// c.mu.
func (c *clusterIndex) keep(batch []classify.Member, only map[int64]bool) {
	for _, m := range batch {
		if only == nil || only[m.ArticleID] {
			c.retry = append(c.retry, m)
		}
	}
	if len(c.retry) > maxRetry {
		slices.SortFunc(c.retry, func(a, b classify.Member) int { return b.Published.Compare(a.Published) })
		c.retry = slices.Clip(c.retry[:maxRetry])
	}
}
