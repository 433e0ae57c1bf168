package classify

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Linkage: an article joins a cluster only when it is similar enough to the
// cluster's closest member (the pair threshold) and related to most of its
// members in the window: its similarity to more than half of them must
// reach LinkFloor times the threshold of the closest pair. So a chain A~B,
// B~C with A≁C does not grow one story out of two events (a two-member
// story needs both), while a report worded unlike one other report of the
// same event still joins a larger story; at most maxLinkCheck of a
// cluster's most recent members are checked. A twin, an article at
// ClusterTwin or more of its closest member (one report reworded by another
// outlet: "Văn Quyết: 'Ninh Bình có 3 Hoàng Đức…'" and "Văn Quyết bất ngờ
// nói cực sốc: '…3 Hoàng Đức…'"), needs only half of a cluster of four or
// more: it is related to what its twin is, and the rest of the story may
// be the result that only its twin's lead names.
const (
	LinkFloor    = 0.35
	ClusterTwin  = 0.40
	maxLinkCheck = 64
)

// candidate is one cluster an article could join.
type candidate struct {
	cluster  int64
	best     float64 // similarity to the closest member
	need     float64 // the threshold of that pair
	seedPub  int64   // the earliest member's publication and key hash: the
	seedTie  uint64  // tie-break that does not depend on database ids
	rejected bool
}

// assign returns the cluster the article joins: among the clusters of the
// members within ClusterWindow that share a band with it, the one with the
// most similar member whose similarity reaches the pair's threshold and
// whose other members pass the linkage floor (and that holds a result when
// the article reports one: resultstory.go); ties go to the cluster whose
// earliest member is earliest (then by key). The caller holds x.mu.
func (x *MemIndex) assign(sig Signature, published time.Time) (int64, bool) {
	bands := sig.Bands()
	if len(bands) == 0 {
		return 0, false
	}
	return x.pick(sig, published, x.hits(&sig, bands, published))
}

// pick is assign once the lookup's hits are known: the members sharing a
// band with the article that could be similar enough to join (x.hits).
// Each cluster is compared through its maxClusterReps most recent hits.
// The caller holds x.mu.
func (x *MemIndex) pick(sig Signature, published time.Time, hits []int32) (int64, bool) {
	lo, hi := published.Add(-ClusterWindow).UnixNano(), published.Add(ClusterWindow).UnixNano()
	var cands []candidate
	var reps clusterReps
	norm := sqNorm(&sig)
	burst := x.burstNames(&sig, published.UnixNano()) // burst.go
	keys := x.nameKeys(&sig, published.UnixNano())    // namelink.go
	rare := x.newRareJoin(&sig, published)            // rarejoin.go
	for h := len(hits) - 1; h >= 0; h-- {             // newest first
		mi := hits[h]
		cid := x.clusterOf(mi)
		if p := x.pub[mi]; p < lo || p > hi || x.ended(cid, published) || !reps.take(cid) {
			continue
		}
		m := &x.sigs[mi]
		s := similarityNormed(&sig, m, norm, x.norms[mi])
		if t := pairThreshold(&sig, m, published.UnixNano(), x.pub[mi], burst, keys); s < t && !rare.joins(&sig, m, x.pub[mi], cid, s, t) {
			continue
		}
		th := threshold(sig, *m) // the linkage floor's base, match rule, burst or name rule or not
		if i := slices.IndexFunc(cands, func(c candidate) bool { return c.cluster == cid }); i < 0 {
			cands = append(cands, candidate{cluster: cid, best: s, need: th})
		} else if s > cands[i].best {
			cands[i].best, cands[i].need = s, th
		}
	}
	// The first candidate not rejected in the order (best similarity, then
	// earliest seed, then cluster id): the linkage of a candidate is only
	// checked once those more similar were all rejected.
	slices.SortFunc(cands, func(a, b candidate) int { return cmp.Compare(b.best, a.best) })
	for i := 0; i < len(cands); {
		j := i + 1
		for j < len(cands) && cands[j].best == cands[i].best {
			j++
		}
		tied := cands[i:j]
		for k := range tied {
			tied[k].seedPub, tied[k].seedTie, tied[k].rejected = x.linkage(sig, published.UnixNano(), tied[k].cluster, lo, hi, tied[k].need, tied[k].best >= ClusterTwin)
			tied[k].rejected = tied[k].rejected || x.refusesResult(&sig, tied[k].cluster, lo, hi) || // resultstory.go
				x.refusesVetoed(&sig, tied[k].cluster, lo, hi) // storyveto.go
		}
		slices.SortFunc(tied, func(a, b candidate) int {
			return cmp.Or(cmp.Compare(a.seedPub, b.seedPub), cmp.Compare(a.seedTie, b.seedTie), cmp.Compare(a.cluster, b.cluster))
		})
		for _, c := range tied {
			if !c.rejected {
				return c.cluster, true
			}
		}
		i = j
	}
	return 0, false
}

