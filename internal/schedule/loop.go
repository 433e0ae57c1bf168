package schedule

import (
	"context"
	"time"
)

// Loop runs RunOnce every tick until ctx is done. A failed pass (the
// database unreachable) is logged and retried at the next tick; per-source
// failures never stop the loop.
func (g *Ingester) Loop(ctx context.Context, tick time.Duration) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := g.RunOnce(ctx, RunOptions{}); err != nil && ctx.Err() == nil && g.Log != nil {
			g.Log.Error("fetch pass failed", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
