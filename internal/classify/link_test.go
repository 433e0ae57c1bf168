package classify

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// TestAssignNoChaining: A~B and B~C but A≁C must not make one story of A
// and C: C starts its own cluster (or joins B's only if it is also like A).
func TestAssignNoChaining(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	// a and b share six words, b and c six others, a and c none.
	a := NewSignature("alpha bravo charlie delta", "sa sb sc sd se sf")
	b := NewSignature("sa sb sc sd se sf", "ta tb tc td te tf")
	d := NewSignature("ta tb tc td te tf", "echo foxtrot golf hotel")
	if !(Similarity(a, b) >= ClusterThreshold && Similarity(b, d) >= ClusterThreshold &&
		Similarity(a, d) < LinkFloor*ClusterThreshold) {
		t.Fatalf("fixture: sim(a,b)=%.2f sim(b,c)=%.2f sim(a,c)=%.2f", Similarity(a, b), Similarity(b, d), Similarity(a, d))
	}
	batch := []Member{{ArticleID: 1, Key: "a", Sig: a, Published: t0}, {ArticleID: 2, Key: "b", Sig: b, Published: t0.Add(time.Hour)},
		{ArticleID: 3, Key: "c", Sig: d, Published: t0.Add(2 * time.Hour)}}
	got := NewMemIndex().AssignBatch(batch)
	if got[0] != got[1] || got[2] == got[0] {
		t.Errorf("clusters %v: want a and b together, c apart", got)
	}
}

// TestAssignBatchOrderFree: the same articles, given in any order and with
// any database ids, make the same stories.
func TestAssignBatchOrderFree(t *testing.T) {
	c := newTest(t)
	arts := slices.Concat(loadEval(t), loadSet(t, handwrittenFile))
	batch := make([]Member, len(arts))
	for i, a := range arts {
		batch[i] = Member{Key: a.URL, Published: a.Published, Sig: c.Signature(a.Title, a.Summary, c.Classify(a.input()))}
	}
	partition := func(seed uint64) map[string]string {
		r := rand.New(rand.NewPCG(seed, 7))
		b := slices.Clone(batch)
		r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		for i := range b {
			b[i].ArticleID = int64(i + 1) // ids in storing order, which varies
		}
		cids := NewMemIndex().AssignBatch(b)
		seed2key := map[int64]string{}
		out := map[string]string{}
		for i := range b { // name each cluster by its smallest key
			if k, ok := seed2key[cids[i]]; !ok || b[i].Key < k {
				seed2key[cids[i]] = b[i].Key
			}
		}
		for i := range b {
			out[b[i].Key] = seed2key[cids[i]]
		}
		return out
	}
	want := partition(1)
	for seed := uint64(2); seed < 8; seed++ {
		got := partition(seed)
		for k, v := range want {
			if got[k] != v {
				t.Fatalf("order %d: %s in the story of %s, first order put it with %s", seed, k, got[k], v)
			}
		}
	}
}