// ended reports whether cluster cid began more than StorySpan before
// published: it takes no more reports. Similar reports keep coming for days
// on a long-running subject (a war, a tournament, an excavation, the
// weather), each close to the last, and without the bound they chain into
// one story a month long; each span of it becomes a story of its own. (A
// report of the story's last day published after the span starts the next
// one: the price of a story whose age a reader can tell from its first
// report.)
func (x *MemIndex) ended(cid int64, published time.Time) bool {
	spans := x.segs[cid]
	return len(spans) > 0 && published.UnixNano()-spans[0].first > int64(StorySpan)
}

// clusterOf returns the cluster of member mi (its own article id when none
// was recorded).
func (x *MemIndex) clusterOf(mi int32) int64 {
	if cid := x.clusters[mi]; cid != 0 {
		return cid
	}
	return x.articles[mi]
}

// linkage checks sig against the members of cluster cid published in
// [lo, hi] (the most recent maxLinkCheck of them) and returns the earliest
// one's publication and key hash, and whether sig is too unlike them: its
// similarity to at most half of them reaches LinkFloor times need (see
// linked); to less than half of four or more when sig is a twin (see
// ClusterTwin).
func (x *MemIndex) linkage(sig Signature, pub int64, cid int64, lo, hi int64, need float64, twin bool) (seedPub int64, seedTie uint64, rejected bool) {
	ms := x.members[cid]
	ms = ms[max(0, len(ms)-maxLinkCheck):]
	seedPub = int64(^uint64(0) >> 1)
	n := 0
	for _, mi := range ms {
		p := x.pub[mi]
		if p < seedPub || p == seedPub && x.ties[mi] < seedTie {
			seedPub, seedTie = p, x.ties[mi]
		}
		if p >= lo && p <= hi {
			n++
		}
	}
	// Compared newest first until the majority is decided either way.
	need2 := n + 1 // 2*near must reach it: more than half
	if twin && n >= 4 {
		need2 = n // half, for a twin
	}
	near, left := 0, n
	for k := len(ms) - 1; k >= 0 && 2*near < need2 && 2*(near+left) >= need2; k-- {
		mi := ms[k]
		if p := x.pub[mi]; p < lo || p > hi {
			continue
		}
		if linked(&sig, &x.sigs[mi], pub, x.pub[mi], LinkFloor*need) {
			near++
		}
		left--
	}
	return seedPub, seedTie, 2*near < need2
}

// AssignBatch clusters articles stored together (one fetch pass) against
// the index and each other, and adds them to the index. It takes them in
// publication order, then by Key, whatever order they are given in, so the
// same articles make the same clusters however their fetches interleaved:
// each joins the cluster (thread) assign picks among the indexed members
// and the batch members before it, or starts its own, and takes the
// thread's segment placeSegment picks (a new one, its own id, after
// StorySilence without a report). It returns the placement of each
// article, in the order given. The lookups of all the articles run in
// parallel, a chunk at a time, ahead of and alongside the assignments
// (batchLookup.chunks); each article is then assigned in turn.
func (x *MemIndex) AssignBatch(batch []Member) []Placement {
	return x.assignBatch(batch, batchChunk, nil)
}

// AssignBatchEach is AssignBatch that also reports as it goes: after each
// chunk of articles is assigned it calls each, in the caller's goroutine,
// with their positions in batch; placed[p] is final for each of them
// (the other entries may not be yet), so the caller can store a chunk's
// placements while the next chunk is assigned.
func (x *MemIndex) AssignBatchEach(batch []Member, each func(positions []int, placed []Placement)) []Placement {
	return x.assignBatch(batch, batchChunk, each)
}

// assignBatch is AssignBatchEach looking up chunk articles at a time; each
// may be nil.
func (x *MemIndex) assignBatch(batch []Member, chunk int, each func(positions []int, placed []Placement)) []Placement {
	order := make([]int, len(batch))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &batch[i], &batch[j]
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.Key, b.Key),
			cmp.Compare(a.ArticleID, b.ArticleID))
	})
	x.mu.Lock()
	defer x.mu.Unlock()
	look := x.newBatchLookup(len(order), chunk, func(k int) *Member { return &batch[order[k]] })
	out := make([]Placement, len(batch))
	var bands []uint64
	for from, hits := range look.chunks() {
		for k := from; k < from+len(hits); k++ {
			m := batch[order[k]]
			bands = look.bands(k, bands[:0])
			cid, ok := int64(0), false
			if len(bands) > 0 {
				cid, ok = x.pick(m.Sig, m.Published, hits[k-from])
			}
			seg := m.ArticleID
			if ok {
				seg = x.segmentOf(cid, m.Published.UnixNano(), m.ArticleID)
			} else {
				cid = m.ArticleID
			}
			m.ClusterID, m.Segment = cid, seg
			out[order[k]] = Placement{Thread: cid, Segment: seg}
			x.add(m, bands)
		}
		if each != nil {
			each(order[from:from+len(hits)], out)
		}
	}
	return out
}
