package digest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer"
)

// recipient returns the personal part of sub's digest of period.
func (d *Digester) recipient(period string, sub model.Subscriber, view string) mailer.Recipient {
	shown := ""
	if d.ShowAddress != nil {
		shown = d.ShowAddress(sub.Email)
	}
	return mailer.Recipient{Address: sub.Email, Shown: shown, Key: d.messageKey(period, sub.ID), ViewURL: view,
		PreferencesURL: d.Links.Preferences(sub.ID, sub.Email),
		UnsubscribeURL: d.Links.Unsubscribe(sub.ID, sub.Email)}
}

// deliver personalises, sends and records one digest. Once a send starts it
// runs to its end even if ctx is cancelled (the sender's own timeout bounds
// it), so that what the server accepted is always recorded.
func (p *pass) deliver(ctx context.Context, sj sendJob) {
	defer p.batch.Done()
	j := sj.job
	if ctx.Err() != nil {
		p.addRelease(j.Digest.ID)
		return
	}
	d := p.d
	bg := context.WithoutCancel(ctx)
	if stop := p.stopped(); stop != nil {
		p.retry(bg, j, stop, true)
		return
	}
	msg, err := sj.g.shared.Message(d.recipient(j.Digest.Period, j.Subscriber, sj.g.view))
	if err != nil {
		// A malformed stored address: nothing to retry.
		p.fail(bg, j, err, false)
		return
	}
	p.inFlight <- struct{}{} // see Digester.InFlight
	defer func() { <-p.inFlight }()
	start := time.Now()
	err = d.Sender.Send(bg, msg)
	d.Metrics.MailSent("digest", time.Since(start), err)
	if err != nil {
		switch why, key := blockedWhy(err), refusalKey(err, j.Subscriber.Email); {
		case key != "":
			p.hold(bg, j, key, err)
		case why != "":
			p.retry(bg, j, fmt.Errorf("%s; retried, not counted against the address: %w", why, err), true)
		case mailer.IsPermanent(err):
			p.fail(bg, j, err, true)
		default:
			p.retry(bg, j, err, false)
		}
		return
	}
	p.sent(j, msg.MessageID)
}

// blockedWhy returns what the operator should check when err refuses the
// sender or the message as sent (mailer.SendError.Blocked: the operator's
// setting or the sending domain's standing, the same for every recipient),
// or "" for any other error. Such a row is retried with backoff, so the
// week's digests go out once it is fixed, and the refusal is not counted as
// the recipient's bounce.
func blockedWhy(err error) string {
	var se *mailer.SendError
	switch {
	case !errors.As(err, &se) || !se.Blocked():
		return ""
	case se.Stage == "mail":
		return "the mail server refused the sender (check BANTIN_MAIL_FROM and the SMTP account)"
	}
	return "the mail server refused the message as sent (check SPF, DKIM and DMARC of BANTIN_MAIL_FROM's domain and the SMTP account)"
}

// sent records an accepted message (waiting for the commit) and counts it.
func (p *pass) sent(j store.DigestJob, messageID string) {
	s := sentMark{mark: store.SentMark{ID: j.Digest.ID, MessageID: messageID}}
	if j.Subscriber.Bounces > 0 {
		s.bounced = j.Subscriber.ID
	}
	p.marks.record(s)
	p.mu.Lock()
	p.sum.Sent++
	p.mu.Unlock()
	p.event(j, model.DigestSent, nil)
}

// retry reschedules a temporary failure with backoff, or fails the row when
// its attempts are spent. A failure that is the sender's or the server's,
// not the row's (blocked true: a refused sender, a policy refusal, a pass
// stopped by a refused message), spends no attempt budget while the week
// is fresh (settingPatience after it ended): the week goes out once the
// operator fixes it, not only within the ~17 hours of MaxAttempts.
func (p *pass) retry(ctx context.Context, j store.DigestJob, cause error, blocked bool) {
	d := p.d
	attempt := j.Digest.Attempts + 1
	if attempt >= orDefault(d.MaxAttempts, 10) && !(blocked && d.fresh(j.Digest.Period)) {
		p.fail(ctx, j, cause, false)
		return
	}
	next := d.now().Add(d.backoff(attempt))
	if err := d.Store.MarkDigestRetry(ctx, j.Digest.ID, d.Owner, truncate(cause.Error()), next); err != nil {
		d.log().Warn("digest retry not recorded", "digest_id", j.Digest.ID, "error", err)
	}
	d.log().Debug("digest will be retried", "subscriber_id", j.Subscriber.ID, "digest_id", j.Digest.ID, "attempt", attempt,
		"next_attempt_at", next, "error", cause)
	p.mu.Lock()
	p.sum.Retry++
	p.mu.Unlock()
	p.event(j, model.DigestRetry, cause)
}

// fail records a permanent failure; bounce counts it against the address.
func (p *pass) fail(ctx context.Context, j store.DigestJob, cause error, bounce bool) {
	d := p.d
	err := d.Store.MarkDigestFailed(ctx, j.Digest.ID, d.Owner, truncate(cause.Error()), bounce, orDefault(d.BounceLimit, 3))
	if err != nil && !errors.Is(err, model.ErrLeaseLost) {
		d.log().Error("digest failure not recorded", "digest_id", j.Digest.ID, "error", err)
	}
	d.log().Warn("digest failed", "subscriber_id", j.Subscriber.ID, "digest_id", j.Digest.ID, "period", j.Digest.Period,
		"bounce", bounce, "error", cause)
	p.mu.Lock()
	p.sum.Failed++
	p.mu.Unlock()
	p.event(j, model.DigestFailed, cause)
}

// truncate bounds an error stored on a row.
func truncate(s string) string {
	if len(s) > 500 {
		return s[:500]
	}
	return s
}
