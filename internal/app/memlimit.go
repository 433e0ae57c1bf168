package app

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// holdEvery is how often a held memory limit follows the live heap.
const holdEvery = 250 * time.Millisecond

// liveHeap is the runtime metric holdMemory follows: the heap the last
// collection found live.
const liveHeap = "/gc/heap/live:bytes"

// memoryLimit returns the soft memory limit for a one-shot command whose
// floor is base and whose live heap is live: base, or 1.5 times the live
// heap once that passes two thirds of base. Below that the limit trims the
// collector's headroom (GOGC=100 lets a heap grow to twice its live size
// before collecting, and returns free pages to the system slowly); above
// it the heap always has half its live size to grow into, so a job with a
// large working set (a big store's clustering window) collects about twice
// as often as GOGC=100 would have it, never without end.
func memoryLimit(base int64, live uint64) int64 {
	l := int64(min(live, 1<<60))
	return max(base, l+l/2)
}

// holdMemory sets the Go runtime's soft memory limit
// (runtime/debug.SetMemoryLimit) of a one-shot command to base and keeps
// it at memoryLimit(base, live heap) until the returned function is
// called, which restores the limit found. It does nothing (and returns a
// no-op) when base is 0, or when gomemlimit, the GOMEMLIMIT environment
// variable, is set: the operator's own limit wins.
func holdMemory(base int64, gomemlimit string) func() {
	if base <= 0 || gomemlimit != "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(base)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: liveHeap}}
		tick := time.NewTicker(holdEvery)
		defer tick.Stop()
		set := base
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				continue
			}
			if lim := memoryLimit(base, sample[0].Value.Uint64()); lim != set {
				debug.SetMemoryLimit(lim)
				set = lim
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(stop)
			<-done
			debug.SetMemoryLimit(prev)
		})
	}
}
