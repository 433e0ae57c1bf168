package digest

import (
	"context"
	"time"

	"bantin/internal/store"
)

// Sent rows are recorded in small batches, one transaction per markBatch
// messages or markDelay, whichever comes first: a commit per message would
// cost SQLite a WAL write and PostgreSQL a WAL flush each. The batch bounds
// the crash window of DESIGN §6's "sends no digest twice": a process killed
// outright may resend at most the messages of one unflushed batch (at most
// markDelay of work) once their leases expire, each with its original
// Message-ID. A cancelled pass flushes before it returns, so cancelling
// never repeats a message.
const (
	markBatch = 64
	markDelay = 10 * time.Millisecond
)

type sentMark struct {
	mark    store.SentMark
	bounced int64 // subscriber id whose bounce count to reset, or 0
}

// marker collects accepted messages and records them.
type marker struct {
	d    *Digester
	ctx  context.Context
	in   chan sentMark
	done chan struct{}
}

// startMarker starts the recording goroutine; ctx should not be cancelled
// before close (use context.WithoutCancel).
func (d *Digester) startMarker(ctx context.Context) *marker {
	m := &marker{d: d, ctx: ctx, in: make(chan sentMark, markBatch), done: make(chan struct{})}
	go m.run()
	return m
}

func (m *marker) add(s sentMark) { m.in <- s }

// close flushes what is pending and stops the goroutine.
func (m *marker) close() {
	close(m.in)
	<-m.done
}

func (m *marker) run() {
	defer close(m.done)
	var batch []sentMark
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case s, ok := <-m.in:
			if !ok {
				m.flush(batch)
				return
			}
			if len(batch) == 0 {
				timer.Reset(markDelay)
			}
			if batch = append(batch, s); len(batch) >= markBatch {
				timer.Stop()
				m.flush(batch)
				batch = nil
			}
		case <-timer.C:
			m.flush(batch)
			batch = nil
		}
	}
}

// flush records a batch, retrying for a few seconds: a row left unmarked
// would be sent again once its lease expires.
func (m *marker) flush(batch []sentMark) {
	if len(batch) == 0 {
		return
	}
	d := m.d
	marks := make([]store.SentMark, len(batch))
	for i, s := range batch {
		marks[i] = s.mark
	}
	var err error
	for i := range 5 {
		if err = d.Store.MarkDigestsSent(m.ctx, marks, d.now()); err == nil {
			break
		}
		time.Sleep(200 * time.Millisecond << i)
	}
	if err != nil {
		d.log().Error("digests sent but not recorded; they may be sent again after their leases expire",
			"count", len(marks), "first_message_id", marks[0].MessageID, "error", err)
	}
	for _, s := range batch {
		if s.bounced == 0 {
			continue
		}
		if err := d.Store.ResetBounces(m.ctx, s.bounced); err != nil {
			d.log().Warn("reset bounces failed", "subscriber_id", s.bounced, "error", err)
		}
	}
}
