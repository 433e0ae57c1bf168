package app

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// noteInterrupt reports on p, as soon as ctx is cancelled (SIGINT or
// SIGTERM), that the command is letting inFlight finish for at most grace
// and that a second interrupt stops it at once (cmd/bantin's main restores
// the default signal handling after the first). Without it a Ctrl-C during
// a slow fetch or a digest batch looked like a hang for up to the grace.
// The returned func unregisters the note; call it when the work ends.
func noteInterrupt(ctx context.Context, p *progress, inFlight string, grace time.Duration) (stop func() bool) {
	return context.AfterFunc(ctx, func() {
		p.note(fmt.Sprintf("stopping: letting %s finish (at most %s, BANTIN_SHUTDOWN_GRACE); interrupt again to stop at once",
			inFlight, grace))
	})
}

// interruptedBy reports whether err is the cancellation of ctx by an
// interrupt (SIGINT or SIGTERM) rather than a failure of its own: a
// command then says what it had done and saved, and how to finish, in
// place of a bare "context canceled".
func interruptedBy(ctx context.Context, err error) bool {
	return err != nil && ctx.Err() != nil && errors.Is(err, context.Canceled)
}
