package classify

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"testing"
)

// Why one event's reports end in several stories: TestEventSplits replays
// the event files' clustering (clusterEvents' items, one member at a time
// in AssignBatch's order) and, for each labelled report of a story group
// that joins no thread holding an earlier report of its group, names the
// rule that refused the nearest such thread (splitCause). Reports that
// join a group-mate's thread but another segment are counted as "segment".
// BENCHMARKS.md, "Twentieth session: i20merge".

// The causes, from the earliest stage of assignment that refused the
// thread (the nearest stage to a join among the group's threads).
const (
	causeWindow  = "window"  // no group-mate within ClusterWindow
	causeEnded   = "ended"   // the thread began more than StorySpan before
	causeLookup  = "lookup"  // no group-mate among the lookup's hits
	causeReps    = "reps"    // the cluster's maxClusterReps hits were others
	causePair    = "pair"    // no member reached the pair threshold
	causeLinkage = "linkage" // the linkage majority refused
	causeResult  = "result"  // the result-story rule refused
	causeVeto    = "veto"    // the veto rule refused
	causeOther   = "other"   // a more similar story took it
	causeSegment = "segment" // the right thread, another segment
)

// causeRank orders the causes: a thread refused later in assignment is
// nearer a join.
var causeRank = []string{causeWindow, causeEnded, causeLookup, causeReps, causePair, causeLinkage, causeResult, causeVeto, causeOther}

// splitCause names why a newcomer (sig, published at pub) did not join
// cluster cid, a thread holding an earlier report of its group, given its
// lookup's hits and the cluster it joined (0: none). detail says how near
// it came: the best ratio of similarity to threshold, or the linkage count.
func splitCause(x *MemIndex, sig Signature, pub int64, hits []int32, cid int64) (cause, detail string) {
	lo, hi := pub-int64(ClusterWindow), pub+int64(ClusterWindow)
	inWindow := false
	for _, mi := range x.members[cid] {
		if p := x.pub[mi]; p >= lo && p <= hi {
			inWindow = true
		}
	}
	switch {
	case !inWindow:
		return causeWindow, ""
	case len(x.segs[cid]) > 0 && pub-x.segs[cid][0].first > int64(StorySpan):
		return causeEnded, fmt.Sprintf("%.0fh", float64(pub-x.segs[cid][0].first)/3.6e12)
	}
	st := pairStage(x, &sig, pub, hits, cid)
	switch {
	case !st.seen:
		return causeLookup, ""
	case !st.taken && st.ratio >= 1:
		return causeReps, ""
	case !st.taken:
		return causePair, fmt.Sprintf("%.2f%s", st.ratio, nameShared(x, &sig, pub, cid))
	}
	_, _, rejected := x.linkage(sig, pub, cid, lo, hi, st.need, st.best >= ClusterTwin)
	switch {
	case rejected:
		return causeLinkage, linkCount(x, sig, pub, cid, lo, hi, st.need)
	case x.refusesResult(&sig, cid, lo, hi):
		return causeResult, ""
	case x.refusesVetoed(&sig, cid, lo, hi):
		return causeVeto, ""
	}
	return causeOther, fmt.Sprintf("%.2f", st.best)
}

// pairOutcome is how a newcomer's lookup met one cluster: seen, whether
// one of its members was among the hits in the window; taken, whether one
// of those pick compares (maxClusterReps a cluster) reached the pair
// threshold; best and need, the most similar of those and the threshold
// linkage's floor is based on; ratio, the best similarity over pair
// threshold among all its hits.
type pairOutcome struct {
	seen, taken       bool
	best, need, ratio float64
}

