package web

import "context"

// background is the lifetime of the work a Server starts that outlives the
// request or ingest that caused it: WebSub pings (Changed) and the
// recording and mailing of subscription requests (requestInBackground).
// Its context ends when Stop is called.
type background struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newBackground() background {
	ctx, cancel := context.WithCancel(context.Background())
	return background{ctx: ctx, cancel: cancel}
}

// Stop cancels the background work still running or waiting to run: the
// contexts of WebSub pings and confirmation mails end, so that Wait returns
// soon after (a request not yet recorded is dropped and logged; a mail cut
// short lifts the address's cooldown, as any failed send does). For the end
// of the shutdown grace period; the Server keeps serving requests, but
// work they start in the background is cancelled at once. Later calls do
// nothing.
func (s *Server) Stop() { s.bg.cancel() }
