package classify

import (
	"cmp"
	"iter"
	"runtime"
	"slices"
	"sync"
)

// batchChunk is how many articles of a batch are looked up at once: the
// lookups run in parallel, a chunk at a time, so that the hits held at
// once stay few whatever the size of the batch.
const batchChunk = 1024

// bandPos is one band key of the batch member at position pos, with the
// key's chain in the index as the batch found it (-1: none).
type bandPos struct {
	band uint64
	pos  int32
	head int32
}

// batchLookup finds the hits of the members of a batch, at positions 0…n-1
// in the order they are assigned: what x.hits will return for member k
// when its turn comes, i.e. among the indexed members and the batch
// members before it, which will have been added by then as members
// base+position. Lookups read the batch and the index as it was before the
// batch (view, and the chain heads in keys), never what is added since, so
// they run in parallel with each other and with the assignments. The
// caller holds x.mu.
type batchLookup struct {
	view   indexView
	member func(k int) *Member
	keys   []bandPos // every band key of the batch, by key then position
	own    []int32   // member k's entries in keys are own[first[k]:first[k+1]]
	first  []int32
	pubs   []int64
	norms  []int // squared norms of the batch members' signatures
	base   int32
	seen   []*visited // one per lookup worker, made on first use
	chunk  int        // members looked up at once (batchChunk)
}

func (x *MemIndex) newBatchLookup(n, chunk int, member func(k int) *Member) *batchLookup {
	b := &batchLookup{view: x.view(), member: member, chunk: chunk, pubs: make([]int64, n), norms: make([]int, n), first: make([]int32, n+1),
		base: int32(len(x.articles)), seen: make([]*visited, runtime.GOMAXPROCS(0))}
	b.keys = make([]bandPos, 0, n*(sigBandFeats+4)) // about what signatures hold
	var bands []uint64
	for k := range n {
		m := member(k)
		b.pubs[k], b.norms[k] = m.Published.UnixNano(), sqNorm(&m.Sig)
		if !m.Sig.Empty() {
			bands = m.Sig.appendBands(bands[:0])
		}
		for _, band := range bands {
			b.keys = append(b.keys, bandPos{band: band, pos: int32(k)})
		}
		bands = bands[:0]
		b.first[k+1] = int32(len(b.keys))
	}
	// Each band key's batch members, contiguous and in order: walking back
	// from a member's own entry visits those before it, newest first, as
	// the key's chain will hold them.
	slices.SortFunc(b.keys, func(p, q bandPos) int { return cmp.Or(cmp.Compare(p.band, q.band), cmp.Compare(p.pos, q.pos)) })
	b.own = make([]int32, len(b.keys))
	fill := slices.Clone(b.first[:n])
	for i, kp := range b.keys {
		b.own[fill[kp.pos]] = int32(i)
		fill[kp.pos]++
		switch e, ok := x.head[kp.band]; {
		case i > 0 && b.keys[i-1].band == kp.band:
			b.keys[i].head = b.keys[i-1].head
		case ok:
			b.keys[i].head = e
		default:
			b.keys[i].head = -1
		}
	}
	return b
}

// bands appends the band keys of member k to out (in no set order).
func (b *batchLookup) bands(k int, out []uint64) []uint64 {
	for _, at := range b.own[b.first[k]:b.first[k+1]] {
		out = append(out, b.keys[at].band)
	}
	return out
}

// lookAhead is how many chunks of hits are looked up ahead of the one
// being assigned.
const lookAhead = 1

// chunks yields, in order, each chunk's first position and its members'
// hits. The lookups run ahead in the background (lookAhead chunks), so that
// assigning one chunk, which cannot run in parallel, overlaps the lookups
// of the next. Stopping early stops the lookups after the chunk under way.
func (b *batchLookup) chunks() iter.Seq2[int, [][]int32] {
	return func(yield func(int, [][]int32) bool) {
		ahead := make(chan [][]int32, lookAhead)
		done := make(chan struct{})
		defer close(done)
		go func() {
			defer close(ahead)
			for from := 0; from < len(b.pubs); from += b.chunk {
				select {
				case ahead <- b.hits(from, min(from+b.chunk, len(b.pubs))):
				case <-done:
					return
				}
			}
		}()
		from := 0
		for hits := range ahead {
			if !yield(from, hits) {
				return
			}
			from += len(hits)
		}
	}
}

// hits returns the hits of members from…to-1, looked up in parallel.
func (b *batchLookup) hits(from, to int) [][]int32 {
	out := make([][]int32, to-from)
	workers := len(b.seen)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			if b.seen[w] == nil {
				b.seen[w] = newVisited(int(b.base) + len(b.pubs))
			}
			for k := from + w; k < to; k += workers {
				out[k-from] = b.lookup(k, b.seen[w])
			}
		})
	}
	wg.Wait()
	return out
}

// lookup walks, for each band key of member k, the batch members before it
// with that key, newest first, then the index's chain, with the limits of
// x.hits. seen is the lookup worker's memory of compared members.
func (b *batchLookup) lookup(k int, seen *visited) []int32 {
	m := b.member(k)
	wk := newWalker(&m.Sig, m.Published, seen)
	for _, at := range b.own[b.first[k]:b.first[k+1]] {
		band, n, reps, stop := b.keys[at].band, 0, 0, false
		for q := at - 1; q >= 0 && b.keys[q].band == band && n < maxChainWalk && !stop; q-- {
			j := b.keys[q].pos
			if j == int32(k) {
				continue // the same band key twice in one signature
			}
			found, old := wk.visit(b.base+j, b.pubs[j], &b.member(int(j)).Sig, b.norms[j])
			if found {
				reps++
			}
			stop = old || reps >= maxBandReps
			n++
		}
		if e := b.keys[at].head; e >= 0 && !stop && n < maxChainWalk {
			wk.chain(&b.view, e, maxChainWalk-n, reps)
		}
	}
	return wk.result()
}

// clusterReps counts the members of each cluster one lookup compared.
type clusterReps struct {
	ids []int64
	n   []int
}

// take reports whether one more member of cluster cid may be compared
// (at most maxClusterReps are), and counts it.
func (r *clusterReps) take(cid int64) bool {
	for i, id := range r.ids {
		if id == cid {
			r.n[i]++
			return r.n[i] <= maxClusterReps
		}
	}
	r.ids, r.n = append(r.ids, cid), append(r.n, 1)
	return true
}
