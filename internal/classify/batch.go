package classify

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

// bandPos is one band key of the batch member at position pos.
type bandPos struct {
	band uint64
	pos  int32
}

// batchHits returns the bands of each member of sorted (a batch in the
// order it is assigned) and the hits each member's lookup (x.hits) will
// return when its turn comes: the indexed members and the batch members
// before it, which will have been added by then as members len(x.articles)
// + their position. The lookups run in parallel, each walking the batch
// members with its band keys newest first, as the chains will hold them,
// then the index's chains, with the same limits as x.hits. The caller
// holds x.mu.
func (x *MemIndex) batchHits(sorted []Member) ([][]uint64, [][]int32) {
	bands := make([][]uint64, len(sorted))
	pubs := make([]int64, len(sorted))
	var keys []bandPos
	for k := range sorted {
		bands[k] = sorted[k].Sig.Bands()
		pubs[k] = sorted[k].Published.UnixNano()
		for _, b := range bands[k] {
			keys = append(keys, bandPos{b, int32(k)})
		}
	}
	// Each band key's batch members, contiguous and in order: walking back
	// from a member's own entry visits those before it, newest first.
	slices.SortFunc(keys, func(a, b bandPos) int { return cmp.Or(cmp.Compare(a.band, b.band), cmp.Compare(a.pos, b.pos)) })
	first := make([]int32, len(sorted)+1) // member k's entries are own[first[k]:first[k+1]]
	for _, kp := range keys {
		first[kp.pos+1]++
	}
	for k := range sorted {
		first[k+1] += first[k]
	}
	own, fill := make([]int32, len(keys)), slices.Clone(first[:len(sorted)])
	for i, kp := range keys {
		own[fill[kp.pos]] = int32(i)
		fill[kp.pos]++
	}
	base := int32(len(x.articles))
	hits := make([][]int32, len(sorted))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(sorted); k += workers {
				if len(bands[k]) == 0 {
					continue
				}
				wk := newWalker(&sorted[k].Sig, sorted[k].Published.Add(-ClusterWindow))
				for _, at := range own[first[k]:first[k+1]] {
					band, n, reps, stop := keys[at].band, 0, 0, false
					for q := at - 1; q >= 0 && keys[q].band == band && n < maxChainWalk && !stop; q-- {
						j := keys[q].pos
						if j == int32(k) {
							continue // the same band key twice in one signature
						}
						found, old := wk.visit(base+j, pubs[j], &sorted[j].Sig)
						if found {
							reps++
						}
						stop = old || reps >= maxBandReps
						n++
					}
					if e, ok := x.head[band]; ok && !stop && n < maxChainWalk {
						wk.chain(x, e, maxChainWalk-n, reps)
					}
				}
				hits[k] = wk.result()
			}
		})
	}
	wg.Wait()
	return bands, hits
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
