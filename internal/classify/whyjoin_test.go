package classify

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// Why two reports share a story: TestWhyJoined replays the story census
// (TestStoryCensus's items, one member at a time in AssignBatch's order),
// records for each item the member it joined through (the most similar
// member of the cluster it joined whose pair threshold it reached) and the
// rule that set that pair's threshold (joinRule), and logs, for each pair
// of URLs in the file BANTIN_WHY_PAIRS names (one pair a line, its two
// URLs the first two tab-separated fields), the pair's own similarity,
// threshold and rule, then the path between the two items in that join
// tree with each edge's. It skips unless BANTIN_REAL_CORPUS and
// BANTIN_WHY_PAIRS are set, and fails when the replay places an item
// unlike AssignBatch. BENCHMARKS.md, "Twenty-first session: i21storyprec".

// joinEdge is how an item joined its cluster: through member via (a batch
// index, -1 when it started the cluster) at similarity sim against
// threshold need, under rule.
type joinEdge struct {
	via       int
	sim, need float64
	rule      string
	burst     uint8
	keys      uint8
}

// joinRule names what set the pair threshold of newcomer a (at pa) and
// member b (at pb), given a's bursting names and key names at pa, in the
// order pairThreshold applies them: "name", "incident", "incident-ctx",
// "burst", "match", "twin", then thresholdAt's base ("place+topic",
// "country", "place", "one-place", "flat"), with "+nums" when the titles'
// numbers conflict.
func joinRule(a, b *Signature, pa, pb int64, burst, keys uint8) string {
	t := burstThreshold(a, b, pa, pb, burst)
	switch {
	case t >= clusterNever:
		return "veto"
	case NameThreshold < t && sharedKey(a, b, pa, pb, keys):
		return "name"
	case IncidentThreshold < t && sharedIncident(a, b, pa, pb):
		return "incident"
	case incidentInContext(a, b, pa, pb, t):
		return "incident-ctx"
	case burstPair(a, b, pa, pb, burst):
		return "burst"
	}
	d := pa - pb
	if previewAndSports(a, b) {
		return "twin"
	}
	if d <= int64(MatchWindow) && d >= -int64(MatchWindow) && sameMatch(a, b) {
		return "match"
	}
	if afterMatch(a, b, pa, pb) {
		return "aftermath"
	}
	if pastMatch(a, b, pa, pb) {
		return "pastcue"
	}
	far := max(d, -d) > int64(ClusterRefusedSpan)
	base := "flat"
	switch {
	case sharesContext(a, b, far):
		base = "place+topic"
	case SharesCountryContext(*a, *b) && !a.match.sports:
		base = "country"
	case contextPlaces(a, b, far) != 0:
		base = "place"
	case (a.places == 0) != (b.places == 0):
		base = "one-place"
	}
	if NumbersConflict(*a, *b) {
		base += "+nums"
	}
	return base
}

// assignOrder returns the positions of batch in the order AssignBatch
// assigns them: by publication, then key, then article id.
func assignOrder(batch []Member) []int {
	order := make([]int, len(batch))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &batch[i], &batch[j]
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.Key, b.Key), cmp.Compare(a.ArticleID, b.ArticleID))
	})
	return order
}

// replayPlace returns the thread and segment AssignBatch gives m once pick
// returned cid and ok: cid and the segment segmentOf picks in it, or m's
// own id twice when it joined none.
func replayPlace(x *MemIndex, m Member, cid int64, ok bool) (thread, seg int64) {
	if !ok {
		return m.ArticleID, m.ArticleID
	}
	return cid, x.segmentOf(cid, m.Published.UnixNano(), m.ArticleID)
}

