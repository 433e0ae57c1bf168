package app

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestMemoryLimit(t *testing.T) {
	const base = 60 << 20
	for _, tt := range []struct {
		live uint64
		want int64
	}{
		{0, base},
		{20 << 20, base},          // a small job: the floor
		{40 << 20, base},          // 1.5 × 40 MiB is exactly the floor
		{50 << 20, 75 << 20},      // past two thirds of the floor: 1.5 × live
		{1 << 30, 3 << 29},        // a large working set always has room to grow
		{math.MaxUint64, 3 << 59}, // no overflow
	} {
		if got := memoryLimit(base, tt.live); got != tt.want {
			t.Errorf("memoryLimit(%d, %d) = %d, want %d", base, tt.live, got, tt.want)
		}
	}
}

// TestHoldMemory: holding sets the runtime's soft limit and releasing
// restores it; a GOMEMLIMIT of the operator's, or a base of 0, leaves the
// limit alone.
func TestHoldMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	release := holdMemory(1<<40, "")
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Errorf("held limit = %d, want %d", got, int64(1<<40))
	}
	release()
	release() // a second call is harmless
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after release = %d, want %d", got, before)
	}
	for _, tt := range []struct {
		base       int64
		gomemlimit string
	}{{1 << 40, "512MiB"}, {0, ""}} {
		release := holdMemory(tt.base, tt.gomemlimit)
		if got := debug.SetMemoryLimit(-1); got != before {
			t.Errorf("holdMemory(%d, %q) set the limit to %d", tt.base, tt.gomemlimit, got)
		}
		release()
	}
}
