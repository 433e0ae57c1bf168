package digest

import (
	"context"
	"time"

	"bantin/internal/store"
)

// Sent rows are recorded by group commit: the marker takes every accepted
// message waiting (at most markBatch) and records them in one transaction,
// while the next ones queue up; a commit per message would cost SQLite a
// WAL write and PostgreSQL a WAL flush each. The sender of a message waits
// for its record before it sends another (see pass.deliver), and at most
// Digester.InFlight messages are between the start of their SMTP
// transaction and their record. That bounds DESIGN §6's "sends no digest
// twice": a process killed outright may resend, once their leases are
// taken over, only messages whose transaction was in flight or just
// accepted at the kill, at most InFlight of them (one per SMTP connection),
// each with its original Message-ID. A cancelled pass flushes before it
// returns, so cancelling never repeats a message.
const markBatch = 64

type sentMark struct {
	mark     store.SentMark
	bounced  int64         // subscriber id whose bounce count to reset, or 0
	recorded chan struct{} // closed once the mark is committed (or given up on)
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

// record hands s to the marker and waits until it is committed.
func (m *marker) record(s sentMark) {
	s.recorded = make(chan struct{})
	m.in <- s
	<-s.recorded
}

// close flushes what is pending and stops the goroutine.
func (m *marker) close() {
	close(m.in)
	<-m.done
}

// run commits whatever marks are waiting, as one batch, until closed.
func (m *marker) run() {
	defer close(m.done)
	for s := range m.in {
		batch := []sentMark{s}
	drain:
		for len(batch) < markBatch {
			select {
			case s, ok := <-m.in:
				if !ok {
					break drain
				}
				batch = append(batch, s)
			default:
				break drain
			}
		}
		m.flush(batch)
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
		close(s.recorded)
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