// replayEdges clusters batch as AssignBatch does, one member at a time,
// and returns each member's placement and join edge.
func replayEdges(x *MemIndex, batch []Member) ([]Placement, []joinEdge) {
	order := assignOrder(batch)
	out, edges := make([]Placement, len(batch)), make([]joinEdge, len(batch))
	byMember := make([]int, 0, len(batch)) // index member → batch index
	for _, k := range order {
		m := batch[k]
		bands := m.Sig.Bands()
		cid, ok := int64(0), false
		e := joinEdge{via: -1}
		if len(bands) > 0 {
			pub := m.Published.UnixNano()
			hits := x.hits(&m.Sig, bands, m.Published)
			e.burst, e.keys = x.burstNames(&m.Sig, pub), x.nameKeys(&m.Sig, pub)
			if cid, ok = x.pick(m.Sig, m.Published, hits); ok {
				e = bestEdge(x, &m.Sig, pub, hits, cid, e, byMember)
			}
		}
		cid, seg := replayPlace(x, m, cid, ok)
		m.ClusterID, m.Segment = cid, seg
		out[k], edges[k] = Placement{Thread: cid, Segment: seg}, e
		x.add(m, bands)
		byMember = append(byMember, k)
	}
	return out, edges
}

// bestEdge returns e with the most similar of cid's hits in the window
// that reaches its pair threshold.
func bestEdge(x *MemIndex, sig *Signature, pub int64, hits []int32, cid int64, e joinEdge, byMember []int) joinEdge {
	lo, hi := pub-int64(ClusterWindow), pub+int64(ClusterWindow)
	for _, mi := range hits {
		if x.clusterOf(mi) != cid || x.pub[mi] < lo || x.pub[mi] > hi {
			continue
		}
		m := &x.sigs[mi]
		s := similarity(sig, m)
		th := pairThreshold(sig, m, pub, x.pub[mi], e.burst, e.keys)
		if s >= th && (e.via < 0 || s > e.sim) {
			e.via, e.sim, e.need, e.rule = byMember[mi], s, th, joinRule(sig, m, pub, x.pub[mi], e.burst, e.keys)
		}
	}
	return e
}

// treePath returns the batch indices from a to b through the join tree
// (each item's parent is its edge's via), or nil when they are in
// different trees.
func treePath(edges []joinEdge, a, b int) []int {
	up := func(i int) []int {
		var p []int
		for ; i >= 0 && len(p) < 10000; i = edges[i].via {
			p = append(p, i)
		}
		return p
	}
	pa, pb := up(a), up(b)
	for i, n := range pa {
		if j := slices.Index(pb, n); j >= 0 {
			out := slices.Clone(pa[:i+1])
			for k := j - 1; k >= 0; k-- {
				out = append(out, pb[k])
			}
			return out
		}
	}
	return nil
}

