package classify

import (
	"fmt"
	"testing"
	"time"
)

// The bridge estimate of TestEventSplits: a newcomer that joins one story
// and would have been accepted by another (pair threshold, linkage, result
// and veto rules) bridges the two. Uniting every bridged pair of threads
// after the clustering (not in it: the merged stories do not draw later
// reports) bounds what a story-to-story merge could give the event files;
// BENCHMARKS.md, "Twentieth session: i20merge", measures merges made
// during the clustering against the census.

// bridge is a newcomer that joined cluster a (similarity sa to its closest
// member) and would have been accepted by cluster b (sb); link is
// clusterLink(a, b).
type bridge struct {
	a, b   int64
	sa, sb float64
	link   float64
}

// bridgeRules are the bridges the estimate unites, by name.
var bridgeRules = []struct {
	name string
	keep func(bridge) bool
}{
	{"every bridge", func(bridge) bool { return true }},
	{"sb ≥ 0.40", func(b bridge) bool { return b.sb >= 0.4 }},
	{"link ≥ 0.3", func(b bridge) bool { return b.link >= 0.3 }},
	{"link ≥ 0.3, sb ≥ 0.30", func(b bridge) bool { return b.link >= 0.3 && b.sb >= 0.3 }},
}

// bridgesAt returns the bridges of newcomer m, which joined cid, given its
// lookup's hits. The caller holds x.mu.
func bridgesAt(x *MemIndex, m Member, hits []int32, cid int64) []bridge {
	acc := accepted(x, m.Sig, m.Published, hits)
	var out []bridge
	for c, s := range acc {
		if c != cid {
			out = append(out, bridge{a: cid, b: c, sa: acc[cid], sb: s, link: clusterLink(x, cid, c)})
		}
	}
	return out
}

// accepted returns the clusters among a newcomer's candidates that pick
// would accept (pair threshold, linkage, result and veto rules), with
// the newcomer's similarity to each one's closest member.
func accepted(x *MemIndex, sig Signature, published time.Time, hits []int32) map[int64]float64 {
	pub := published.UnixNano()
	lo, hi := pub-int64(ClusterWindow), pub+int64(ClusterWindow)
	norm := sqNorm(&sig)
	burst, keys := x.burstNames(&sig, pub), x.nameKeys(&sig, pub)
	var reps clusterReps
	best, need := map[int64]float64{}, map[int64]float64{}
	for h := len(hits) - 1; h >= 0; h-- {
		mi := hits[h]
		cid := x.clusterOf(mi)
		if p := x.pub[mi]; p < lo || p > hi || x.ended(cid, published) || !reps.take(cid) {
			continue
		}
		m := &x.sigs[mi]
		s := similarityNormed(&sig, m, norm, x.norms[mi])
		if s >= pairThreshold(&sig, m, pub, x.pub[mi], burst, keys) && s > best[cid] {
			best[cid], need[cid] = s, threshold(sig, *m)
		}
	}
	for cid, s := range best {
		_, _, rej := x.linkage(sig, pub, cid, lo, hi, need[cid], s >= ClusterTwin)
		if rej || x.refusesResult(&sig, cid, lo, hi) || x.refusesVetoed(&sig, cid, lo, hi) {
			delete(best, cid)
		}
	}
	return best
}

// clusterLink returns the share of the pairs of a member of a and a member
// of b (their most recent maxLinkCheck, within ClusterWindow of each
// other) that are linked at LinkFloor times their threshold; -1 when a
// pair conflicts.
func clusterLink(x *MemIndex, a, b int64) float64 {
	ma, mb := x.members[a], x.members[b]
	ma, mb = ma[max(0, len(ma)-maxLinkCheck):], mb[max(0, len(mb)-maxLinkCheck):]
	near, n := 0, 0
	for _, i := range ma {
		for _, j := range mb {
			d := x.pub[i] - x.pub[j]
			if d > int64(ClusterWindow) || d < -int64(ClusterWindow) {
				continue
			}
			if conflicting(&x.sigs[i], &x.sigs[j]) {
				return -1
			}
			n++
			if linked(&x.sigs[i], &x.sigs[j], x.pub[i], x.pub[j], LinkFloor*thresholdAt(&x.sigs[i], &x.sigs[j], d)) {
				near++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(near) / float64(n)
}

// logBridges logs the events' pooled pairwise figures on threads as
// placed, then on threads united by each of bridgeRules.
func logBridges(t *testing.T, labels []eventLabel, at []int, placed []Placement, bridges []bridge) {
	t.Logf("threads as placed: %s", pooledThreads(labels, at, placed, func(c int64) int64 { return c }))
	for _, r := range bridgeRules {
		find, n := unite(bridges, r.keep)
		t.Logf("threads united by %s (%d bridges): %s", r.name, n, pooledThreads(labels, at, placed, find))
	}
}

// unite returns the root of each thread once the bridges keep holds are
// united (the smallest id of each union), and how many bridges it kept.
func unite(bridges []bridge, keep func(bridge) bool) (func(int64) int64, int) {
	root := map[int64]int64{}
	var find func(c int64) int64
	find = func(c int64) int64 {
		if r, ok := root[c]; ok && r != c {
			root[c] = find(r)
			return root[c]
		}
		return c
	}
	n := 0
	for _, b := range bridges {
		if !keep(b) {
			continue
		}
		n++
		if ra, rb := find(b.a), find(b.b); ra != rb {
			root[max(ra, rb)] = min(ra, rb)
		}
	}
	return find, n
}

// pooledThreads returns the events' pooled pairwise figures with each
// labelled item in the thread find gives its placed thread.
func pooledThreads(labels []eventLabel, at []int, placed []Placement, find func(int64) int64) string {
	cl, groups := map[string][]int64{}, map[string][]string{}
	for k, l := range at {
		if l >= 0 {
			ev := labels[l].Event
			cl[ev], groups[ev] = append(cl[ev], find(placed[k].Thread)), append(groups[ev], groupKey(labels[l]))
		}
	}
	var all tagCounts
	for ev := range cl {
		pc := pairwise(cl[ev], groups[ev])
		all.tp, all.fp, all.fn = all.tp+pc.tp, all.fp+pc.fp, all.fn+pc.fn
	}
	p, r := all.pr()
	return fmt.Sprintf("P %.3f R %.3f (tp %d fp %d fn %d)", p, r, all.tp, all.fp, all.fn)
}
