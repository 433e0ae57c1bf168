package classify

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// threads returns the threads of placements, in order.
func threads(ps []Placement) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.Thread
	}
	return out
}

// segments returns the segments of placements, in order.
func segments(ps []Placement) []int64 {
	out := make([]int64, len(ps))
	for i, p := range ps {
		out[i] = p.Segment
	}
	return out
}

// TestPlaceSegment: the segment rule on a thread's spans (hours after the
// thread's first member): a silence of StorySilence opens a segment, just
// under it does not; a late arrival takes the span that holds it, else the
// segment before it when near its latest member, else the one after it
// when near its first, else its own — or, in a thread of fewer than
// SplitAfter reports (small), the nearest segment.
func TestPlaceSegment(t *testing.T) {
	h := func(x float64) int64 { return int64(x * float64(time.Hour)) }
	const own = 99
	two := []segSpan{{1, h(0), h(5)}, {7, h(40), h(45)}}
	tests := []struct {
		name  string
		spans []segSpan
		pub   int64
		want  int64
		small bool
	}{
		{"the thread's first member", nil, h(3), own, false},
		{"just under the silence", []segSpan{{1, h(0), h(10)}}, h(25) - 1, 1, false},
		{"at the silence", []segSpan{{1, h(0), h(10)}}, h(25), own, false},
		{"past the silence", []segSpan{{1, h(0), h(10)}}, h(40), own, false},
		{"after the latest segment, near it", two, h(50), 7, false},
		{"at the latest member", two, h(45), 7, false},
		{"late, into the first span", two, h(3), 1, false},
		{"late, at a span's first member", two, h(40), 7, false},
		{"late, into the second span", two, h(42), 7, false},
		{"late, into a gap near the segment before", two, h(19), 1, false},
		{"late, into a gap near both: the one before", []segSpan{{1, h(0), h(5)}, {7, h(25), h(30)}}, h(15), 1, false},
		{"late, into a gap near the segment after", two, h(30), 7, false},
		{"late, into a gap far from both", two, h(22), own, false},
		{"late, before the thread's first member, near it", two, -h(14), 1, false},
		{"late, before the thread's first member, at the silence", two, -h(15), own, false},
		{"overlapping spans (replicas): the one holding it", []segSpan{{1, h(0), h(30)}, {7, h(10), h(12)}}, h(20), 1, false},
		{"small thread: its first member", nil, h(3), own, true},
		{"small thread: past the silence, the current segment", []segSpan{{1, h(0), h(10)}}, h(40), 1, true},
		{"small thread: late, into a gap far from both, the one before", two, h(22), 1, true},
		{"small thread: late, before its first member, at the silence", two, -h(15), 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := placeSegment(tc.spans, tc.pub, own, !tc.small); got != tc.want {
				t.Errorf("placeSegment(%v, %dh) = %d, want %d", tc.spans, tc.pub/h(1), got, tc.want)
			}
		})
	}
}

// reportsAt returns one report of one event per offset from t0 (ids 1…n,
// alike enough to share a thread; the thread's span, StorySpan, holds
// them all when the offsets do).
func reportsAt(t0 time.Time, hours ...float64) []Member {
	sig := NewSignature("Sạt lở đất vùi lấp nhiều nhà dân ở xã vùng cao", "Lực lượng cứu hộ tìm kiếm người mất tích sau trận sạt lở đất")
	out := make([]Member, len(hours))
	for i, x := range hours {
		out[i] = Member{ArticleID: int64(i + 1), Key: fmt.Sprint("k", i), Sig: sig,
			Published: t0.Add(time.Duration(x * float64(time.Hour)))}
	}
	return out
}

// TestAssignBatchSegments: one thread over three days, in one batch and
// in any input order, is split wherever StorySilence passes with no report;
// the earlier members never move.
func TestAssignBatchSegments(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 6, 0, 0, 0, time.UTC)
	batch := reportsAt(t0, 0, 2, 16.9, 32, 46.99, 62, 70)
	// silences: 14.9 h (kept), 15.1 h (split), 14.99 h (kept), 15.01 h (split), 8 h
	want := []int64{1, 1, 1, 4, 4, 6, 6}
	for seed := uint64(0); seed < 6; seed++ {
		b := slices.Clone(batch)
		rand.New(rand.NewPCG(seed, 3)).Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		got := NewMemIndex().AssignBatch(b)
		for i, p := range got {
			if p.Thread != 1 {
				t.Fatalf("order %d: %v: the fixture's reports must share one thread", seed, got)
			}
			if w := want[b[i].ArticleID-1]; p.Segment != w {
				t.Errorf("order %d: article %d in segment %d, want %d", seed, b[i].ArticleID, p.Segment, w)
			}
		}
	}
}

// TestSegmentsAcrossBatches: a thread assigned over passes, the index
// rebuilt from what was stored in between (members with their thread and
// segment), gives the segments one batch gives, and late arrivals take the
// segments the rule says.
func TestSegmentsAcrossBatches(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 6, 0, 0, 0, time.UTC)
	all := reportsAt(t0, 0, 3, 6, 24, 45, 1, 33)
	first, second, late := all[:3], all[3:5], all[5:]
	x := NewMemIndex()
	stored := slices.Clone(first)
	for i, p := range x.AssignBatch(first) {
		stored[i].ClusterID, stored[i].Segment = p.Thread, p.Segment
	}
	rebuilt := NewMemIndex() // the hourly rebuild: stored rows only
	for _, m := range stored {
		rebuilt.Add(m)
	}
	for name, idx := range map[string]*MemIndex{"kept": x, "rebuilt": rebuilt} {
		got := segments(idx.AssignBatch(slices.Clone(second)))
		if !slices.Equal(got, []int64{4, 5}) {
			t.Errorf("%s index: second pass in segments %v, want [4 5] (as one batch)", name, got)
		}
		// 1 h: inside the first span; 33 h: 9 h after 24 h, in the second.
		if got := idx.AssignBatch(slices.Clone(late)); got[0] != (Placement{1, 1}) || got[1] != (Placement{1, 4}) {
			t.Errorf("%s index: late arrivals placed %v, want {1 1} {1 4}", name, got)
		}
	}
	if got := segments(NewMemIndex().AssignBatch(all[:5])); !slices.Equal(got, []int64{1, 1, 1, 4, 5}) {
		t.Errorf("one batch: segments %v, want [1 1 1 4 5]", got)
	}
}

// TestSmallThreadsUnsplit: a silence opens a segment only once the thread
// holds SplitAfter reports; a thread of fewer is never split, in one batch
// or across batches.
func TestSmallThreadsUnsplit(t *testing.T) {
	t0 := time.Date(2026, 3, 1, 6, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		hours []float64
		want  []int64
	}{
		{"two reports a day apart", []float64{0, 24}, []int64{1, 1}},
		{"silences before the third report", []float64{0, 20, 40}, []int64{1, 1, 1}},
		{"a silence after the third report", []float64{0, 1, 2, 20}, []int64{1, 1, 1, 4}},
		{"silences before and after the third", []float64{0, 20, 40, 60}, []int64{1, 1, 1, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			batch := reportsAt(t0, tc.hours...)
			if got := segments(NewMemIndex().AssignBatch(slices.Clone(batch))); !slices.Equal(got, tc.want) {
				t.Errorf("one batch: segments %v, want %v", got, tc.want)
			}
			x := NewMemIndex() // one report a pass
			var got []int64
			for _, m := range batch {
				got = append(got, x.AssignBatch([]Member{m})[0].Segment)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("a pass each: segments %v, want %v", got, tc.want)
			}
		})
	}
}