// TestWhyJoined logs the join paths of the pairs BANTIN_WHY_PAIRS lists
// (see the top of this file).
func TestWhyJoined(t *testing.T) {
	path, pairs := os.Getenv(EnvRealCorpus), os.Getenv("BANTIN_WHY_PAIRS")
	if path == "" || pairs == "" {
		t.Skip(EnvRealCorpus + " and BANTIN_WHY_PAIRS are not both set")
	}
	var items []realItem
	pos := map[string]int{}
	for _, it := range readJSONL[realItem](t, path) {
		if eventContext(it.Day) && it.Day >= censusFrom {
			pos[it.URL] = len(items)
			items = append(items, it)
		}
	}
	batch := signBatch(newTest(t), items)
	placed, edges := replayEdges(NewMemIndex(), batch)
	if !slices.Equal(placed, NewMemIndex().AssignBatch(batch)) {
		t.Fatal("the replay placed items unlike AssignBatch")
	}
	f, err := os.Open(pairs)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	tally := whyTally{}
	for n := 1; sc.Scan(); n++ {
		u := strings.Split(sc.Text(), "\t")
		if len(u) < 2 {
			t.Fatalf("%s:%d: want two tab-separated URLs", pairs, n)
		}
		a, oka := pos[u[0]]
		b, okb := pos[u[1]]
		if !oka || !okb {
			t.Logf("%d: not in the census", n)
			continue
		}
		if items[a].Published.After(items[b].Published) {
			a, b = b, a
		}
		sim, need, rule := logPair(t, n, items, batch, edges, a, b)
		if len(u) > 2 {
			if err := tally.add(pairRule(sim, need, rule), u[2]); err != nil {
				t.Fatalf("%s:%d: %v", pairs, n, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(tally) > 0 {
		t.Logf("verdicts by the rule that let the pair in:\n%s", tally)
	}
}

// logPair logs pair n (a published first): the pair's own similarity,
// threshold and rule, then its join-tree path; it returns the first three.
func logPair(t *testing.T, n int, items []realItem, batch []Member, edges []joinEdge, a, b int) (sim, need float64, rule string) {
	sa, sb := &batch[a].Sig, &batch[b].Sig
	pa, pb := batch[a].Published.UnixNano(), batch[b].Published.UnixNano()
	e := edges[b]
	need, sim, rule = pairThreshold(sb, sa, pb, pa, e.burst, e.keys), similarity(sa, sb), joinRule(sb, sa, pb, pa, e.burst, e.keys)
	var w strings.Builder
	fmt.Fprintf(&w, "#%d %.1fh direct %.3f/%.3f %s\n  A %s | %s\n  B %s | %s\n", n, float64(pb-pa)/3.6e12,
		sim, need, rule, items[a].URL, items[a].Title, items[b].URL, items[b].Title)
	p := treePath(edges, a, b)
	for _, i := range p {
		if slices.Contains(p, edges[i].via) {
			fmt.Fprintf(&w, "    %s %.3f/%.3f %s %s | %s\n", edges[i].rule, edges[i].sim, edges[i].need,
				items[i].Published.Format("01-02 15:04"), items[i].URL, items[i].Title)
		} else {
			fmt.Fprintf(&w, "    (root) %s %s | %s\n", items[i].Published.Format("01-02 15:04"), items[i].URL, items[i].Title)
		}
	}
	fmt.Fprintf(&w, "  path %d", len(p))
	t.Log(w.String())
	return sim, need, rule
}

// TestTreePath: the path between two items of one join tree goes through
// their nearest common ancestor; items of two trees have none.
func TestTreePath(t *testing.T) {
	// 0 ← 1 ← 2, 0 ← 3; 4 alone.
	edges := []joinEdge{{via: -1}, {via: 0}, {via: 1}, {via: 0}, {via: -1}}
	for _, c := range []struct {
		a, b int
		want []int
	}{
		{2, 3, []int{2, 1, 0, 3}},
		{1, 2, []int{1, 2}},
		{3, 3, []int{3}},
		{2, 4, nil},
	} {
		if got := treePath(edges, c.a, c.b); !slices.Equal(got, c.want) {
			t.Errorf("treePath(%d, %d) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestJoinRule: the rule named is the one that set the pair's threshold.
func TestJoinRule(t *testing.T) {
	hour := int64(time.Hour)
	base := func(places uint64, topic uint8, nums uint32) Signature {
		return Signature{n: 1, places: places, topic: topic, nums: nums}
	}
	for _, c := range []struct {
		name string
		a, b Signature
		d    int64
		want string
	}{
		{"nothing shared", base(0, 1, 0), base(0, 2, 0), hour, "flat"},
		{"one names a place", base(1, 1, 0), base(0, 1, 0), hour, "one-place"},
		{"province and topic", base(1, 1, 0), base(1, 1, 0), hour, "place+topic"},
		{"province, two topics", base(1, 1, 0), base(1, 2, 0), hour, "place"},
		{"numbers differ", base(0, 1, 1), base(0, 1, 2), hour, "flat+nums"},
		{"titles dated apart", Signature{n: 1, day: 1}, Signature{n: 1, day: 2}, hour, "veto"},
	} {
		if got := joinRule(&c.a, &c.b, c.d, 0, 0, 0); got != c.want {
			t.Errorf("%s: joinRule = %q, want %q", c.name, got, c.want)
		}
	}
}
