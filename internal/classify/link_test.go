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
	got := threads(NewMemIndex().AssignBatch(batch))
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
		cids := threads(NewMemIndex().AssignBatch(b))
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

// TestTwinJoins: a report worded like two of a four-member story's
// members (its twins, at ClusterTwin or more) joins it though it is
// unrelated to the other two, while a two-member story still needs both
// (TestAssignNoChaining).
func TestTwinJoins(t *testing.T) {
	c := newTest(t)
	t0 := time.Date(2026, 4, 24, 13, 0, 0, 0, time.UTC)
	quote := "Văn Quyết: 'Ninh Bình có 3 Hoàng Đức cũng vậy thôi'"
	batch := []Member{
		{ArticleID: 1, Key: "a", Published: t0, Sig: sportsSig(c, "CLB Hà Nội thắng nghẹt thở Ninh Bình", "CLB Hà Nội giành chiến thắng 3-2 trên sân Ninh Bình.")},
		{ArticleID: 2, Key: "b", Published: t0.Add(time.Hour), Sig: sportsSig(c, quote, "Tiền đạo Hà Nội FC mỉa mai đối thủ sau chiến thắng 3-2 ở vòng 20.")},
		{ArticleID: 3, Key: "c", Published: t0.Add(2 * time.Hour), Sig: sportsSig(c, "Đội bóng thủ đô hạ đối thủ 3-2 để áp sát top 3", "Trận thắng ở vòng 20 diễn ra trên sân Ninh Bình.")},
		{ArticleID: 4, Key: "d", Published: t0.Add(3 * time.Hour), Sig: sportsSig(c, quote, "Đội trưởng Hà Nội FC nói sau chiến thắng 3-2 trước Ninh Bình.")},
		{ArticleID: 5, Key: "e", Published: t0.Add(4 * time.Hour), Sig: sportsSig(c, "Văn Quyết bất ngờ nói cực sốc: 'Ninh Bình có 3 Hoàng Đức thì cũng vậy thôi'", "Đội trưởng Hà Nội FC lên tiếng trong buổi họp báo.")},
	}
	e := &batch[4].Sig
	floor := LinkFloor * threshold(*e, batch[1].Sig)
	if s := Similarity(*e, batch[1].Sig); s < ClusterTwin || e.match.ok ||
		Similarity(*e, batch[0].Sig) >= floor || Similarity(*e, batch[2].Sig) >= floor {
		t.Fatalf("fixture: e is no twin of b (%.2f), or is related to the results (%.2f, %.2f), or reports one (%v)",
			s, Similarity(*e, batch[0].Sig), Similarity(*e, batch[2].Sig), e.match.ok)
	}
	got := threads(NewMemIndex().AssignBatch(batch))
	if got[1] != got[0] || got[2] != got[0] || got[3] != got[0] {
		t.Fatalf("clusters %v: fixture: want the four reports together", got)
	}
	if got[4] != got[0] {
		t.Errorf("clusters %v: the twin of two members of four starts a story of its own", got)
	}
}
