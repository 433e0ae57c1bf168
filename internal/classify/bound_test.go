package classify

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// templatedSigs returns n signatures of templated daily items (lottery
// results, prices, weather) published over two days: most share most of
// their words, which fills band chains with similar members.
func templatedSigs(n int, t0 time.Time) []Member {
	r := rand.New(rand.NewPCG(5, 6))
	kinds := []string{"ket qua xo so mien bac hom nay giai dac biet", "gia vang hom nay sjc tang manh",
		"thoi tiet ha noi hom nay mua rao nhiet do", "gia xang dau hom nay ron 95 giam"}
	out := make([]Member, n)
	for i := range out {
		pub := t0.Add(time.Duration(i) * 48 * time.Hour / time.Duration(n))
		title := fmt.Sprintf("%s ngay %d/%d %d", kinds[r.IntN(len(kinds))], pub.Day(), pub.Month(), r.IntN(100))
		lede := strings.Repeat(fmt.Sprintf("so %d ", r.IntN(50)), 3)
		sig := NewSignature(title, lede)
		sig.places, sig.topic = 1<<uint(r.IntN(3)), uint8(1+r.IntN(2))
		out[i] = Member{ArticleID: int64(i + 1), Key: fmt.Sprintf("k%05d", i), Sig: sig, Published: pub}
	}
	return out
}

// TestAssignBatchMatchesOneByOne: AssignBatch, which looks up all its
// articles in parallel before assigning them, gives every article the
// cluster that assigning them one by one in its order gives, on top of an
// index that already holds articles, for everyday news (the evaluation
// sets) and for templated items that fill the band chains, whether the
// batch is looked up in one chunk or in many (whose lookups run while the
// chunks before them are assigned).
func TestAssignBatchMatchesOneByOne(t *testing.T) {
	c := newTest(t)
	arts := slices.Concat(loadEval(t), loadSet(t, handwrittenFile))
	var news []Member
	for i, a := range arts {
		news = append(news, Member{ArticleID: int64(i + 1), Key: a.URL, Published: a.Published,
			Sig: c.Signature(a.Title, a.Summary, c.Classify(a.input()))})
	}
	sets := map[string][]Member{"news": news,
		"templated": templatedSigs(3000, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))}
	for name, set := range sets {
		for _, chunk := range []int{batchChunk, 37} {
			t.Run(fmt.Sprintf("%s/chunk%d", name, chunk), func(t *testing.T) {
				checkBatchOneByOne(t, set, chunk)
			})
		}
	}
}

// checkBatchOneByOne is one case of TestAssignBatchMatchesOneByOne: the
// first third of set is indexed, the rest assigned as one batch in chunks
// of chunk, and again one by one.
func checkBatchOneByOne(t *testing.T, set []Member, chunk int) {
	old, fresh := set[:len(set)/3], set[len(set)/3:]
	batched, single := NewMemIndex(), NewMemIndex()
	batched.AssignBatch(old)
	single.AssignBatch(old)
	reported := make([]Placement, len(fresh))
	got := batched.assignBatch(fresh, chunk, func(positions []int, placed []Placement) {
		for _, p := range positions {
			if reported[p] != (Placement{}) {
				t.Fatalf("position %d reported twice", p)
			}
			reported[p] = placed[p]
		}
	})
	if !slices.Equal(reported, got) {
		t.Fatal("the chunks reported as assigned are not the batch's clusters")
	}
	order := make([]int, len(fresh))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &fresh[i], &fresh[j]
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.Key, b.Key))
	})
	joined := 0
	for _, i := range order {
		m := fresh[i]
		cid, ok := single.Assign(m.Sig, m.Published)
		if !ok {
			cid = m.ArticleID
		} else {
			joined++
		}
		if got[i].Thread != cid {
			t.Fatalf("%s: batch put it in cluster %d, one by one in %d", m.Key, got[i].Thread, cid)
		}
		m.ClusterID = cid
		single.Add(m)
	}
	if joined == 0 {
		t.Fatal("no article joined a cluster: the fixture tests nothing")
	}
}

// TestLookupBounded: however many alike members the index holds, a
// lookup yields at most maxBandReps hits per band key.
func TestLookupBounded(t *testing.T) {
	set := templatedSigs(5000, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	x := NewMemIndex()
	x.AssignBatch(set)
	probe := set[len(set)-1]
	bands := probe.Sig.Bands()
	hits := x.hits(&probe.Sig, bands, probe.Published)
	if len(hits) == 0 || len(hits) > len(bands)*maxBandReps {
		t.Errorf("%d hits for %d band keys: want 1 to %d", len(hits), len(bands), len(bands)*maxBandReps)
	}
}

// BenchmarkAssignBatch measures clustering one fetch pass of 25,000
// articles published over two days into an empty index, per article:
// "news" (synthetic stories, see synthetic) and "templated" (templatedSigs:
// lottery results, prices, weather), and with BANTIN_REAL_CORPUS set "real":
// the corpus's newest 25,000 items (realMembers). cpu-µs/article is the
// process's CPU time, which the parallel lookups spread over the cores.
func BenchmarkAssignBatch(b *testing.B) {
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	s := newSynthetic()
	news := make([]Member, 25000)
	for i := range news {
		news[i] = s.member(int64(i + 1))
		news[i].ClusterID, news[i].Key = 0, fmt.Sprintf("k%05d", i)
		news[i].Published = t0.Add(time.Duration(i) * 48 * time.Hour / time.Duration(len(news)))
	}
	sets := []struct {
		name    string
		members []Member
	}{{"news", news}, {"templated", templatedSigs(25000, t0)}}
	if path := os.Getenv("BANTIN_REAL_CORPUS"); path != "" {
		sets = append(sets, struct {
			name    string
			members []Member
		}{"real", realMembers(b, path, 25000)})
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			cpu0 := cpuTime()
			for b.Loop() {
				NewMemIndex().AssignBatch(set.members)
			}
			n := float64(b.N * len(set.members))
			b.ReportMetric(float64(b.Elapsed().Microseconds())/n, "µs/article")
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/n, "cpu-µs/article")
		})
	}
}

// realMembers classifies and signs the newest n items of the real-news
// corpus at path (BENCHMARKS.md, "Real news"), as a fetch pass would, and
// returns them as a batch to cluster.
func realMembers(b *testing.B, path string, n int) []Member {
	items := readJSONL[realItem](b, path)
	slices.SortStableFunc(items, func(x, y realItem) int { return y.Published.Compare(x.Published) })
	c := newTest(b)
	out := make([]Member, 0, n)
	for i, it := range items[:min(n, len(items))] {
		r := c.Classify(Input{Title: it.Title, Summary: it.Summary, URL: it.URL, SourceURL: it.FeedURL})
		out = append(out, Member{ArticleID: int64(i + 1), Key: it.URL, Published: it.Published,
			Sig: c.Signature(it.Title, it.Summary, r)})
	}
	return out
}
