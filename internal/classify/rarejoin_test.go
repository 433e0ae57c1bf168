package classify

import (
	"testing"
	"time"
)

// rareSig returns a one-feature signature of topic topic carrying the key
// name h (a key when key is set) and naming the places places.
func rareSig(topic uint8, h uint16, key bool, places uint64) Signature {
	s := Signature{n: 1, topic: topic, places: places}
	s.h[0], s.w[0] = uint32(h)*7+1, 100
	s.names[0] = h
	if key {
		s.keys = 1
	}
	return s
}

// TestRareJoin checks the rare-name join's conditions (rarejoin.go) on a
// member of thread 1 carrying the key name 42 and naming place bit 0,
// published at t0, for a newcomer published at t0 + at, s similar against
// the pair threshold t, with other threads' carriers of the name published
// others before t0.
func TestRareJoin(t *testing.T) {
	const law = 3 // a topic of the name rule's (xa-hoi), not world news
	if worldTopic == 0 || worldTopic == law {
		t.Fatalf("worldTopic = %d", worldTopic)
	}
	t0 := time.Date(2026, 5, 20, 8, 0, 0, 0, time.UTC)
	h := 20 * time.Hour
	for _, tc := range []struct {
		name   string
		newSig Signature
		at     time.Duration
		s, t   float64
		others []time.Duration
		want   bool
	}{
		{"rare key name shared", rareSig(law, 42, true, 1), h, 0.16, 0.25, nil, true},
		{"newcomer names no place", rareSig(law, 42, true, 0), h, 0.16, 0.25, nil, true},
		{"two other threads carry it", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour}, true},
		{"three other threads carry it", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour, 50 * time.Hour}, false},
		{"the third is older than the window", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour, 200 * time.Hour}, true},
		{"the third is published after the newcomer", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour, -30 * time.Hour}, true},
		{"the third is RareWindow before the newcomer", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour, RareWindow - h}, false},
		{"the third is just older than RareWindow", rareSig(law, 42, true, 1), h, 0.16, 0.25, []time.Duration{2 * time.Hour, 30 * time.Hour, RareWindow - h + time.Nanosecond}, true},
		{"not a key name", rareSig(law, 42, false, 1), h, 0.16, 0.25, nil, false},
		{"another name", rareSig(law, 43, true, 1), h, 0.16, 0.25, nil, false},
		{"world news", rareSig(worldTopic, 42, true, 1), h, 0.16, 0.25, nil, false},
		{"another topic", rareSig(law+1, 42, true, 1), h, 0.16, 0.25, nil, false},
		{"under RareFactor of the threshold", rareSig(law, 42, true, 1), h, 0.14, 0.25, nil, false},
		{"under lowestThreshold", rareSig(law, 42, true, 1), h, 0.09, 0.12, nil, false},
		{"vetoed", rareSig(law, 42, true, 1), h, 0.16, clusterNever, nil, false},
		{"beyond RareSpan", rareSig(law, 42, true, 1), 50 * time.Hour, 0.16, 0.25, nil, false},
		{"places contradict", rareSig(law, 42, true, 2), h, 0.16, 0.25, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := NewMemIndex()
			mt := uint8(law)
			if tc.newSig.topic == worldTopic {
				mt = worldTopic // both world news
			}
			member := rareSig(mt, 42, true, 1)
			x.Add(Member{ArticleID: 1, Key: "a", Sig: member, Published: t0})
			for i, d := range tc.others {
				x.Add(Member{ArticleID: int64(10 + i), Key: string(rune('b' + i)), Sig: rareSig(law, 42, true, 1), Published: t0.Add(-d)})
			}
			sig := tc.newSig
			r := x.newRareJoin(&sig, t0.Add(tc.at))
			if got := r.joins(&sig, &member, t0.UnixNano(), 1, tc.s, tc.t); got != tc.want {
				t.Errorf("joins = %v, want %v", got, tc.want)
			}
		})
	}
}

// The rare-name join costs an arrival no allocation of its own: pick with
// no hits allocates nothing (a signature kept by pointer in rareJoin moved
// pick's signature to the heap on every arrival).
func TestPickNoHitsAllocatesNothing(t *testing.T) {
	x := NewMemIndex()
	t0 := time.Date(2026, 5, 20, 8, 0, 0, 0, time.UTC)
	x.Add(Member{ArticleID: 1, Key: "a", Sig: rareSig(3, 42, true, 1), Published: t0})
	sig := rareSig(3, 42, true, 1)
	if n := testing.AllocsPerRun(50, func() { x.pick(sig, t0.Add(time.Hour), nil) }); n != 0 {
		t.Errorf("pick allocates %.0f times an arrival, want 0", n)
	}
}