// pairStage returns how the lookup of sig, published at pub, with hits
// met cluster cid, as pick compares it.
func pairStage(x *MemIndex, sig *Signature, pub int64, hits []int32, cid int64) pairOutcome {
	lo, hi := pub-int64(ClusterWindow), pub+int64(ClusterWindow)
	norm := sqNorm(sig)
	burst, keys := x.burstNames(sig, pub), x.nameKeys(sig, pub)
	var reps clusterReps
	var v pairOutcome
	for h := len(hits) - 1; h >= 0; h-- {
		mi := hits[h]
		c := x.clusterOf(mi)
		if p := x.pub[mi]; p < lo || p > hi {
			continue
		}
		ok := reps.take(c)
		if c != cid {
			continue
		}
		v.seen = true
		m := &x.sigs[mi]
		s := similarityNormed(sig, m, norm, x.norms[mi])
		th := pairThreshold(sig, m, pub, x.pub[mi], burst, keys)
		v.ratio = max(v.ratio, s/th)
		if s >= th && ok && s > v.best {
			v.taken, v.best, v.need = true, s, threshold(*sig, *m)
		}
	}
	return v
}

// linkCount returns "near/n": how many of the cluster's members in the
// window linkage checks the newcomer is linked to.
func linkCount(x *MemIndex, sig Signature, pub, cid, lo, hi int64, need float64) string {
	ms := x.members[cid]
	near, n := 0, 0
	for _, mi := range ms[max(0, len(ms)-maxLinkCheck):] {
		if p := x.pub[mi]; p >= lo && p <= hi {
			n++
			if linked(&sig, &x.sigs[mi], pub, p, LinkFloor*need) {
				near++
			}
		}
	}
	return fmt.Sprintf("%d/%d", near, n)
}

// splitRecord is one labelled report's arrival.
type splitRecord struct {
	label  int // index in the labels
	cause  string
	detail string
}

// replayEvents clusters items as AssignBatch does, one member at a time,
// and for each labelled item of a story group (at: item → label, -1 for
// context) records why it joined no thread of an earlier group-mate. It
// returns the placements, in items' order, the records and every bridge
// (bridgesAt).
func replayEvents(x *MemIndex, batch []Member, at []int, labels []eventLabel) ([]Placement, []splitRecord, []bridge) {
	var bridges []bridge
	order := assignOrder(batch)
	threadsOf := map[string][]int64{} // group → threads of its reports so far
	out := make([]Placement, len(batch))
	var recs []splitRecord
	for _, k := range order {
		m := batch[k]
		bands := m.Sig.Bands()
		var hits []int32
		cid, ok := int64(0), false
		if len(bands) > 0 {
			hits = x.hits(&m.Sig, bands, m.Published)
			cid, ok = x.pick(m.Sig, m.Published, hits)
			if ok {
				bridges = append(bridges, bridgesAt(x, m, hits, cid)...) // eventbridge_test.go
			}
		}
		cid, seg := replayPlace(x, m, cid, ok)
		if l := at[k]; l >= 0 && groupKey(labels[l]) != "" {
			g := groupKey(labels[l])
			if prev := threadsOf[g]; len(prev) > 0 {
				recs = append(recs, arrival(x, m, hits, cid, seg, prev, l))
			}
			if !slices.Contains(threadsOf[g], cid) {
				threadsOf[g] = append(threadsOf[g], cid)
			}
		}
		m.ClusterID, m.Segment = cid, seg
		out[k] = Placement{Thread: cid, Segment: seg}
		x.add(m, bands)
	}
	return out, recs, bridges
}

// arrival records a group report's placement against the threads its
// group-mates are in (prev): joined one (cause "" or segment), or the
// nearest refusal among them.
func arrival(x *MemIndex, m Member, hits []int32, cid, seg int64, prev []int64, l int) splitRecord {
	if slices.Contains(prev, cid) {
		for _, s := range x.segs[cid] {
			if s.id == seg {
				return splitRecord{label: l}
			}
		}
		return splitRecord{label: l, cause: causeSegment}
	}
	r := splitRecord{label: l, cause: causeWindow}
	for _, c := range prev {
		cause, detail := splitCause(x, m.Sig, m.Published.UnixNano(), hits, c)
		if slices.Index(causeRank, cause) > slices.Index(causeRank, r.cause) {
			r.cause, r.detail = cause, detail
		}
	}
	return r
}

