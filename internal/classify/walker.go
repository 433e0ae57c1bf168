package classify

import (
	"slices"
	"time"
)

// walker collects the hits of one lookup: the members it passes that are
// within the window and at least lowestThreshold similar, or as similar as
// the lowest threshold pick may give the pair (pairThreshold with every
// name bursting and every key name a key: the match, burst, name and
// incident rules; the others would fail every threshold). A chain walk
// stops at the first member published more than chainSlack before the
// window, or after maxChainWalk members, or once it found maxBandReps hits,
// so a lookup costs what the window holds, not what the index holds.
type walker struct {
	sig             *Signature
	norm            int   // sig's squared norm (see sqNorm)
	stop, from, pub int64 // Unix nanoseconds; pub is the article's publication
	hits            []int32
	seen            *visited // nil: every visit compares
}

// newWalker starts a lookup for an article published at published: its
// window starts ClusterWindow before. seen, when not nil, remembers the
// members compared so far; it must not be shared with a lookup running at
// the same time.
func newWalker(sig *Signature, published time.Time, seen *visited) walker {
	since := published.Add(-ClusterWindow)
	seen.next()
	return walker{sig: sig, norm: sqNorm(sig), stop: since.Add(-chainSlack).UnixNano(), from: since.UnixNano(),
		pub: published.UnixNano(), seen: seen}
}

// chain walks the index's chain from entry e for at most budget members,
// as the continuation of a walk of the same band key that found reps hits
// (0 for a walk of its own).
func (w *walker) chain(x *indexView, e int32, budget, reps int) {
	for n := 0; e >= 0 && n < budget; n++ {
		en := x.chain[e]
		found, stop := w.visit(en.owner, x.pub[en.owner], &x.sigs[en.owner], x.norms[en.owner])
		if found {
			reps++
		}
		if stop || reps >= maxBandReps {
			return
		}
		e = en.next
	}
}

// visit looks at member mi, published at pub with signature sig of squared
// norm norm: found reports that it is a hit, stop that the walk must stop
// there (too old). A member met again under another band key of the same
// lookup gets the answer it got the first time, without a second
// comparison.
func (w *walker) visit(mi int32, pub int64, sig *Signature, norm int) (found, stop bool) {
	if pub < w.stop {
		return false, true
	}
	if pub < w.from {
		return false, false
	}
	if hit, ok := w.seen.get(mi); ok {
		return hit, false
	}
	s := similarityNormed(w.sig, sig, w.norm, norm)
	found = s >= lowestThreshold || s >= ClusterMatch && pairThreshold(w.sig, sig, w.pub, pub, anyBurst, anyKey) <= s
	w.seen.set(mi, found)
	if found {
		w.hits = append(w.hits, mi)
	}
	return found, false
}

// result returns the hits sorted, each once.
func (w *walker) result() []int32 {
	slices.Sort(w.hits)
	return slices.Compact(w.hits)
}

// indexView is the columns of an index that lookups read, as they were
// when it was taken: members added since are appended past the view's
// ends, so a lookup may read a view while the index grows.
type indexView struct {
	chain []entry
	pub   []int64
	sigs  []Signature
	norms []int
}

// view returns the index's columns as they are now; the caller holds x.mu.
func (x *MemIndex) view() indexView {
	return indexView{chain: x.chain, pub: x.pub, sigs: x.sigs, norms: x.norms}
}

// visited remembers, for one lookup at a time, the members the lookup has
// compared and whether each was a hit. A member that shares several band
// keys with the article is met in several chains (about half of all
// visits on a news pass, two thirds on templated feeds): it is compared
// once. Marks carry the lookup's number, so starting the next lookup
// costs nothing. A nil *visited remembers nothing.
type visited struct {
	mark []uint32 // per member: lookup<<1 | hit; other lookups' marks are stale
	cur  uint32   // the lookup under way
}

// newVisited returns a memory for lookups over members 0…n-1.
func newVisited(n int) *visited { return &visited{mark: make([]uint32, n)} }

// next starts another lookup.
func (v *visited) next() {
	if v == nil {
		return
	}
	v.cur++
	if v.cur >= 1<<31 { // the marks would wrap: start afresh
		clear(v.mark)
		v.cur = 1
	}
}

// get returns whether member mi was a hit of this lookup, and whether it
// was compared in this lookup at all.
func (v *visited) get(mi int32) (hit, ok bool) {
	if v == nil {
		return false, false
	}
	m := v.mark[mi]
	return m&1 == 1, m>>1 == v.cur
}

// set records that member mi was compared in this lookup, and whether it
// was a hit.
func (v *visited) set(mi int32, hit bool) {
	if v == nil {
		return
	}
	m := v.cur << 1
	if hit {
		m |= 1
	}
	v.mark[mi] = m
}
