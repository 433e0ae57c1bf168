package classify

import (
	"slices"
	"sync"
	"time"
)

// Clustering limits: a story joins a cluster only within ClusterWindow of a
// member's publication, and only when its similarity (the cosine of the
// two signatures) to that member reaches a threshold that depends on what
// else they share (see threshold).
const (
	ClusterWindow           = 72 * time.Hour
	ClusterThreshold        = 0.25 // nothing else known
	ClusterOnePlace         = 0.26 // only one of the two names a place
	ClusterPlaceThreshold   = 0.18 // a common place
	ClusterContextThreshold = 0.10 // a common place and primary topic
	ClusterNumberConflict   = 0.30 // at least this when the titles' numbers differ...
	// ...or this when they also share place and topic: outlets put different
	// figures of one event in their titles ("3.000 nhà tốc mái", "bão số 12").
	ClusterNumberContext = 0.16
)

// threshold returns the similarity two signatures need to share a cluster.
func threshold(a, b Signature) float64 {
	t := ClusterThreshold
	switch {
	case SharesContext(a, b):
		t = ClusterContextThreshold
	case SharesPlace(a, b):
		t = ClusterPlaceThreshold
	case (a.places == 0) != (b.places == 0):
		t = ClusterOnePlace
	}
	switch {
	case NumbersConflict(a, b) && SharesContext(a, b):
		t = max(t, ClusterNumberContext)
	case NumbersConflict(a, b):
		t = max(t, ClusterNumberConflict)
	}
	return t
}

// Member is an indexed article: its cluster is the id of the cluster's first
// member (its own id when it started the cluster). Key is what identifies
// the article whatever its database id (its source and article key, or its
// URL): ties between equally similar clusters are broken by it, so that the
// same articles make the same clusters whatever order they were stored in.
type Member struct {
	ArticleID, ClusterID int64
	Key                  string
	Sig                  Signature
	Published            time.Time
}

// MemIndex is the in-memory LSH index stories are clustered against: for
// each band key, a chain of the members that have it, newest insertion
// first. Members are stored column
// by column without pointers, so a large index costs the garbage collector
// nothing. Safe for concurrent use.
type MemIndex struct {
	mu       sync.RWMutex
	articles []int64
	clusters []int64
	pub      []int64 // Unix nanoseconds
	sigs     []Signature
	ties     []uint64          // hash of Member.Key
	members  map[int64][]int32 // cluster → its members, in insertion order
	head     map[uint64]int32  // band key → last entry
	next     []int32           // entry → previous entry with the same key, -1 at the end
	owner    []int32           // entry → member index
}

// NewMemIndex returns an empty index.
func NewMemIndex() *MemIndex {
	return &MemIndex{head: map[uint64]int32{}, members: map[int64][]int32{}}
}

// Len returns the number of indexed members.
func (x *MemIndex) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.articles)
}

// Add indexes m under the bands of its signature.
func (x *MemIndex) Add(m Member) {
	bands := m.Sig.Bands()
	x.mu.Lock()
	defer x.mu.Unlock()
	mi := int32(len(x.articles))
	x.articles = append(x.articles, m.ArticleID)
	x.clusters = append(x.clusters, m.ClusterID)
	x.pub = append(x.pub, m.Published.UnixNano())
	x.sigs = append(x.sigs, m.Sig)
	x.ties = append(x.ties, fnvHash(m.Key))
	cid := m.ClusterID
	if cid == 0 {
		cid = m.ArticleID
	}
	x.members[cid] = append(x.members[cid], mi)
	for _, b := range bands {
		e := int32(len(x.next))
		prev, ok := x.head[b]
		if !ok {
			prev = -1
		}
		x.next = append(x.next, prev)
		x.owner = append(x.owner, mi)
		x.head[b] = e
	}
}

// chainSlack lets a chain walk go on past members older than since, for
// articles indexed out of publication order.
const chainSlack = 24 * time.Hour

// Assign finds the cluster for a new article (see assign); ok is false
// when it joins none: the caller starts a new cluster with the article's
// own id. Work per call is bounded by the members in the window that share
// a band, not by the size of the index.
func (x *MemIndex) Assign(sig Signature, published time.Time) (clusterID int64, ok bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.assign(sig, published)
}

// maxChainWalk bounds the members one band key yields: a key shared by
// very many recent stories (a busy place and topic, such as Hà Nội and
// Thời sự) yields its most recent ones, so a lookup's cost is bounded
// whatever the news volume.
const maxChainWalk = 256

// hits returns, each once and in order, the members sharing a band with
// bands and published at or after since. A chain walk stops at the first
// member published more than chainSlack before since, or after
// maxChainWalk members, so a lookup costs what the window holds, not what
// the index holds. The caller holds x.mu.
func (x *MemIndex) hits(bands []uint64, since time.Time) []int32 {
	stop, from := since.Add(-chainSlack).UnixNano(), since.UnixNano()
	var hits []int32
	for _, b := range bands {
		e, ok := x.head[b]
		for n := 0; ok && e >= 0 && n < maxChainWalk; n++ {
			mi := x.owner[e]
			if x.pub[mi] < stop {
				break
			}
			if x.pub[mi] >= from {
				hits = append(hits, mi)
			}
			e = x.next[e]
		}
	}
	slices.Sort(hits)
	return slices.Compact(hits)
}
