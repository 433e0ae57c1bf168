package classify

import (
	"slices"
	"time"

	"bantin/internal/model"
)

// The rare-name join: a follow-up worded unlike a case's earlier reports
// ("Cựu bộ trưởng Kim Tiến được con bồi thường thay 24 tỷ đồng" after "…
// Kim Tiến hôm nay bị xét xử …") shares little with them but a name that
// only this case carries — its defendant's, its suspect's — and stays
// under the pair threshold, so it starts a parallel story. The name rule
// (namelink.go) is meant for such reports but stops applying once the
// case is in the news for more than a few hours (more than nameMaxItems
// stories in NameSpan). A newcomer refused at the pair threshold t of an
// indexed member (pairThreshold; a vetoed pair, t = clusterNever, never
// joins) is taken by the member's thread when its similarity s reaches
// RareFactor·t (and lowestThreshold), both are of one primary topic and
// published within RareSpan of each other, their places do not contradict
// (when both name places, one is common), and they share a rare key name:
// a name that is a key name (keyName: two syllables or more, no place, no
// institution, the name rule's topics) on both sides and that at most
// rareMaxOut indexed stories of other threads carried in the RareWindow
// before the newcomer (rareJoin.rare; the pipeline's index holds 8 days).
// In world news the key names that pass are mostly subjects — a head of
// state's, the pope's, a country the gazetteer lacks ("Arab Saudi") — and
// its joins were 24 right of 40 (i21storyrec, BENCHMARKS.md), so there
// the two titles must also name one kind of incident (Signature.incident:
// "nổ súng" in "Nghi phạm nổ súng bị truy tố …" and "… vụ nổ súng ở dạ
// tiệc báo chí Nhà Trắng"; i22storyrec: 26 of 28 joined pairs right, the
// other two joined through a name misread, which writtenLower corrects).
// Linkage, results and vetoes stay.
const (
	RareFactor = 0.6
	RareSpan   = 48 * time.Hour
	RareWindow = 168 * time.Hour
	rareMaxOut = 2
)

// rareJoin is the rare-name join's state for one newcomer: the threads
// of its names' carriers (bit i for names[i]), counted on the first pair
// that asks. It holds a copy of the newcomer's names, not its signature:
// a pointer kept here would move the caller's signature to the heap on
// every arrival (count's appends make the struct's pointees escape). The
// caller holds x.mu.
type rareJoin struct {
	x       *MemIndex
	names   [sigNames]uint16 // the newcomer's Signature.names
	pub     int64
	counted uint8              // names whose carriers are counted
	threads [sigNames][]int64  // the carriers' threads, each once…
	carried [sigNames][]uint16 // …and how many carriers each holds
	total   [sigNames]int      // carriers in the window; -1 when the walk ran out first
}

// newRareJoin starts the rare-name join of a newcomer sig published at pub;
// it counts nothing yet.
func (x *MemIndex) newRareJoin(sig *Signature, pub time.Time) rareJoin {
	return rareJoin{x: x, names: sig.names, pub: pub.UnixNano()}
}

// joins reports whether the newcomer a (the signature newRareJoin was
// given) joins thread cid of its member b (published at pb), to which it
// is s similar against the pair threshold t, under the rare-name join.
func (r *rareJoin) joins(a, b *Signature, pb int64, cid int64, s, t float64) bool {
	if t >= clusterNever || s < max(lowestThreshold, RareFactor*t) || a.keys == 0 || b.keys == 0 ||
		a.topic == 0 || a.topic != b.topic {
		return false
	}
	if a.topic == worldTopic && a.incident&b.incident == 0 {
		return false
	}
	if d := r.pub - pb; d > int64(RareSpan) || d < -int64(RareSpan) {
		return false
	}
	if a.places != 0 && b.places != 0 && a.places&b.places == 0 {
		return false
	}
	for i, h := range a.names {
		k := slices.Index(b.names[:], h)
		if a.keys&(1<<i) != 0 && k >= 0 && b.keys&(1<<k) != 0 && r.rare(i, cid) {
			return true
		}
	}
	return false
}

// rare reports whether the newcomer's name i was carried by at most
// rareMaxOut indexed stories outside thread cid in the RareWindow before
// the newcomer.
func (r *rareJoin) rare(i int, cid int64) bool {
	if r.counted&(1<<i) == 0 {
		r.count(i)
		r.counted |= 1 << i
	}
	if r.total[i] < 0 {
		return false
	}
	in := 0
	if k := slices.Index(r.threads[i], cid); k >= 0 {
		in = int(r.carried[i][k])
	}
	return r.total[i]-in <= rareMaxOut
}

// count walks the band chain of the newcomer's name i (newest insertion
// first, at most maxChainWalk entries, up to the first published
// chainSlack before the window, as walker does) and counts, by thread,
// the members published in the RareWindow before the newcomer; total is
// -1 when the walk stopped before the window's start.
func (r *rareJoin) count(i int) {
	x := r.x
	since := r.pub - int64(RareWindow)
	e, ok := x.head[bandKey(nameBandTag, uint64(r.names[i]))]
	for n := 0; ok && e >= 0; n++ {
		if n == maxChainWalk {
			r.total[i] = -1
			return
		}
		mi := x.chain[e].owner
		e = x.chain[e].next
		switch p := x.pub[mi]; {
		case p < since-int64(chainSlack):
			return
		case p >= r.pub || p < since:
			continue
		}
		cid := x.clusterOf(mi)
		r.total[i]++
		if k := slices.Index(r.threads[i], cid); k >= 0 {
			r.carried[i][k]++
		} else {
			r.threads[i], r.carried[i] = append(r.threads[i], cid), append(r.carried[i], 1)
		}
	}
}

// worldTopic is the Signature.topic of world news ("the-gioi"): 1 + its
// index among the catalog's topics, as signatures number them.
var worldTopic = func() uint8 {
	for i, t := range model.NewCatalog().Topics() {
		if t.Slug == "the-gioi" {
			return uint8(i + 1)
		}
	}
	return 0
}()
