package classify

import (
	"sync"
	"time"
)

// Clustering limits: a story joins a cluster only within ClusterWindow of a
// member's publication and StorySpan of its first member's (MemIndex.ended),
// and only when its similarity (the cosine of the two signatures) to that
// member reaches a threshold that depends on what else they share (see
// threshold).
const (
	ClusterWindow           = 72 * time.Hour
	StorySpan               = 72 * time.Hour
	ClusterThreshold        = 0.25 // nothing else known
	ClusterOnePlace         = 0.26 // only one of the two names a place
	ClusterPlaceThreshold   = 0.18 // a common place
	ClusterContextThreshold = 0.10 // a common place and primary topic
	// ClusterCountryContext: a common foreign country and primary topic, a
	// weaker context: most world news names a country. Not for sports
	// stories, whose countries are their teams and venues (a tournament's
	// host, "U23 Thái Lan" and "U23 Việt Nam" on one day): they need
	// ClusterPlaceThreshold, and the reports of one result share a cluster
	// under the match rule.
	ClusterCountryContext = 0.14
	ClusterNumberConflict = 0.30 // at least this when the titles' numbers differ...
	// ...or this when they also share place and topic: outlets put different
	// figures of one event in their titles ("3.000 nhà tốc mái", "bão số 12").
	ClusterNumberContext = 0.16
	// ClusterRefusedSpan: reports of one primary topic further apart share
	// no context through a place either refused (contextPlaces).
	ClusterRefusedSpan = 18 * time.Hour
	// ClusterCountrySpan: reports further apart share no context through a
	// foreign country (countryContext).
	ClusterCountrySpan = 40 * time.Hour
)

// threshold returns the similarity two signatures reported close in time
// need to share a cluster.
func threshold(a, b Signature) float64 { return thresholdAt(&a, &b, 0) }

// thresholdAt is threshold for reports published d nanoseconds apart
// (either sign): further than ClusterRefusedSpan a refused place is no
// context, further than ClusterCountrySpan a foreign country is none.
func thresholdAt(a, b *Signature, d int64) float64 {
	d = max(d, -d)
	far := d > int64(ClusterRefusedSpan)
	t := ClusterThreshold
	ctx := sharesContext(a, b, far) && !staleContext(a, b, d)
	switch {
	case ctx:
		t = ClusterContextThreshold
	case SharesCountryContext(*a, *b) && !a.match.sports:
		t = countryContext(d)
	case contextPlaces(a, b, far) != 0:
		t = ClusterPlaceThreshold
	case (a.places == 0) != (b.places == 0):
		t = ClusterOnePlace
	}
	switch {
	case NumbersConflict(*a, *b) && ctx:
		t = max(t, ClusterNumberContext)
	case NumbersConflict(*a, *b):
		t = max(t, ClusterNumberConflict)
	}
	return t
}

// Member is an indexed article: its cluster (ClusterID, the thread the
// index clusters on) is the id of the cluster's first member (its own id
// when it started the cluster; 0 stands for it); Segment is the segment of
// that thread it is in (see StorySilence; 0 stands for the thread's id).
// Key is what identifies the article whatever its database id (its source
// and article key, or its URL): ties between equally similar clusters are
// broken by it, so that the same articles make the same clusters whatever
// order they were stored in.
type Member struct {
	ArticleID, ClusterID, Segment int64
	Key                           string
	Sig                           Signature
	Published                     time.Time
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
	norms    []int               // squared norms of sigs (sqNorm)
	ties     []uint64            // hash of Member.Key
	members  map[int64][]int32   // cluster → its members, in insertion order
	segs     map[int64][]segSpan // cluster (thread) → its segments, by first publication: [0].first is the thread's start
	head     map[uint64]int32    // band key → last entry
	chain    []entry
}

// entry is one member under one band key: its index and the previous
// entry with the same key (-1 at the end), side by side so that a chain
// walk reads one place per step.
type entry struct {
	owner, next int32
}

// NewMemIndex returns an empty index.
func NewMemIndex() *MemIndex {
	return &MemIndex{head: map[uint64]int32{}, members: map[int64][]int32{}, segs: map[int64][]segSpan{}}
}

// Len returns the number of indexed members.
func (x *MemIndex) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.articles)
}

// Add indexes m under the bands of its signature.
func (x *MemIndex) Add(m Member) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.add(m, m.Sig.Bands())
}

// add indexes m under bands; the caller holds x.mu.
func (x *MemIndex) add(m Member, bands []uint64) {
	mi := int32(len(x.articles))
	x.articles = append(x.articles, m.ArticleID)
	x.clusters = append(x.clusters, m.ClusterID)
	x.pub = append(x.pub, m.Published.UnixNano())
	x.sigs = append(x.sigs, m.Sig)
	x.norms = append(x.norms, sqNorm(&m.Sig))
	x.ties = append(x.ties, fnvHash(m.Key))
	cid := m.ClusterID
	if cid == 0 {
		cid = m.ArticleID
	}
	x.members[cid] = append(x.members[cid], mi)
	seg := m.Segment
	if seg == 0 {
		seg = cid
	}
	x.addSegment(cid, seg, x.pub[mi])
	for _, b := range bands {
		e := int32(len(x.chain))
		prev, ok := x.head[b]
		if !ok {
			prev = -1
		}
		x.chain = append(x.chain, entry{owner: mi, next: prev})
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

// Lookup bounds, so that what clustering an article costs does not grow
// with the news volume, the size of its clusters or how alike a feed's
// items are (lottery results, prices, weather: templated items share most
// of their words and band keys). A band key yields at most maxChainWalk of
// its most recent members, and at most maxBandReps of those similar enough
// to join a cluster (lowestThreshold): a key shared by very many recent
// stories (a busy place and topic, such as Hà Nội and Thời sự) or by a
// day of templated items yields its most recent representatives. A
// cluster is then compared through at most maxClusterReps of the hits in
// it, its most recent ones.
const (
	maxChainWalk   = 256
	maxBandReps    = 16
	maxClusterReps = 8
)

// lowestThreshold is the smallest similarity threshold (see threshold):
// no pair of signatures joins below it.
const lowestThreshold = min(ClusterThreshold, ClusterOnePlace, ClusterPlaceThreshold, ClusterContextThreshold,
	ClusterCountryContext, ClusterNumberConflict, ClusterNumberContext)

// hits returns, each once and in order, the members sharing a band with
// sig's bands, published at most ClusterWindow before the article's
// publication, that could be similar enough to sig to join it (see
// walker). The caller holds x.mu.
func (x *MemIndex) hits(sig *Signature, bands []uint64, published time.Time) []int32 {
	w := newWalker(sig, published, nil)
	v := x.view()
	for _, b := range bands {
		if e, ok := x.head[b]; ok {
			w.chain(&v, e, maxChainWalk, 0)
		}
	}
	return w.result()
}
