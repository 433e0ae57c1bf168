package grace

import (
	"context"
	"testing"
	"time"
)

type ctxKey struct{}

func TestAfter(t *testing.T) {
	for _, tc := range []struct {
		name       string
		grace      time.Duration
		cancel     bool          // end the parent
		stop       bool          // call stop
		aliveAfter time.Duration // the work context must still be alive this long after
		doneWithin time.Duration // then be done within this (0: must stay alive)
	}{
		{"parent alive: work alive", time.Millisecond, false, false, 20 * time.Millisecond, 0},
		{"no grace: ends with the parent", 0, true, false, 0, time.Second},
		{"negative grace: ends with the parent", -time.Second, true, false, 0, time.Second},
		{"grace: outlives the parent, then ends", 50 * time.Millisecond, true, false, 20 * time.Millisecond, 5 * time.Second},
		{"stop ends it at once", time.Hour, false, true, 0, time.Second},
		{"stop during the grace ends it at once", time.Hour, true, true, 0, time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent, cancel := context.WithCancel(context.WithValue(context.Background(), ctxKey{}, "v"))
			defer cancel()
			work, stop := After(parent, tc.grace)
			defer stop()
			if work.Value(ctxKey{}) != "v" {
				t.Error("the work context lost the parent's values")
			}
			if tc.cancel {
				cancel()
			}
			if tc.stop {
				stop()
			}
			if tc.aliveAfter > 0 {
				time.Sleep(tc.aliveAfter)
				if work.Err() != nil {
					t.Fatalf("work ended after %s: %v", tc.aliveAfter, work.Err())
				}
			}
			if tc.doneWithin == 0 {
				return
			}
			select {
			case <-work.Done():
			case <-time.After(tc.doneWithin):
				t.Fatalf("work not done within %s", tc.doneWithin)
			}
		})
	}
}
