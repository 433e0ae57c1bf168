// Package grace gives work that was started before a stop was asked for
// a while to finish: the fetch pipeline's fetches in flight and the digest
// pass's claimed batch both run on such a context.
package grace

import (
	"context"
	"time"
)

// After returns a context that ends d after ctx ends (at once when d <= 0)
// and a stop function that ends it now; call stop when the work is done.
// The context carries ctx's values. Until ctx ends it is never done, even
// past ctx's deadline's time: it ends only through ctx's end, d later, or
// stop.
func After(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	work, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stopAfter := context.AfterFunc(ctx, func() {
		if d <= 0 {
			cancel()
			return
		}
		time.AfterFunc(d, cancel)
	})
	return work, func() { stopAfter(); cancel() }
}
