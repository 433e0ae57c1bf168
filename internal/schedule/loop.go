// Package schedule runs bantin's background work on a clock: each Job runs
// once at start and then on every tick of its interval until the context
// ends. It knows nothing of what the jobs do; internal/app hands it the
// pipeline's fetch pass and the digest service's tick.
package schedule

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Job is one piece of recurring work.
type Job struct {
	Name  string        // for logs, e.g. "fetch"
	Every time.Duration // interval between starts; must be > 0
	// Run does one pass. An error is logged and the job runs again at the
	// next tick; Run should return soon after ctx ends.
	Run func(ctx context.Context) error
}

// Run runs every job on its own ticker until ctx is done, then waits for
// the passes in flight and returns. A pass that outlasts its interval
// delays the next one: missed ticks are dropped, never queued. Errors after
// ctx ended are not logged (they are the cancellation). log may be nil.
func Run(ctx context.Context, log *slog.Logger, jobs ...Job) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Go(func() { loop(ctx, log, j) })
	}
	wg.Wait()
}

// loop runs one job until ctx is done.
func loop(ctx context.Context, log *slog.Logger, j Job) {
	t := time.NewTicker(j.Every)
	defer t.Stop()
	for {
		if err := j.Run(ctx); err != nil && ctx.Err() == nil {
			log.Error("background pass failed", "job", j.Name, "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