// TestEventSplits logs, for each event, how many stories (segments) each
// story group's reports end in and why each report that joined none of its
// group-mates' threads was refused; BANTIN_EVENT_SPLITS=1 logs each such
// report's title. It checks that the replay places every item as
// AssignBatch does, and logs what uniting the threads a newcomer bridges
// would give (logBridges).
func TestEventSplits(t *testing.T) {
	path := realCorpus(t)
	labels := readEventLabels(t)
	items, at := eventItems(t, path, labels)
	batch := signBatch(newTest(t), items)
	want := NewMemIndex().AssignBatch(batch)
	got, recs, bridges := replayEvents(NewMemIndex(), batch, at, labels)
	if !slices.Equal(got, want) {
		t.Fatalf("the replay placed items unlike AssignBatch")
	}
	logSplits(t, labels, items, at, got, recs)
	logBridges(t, labels, at, got, bridges)
}

// eventItems returns clusterEvents' items (the labelled ones and their
// context) and, for each, the index of its label (-1 for context).
func eventItems(t *testing.T, path string, labels []eventLabel) ([]realItem, []int) {
	pos := map[string]int{}
	for i, l := range labels {
		pos[l.URL] = i
	}
	corpus := readJSONL[realItem](t, path)
	inSpan := eventWindows(corpus, labels, pos)
	var items []realItem
	var at []int
	for _, it := range corpus {
		i, labelled := pos[it.URL]
		if !labelled && !inSpan(it) {
			continue
		}
		if !labelled {
			i = -1
		}
		items, at = append(items, it), append(at, i)
	}
	return items, at
}

// logSplits logs each group's stories and the causes of its reports'
// splits, per event and pooled.
func logSplits(t *testing.T, labels []eventLabel, items []realItem, at []int, placed []Placement, recs []splitRecord) {
	verbose := os.Getenv("BANTIN_EVENT_SPLITS") == "1"
	item := map[int]int{} // label → item
	for k, l := range at {
		if l >= 0 {
			item[l] = k
		}
	}
	segsOf := map[string]map[int64]int{}
	for l, lb := range labels {
		if g := groupKey(lb); g != "" {
			if segsOf[g] == nil {
				segsOf[g] = map[int64]int{}
			}
			segsOf[g][placed[item[l]].Segment]++
		}
	}
	pooled := map[string]int{}
	byGroup := map[string]map[string]int{}
	for _, r := range recs {
		g := groupKey(labels[r.label])
		if byGroup[g] == nil {
			byGroup[g] = map[string]int{}
		}
		c := cmp.Or(r.cause, "joined")
		byGroup[g][c]++
		pooled[c]++
		if verbose && r.cause != "" {
			it := items[item[r.label]]
			t.Logf("  %s %s %s %s | %s", g, r.cause, r.detail, it.Published.Format("01-02 15:04"), it.Title)
		}
	}
	groups := make([]string, 0, len(segsOf))
	for g := range segsOf {
		groups = append(groups, g)
	}
	slices.Sort(groups)
	for _, g := range groups {
		sizes := make([]int, 0, len(segsOf[g]))
		for _, n := range segsOf[g] {
			sizes = append(sizes, n)
		}
		slices.SortFunc(sizes, func(a, b int) int { return b - a })
		t.Logf("%s: %d reports in %d stories %v; arrivals %v", g, sum(sizes), len(sizes), sizes, byGroup[g])
	}
	t.Logf("pooled arrivals: %v", pooled)
}

// sum returns the sum of xs.
func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// nameShared returns how a newcomer (sig, published at pub) shares a name
// with cluster cid's members in the window: " key" when one is a key name
// at pub on both sides (the name rule's test bar the topic and NameSpan),
// " name" when one of its rare names is among a member's, else "".
func nameShared(x *MemIndex, sig *Signature, pub int64, cid int64) string {
	keys := x.nameKeys(sig, pub) & sig.keys
	out := ""
	for _, mi := range x.members[cid] {
		if d := pub - x.pub[mi]; d > int64(ClusterWindow) || d < -int64(ClusterWindow) {
			continue
		}
		m := &x.sigs[mi]
		for i, h := range sig.names {
			k := slices.Index(m.names[:], h)
			switch {
			case h == 0 || k < 0:
			case keys&(1<<i) != 0 && m.keys&(1<<k) != 0:
				return " key"
			default:
				out = " name"
			}
		}
	}
	return out
}
