package web

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/mailer"
)

// Subscriptions enables the digest subscription pages (DESIGN §6): the form
// and POST /subscribe, double opt-in confirmation, preferences and
// unsubscribe (page and RFC 8058 one-click) from signed links, and the
// "view in browser" archive of past digests. Set Config.Subscriptions to
// enable them; internal/app builds it.
//
// Abuse: the form answers the same page whether or not the address is
// known; a confirmation goes to an address at most once per Cooldown (and
// never to an active subscriber, whose filters a stranger cannot change);
// POST /subscribe is limited per client IP (IPv6 per /64) by a token bucket
// of RatePerMinute, answering 429 beyond it. The client IP is the TCP peer,
// or behind a proxy of Config.TrustedProxies the address it forwarded (see
// clientAddr); behind an untrusted proxy, every client shares its bucket. The request is
// recorded and its confirmation mailed in the background, after the answer,
// so that response times do not reveal whether an address is subscribed.
type Subscriptions struct {
	Links *signing.Links // builds and (through its Signer) checks signed links; required
	// SendConfirmation mails the double opt-in message to sub with
	// confirmURL. Required.
	SendConfirmation func(ctx context.Context, sub model.Subscriber, confirmURL string) error
	// Archive composes a past digest for the view-in-browser page; nil
	// leaves the page out. It returns errors wrapping model.ErrInvalid for a
	// malformed period and model.ErrNotFound for a week not ended.
	Archive       func(ctx context.Context, period string, topics, provinces []string) (mailer.Archive, error)
	Cooldown      time.Duration // between confirmations to one address; 0 means 1h
	RatePerMinute int           // POST /subscribe per client; 0 means 5
	SendsOn       string        // when digests go out, as pages say it after "Mỗi": "sáng thứ Hai" if empty

	limiter    *limiter
	sending    sync.WaitGroup
	slots      chan struct{}
	background atomic.Int64 // requests recording or mailing, or waiting for a slot
}

// maxBackgroundRequests bounds the subscription requests the background
// holds at once (16 recording or mailing, the rest waiting for a slot):
// while the mail or the database is stuck, the form still answers every
// client, and the requests beyond it are dropped, not queued without end.
const maxBackgroundRequests = 1024

// Wait blocks until the confirmations being mailed in the background are
// sent (for shutdown and tests).
func (sub *Subscriptions) Wait() { sub.sending.Wait() }

// subscribeRoutes registers the subscription pages when enabled.
func (s *Server) subscribeRoutes(mux router) {
	sub := s.cfg.Subscriptions
	if sub == nil {
		return
	}
	if sub.Cooldown <= 0 {
		sub.Cooldown = time.Hour
	}
	if sub.RatePerMinute <= 0 {
		sub.RatePerMinute = 5
	}
	sub.limiter = newLimiter(float64(sub.RatePerMinute)/60, sub.RatePerMinute)
	sub.slots = make(chan struct{}, 16)
	mux.Handle("GET /subscribe", s.handle("subscribe", s.subscribeForm))
	mux.Handle("POST /subscribe", s.handle("subscribe", s.subscribePost))
	mux.Handle("GET "+signing.ConfirmPath+"{token}", s.handle("confirm", s.confirmPage))
	mux.Handle("POST "+signing.ConfirmPath+"{token}", s.handle("confirm", s.confirmPost))
	mux.Handle("GET "+signing.PreferencesPath+"{token}", s.handle("preferences", s.preferencesPage))
	mux.Handle("POST "+signing.PreferencesPath+"{token}", s.handle("preferences", s.preferencesPost))
	mux.Handle("GET "+signing.UnsubscribePath+"{token}", s.handle("unsubscribe", s.unsubscribePage))
	mux.Handle("POST "+signing.UnsubscribePath+"{token}", s.handle("unsubscribe", s.unsubscribePost))
	if sub.Archive != nil {
		mux.Handle("GET "+signing.ArchivePath+"{period}", s.handle("archive", s.archivePage))
	}
}

// requestInBackground records a subscription request and mails its
// confirmation when one is due, after the form has been answered: the
// answer is the same page at the same time whether the address is new,
// pending, active or unsubscribed (a new address costs a committed insert,
// a known one a no-op, which a client could otherwise time). When mailing
// fails, the cooldown is lifted so that the form can try again. Stop cuts
// the wait for a slot, the recording and the mail short. Beyond
// maxBackgroundRequests held at once, the request is dropped and logged.
func (s *Server) requestInBackground(email string, topics, provinces []string, now time.Time) {
	cfg := s.cfg.Subscriptions
	if cfg.background.Add(1) > maxBackgroundRequests {
		cfg.background.Add(-1)
		s.log.Warn("subscription request dropped: too many waiting for the mail or the database", "waiting", maxBackgroundRequests)
		return
	}
	cfg.sending.Go(func() {
		defer cfg.background.Add(-1)
		select {
		case cfg.slots <- struct{}{}:
			defer func() { <-cfg.slots }()
		case <-s.bg.ctx.Done():
			s.log.Warn("subscription request dropped: bantin is stopping", "error", context.Cause(s.bg.ctx))
			return
		}
		ctx, cancel := context.WithTimeout(s.bg.ctx, 2*time.Minute)
		defer cancel()
		sub, send, err := s.st.RequestSubscription(ctx, email, topics, provinces, now, cfg.Cooldown)
		if err != nil {
			s.log.Error("subscription request not recorded", "error", err)
			return
		}
		if !send {
			return
		}
		link := cfg.Links.Confirm(sub.ID, sub.Email, sub.ConfirmSentAt)
		if err := cfg.SendConfirmation(ctx, sub, link); err != nil {
			s.log.Warn("confirmation not sent", "subscriber_id", sub.ID, "error", err)
			if err := s.clearConfirmSent(ctx, sub.ID); err != nil {
				s.log.Warn("cooldown not lifted", "subscriber_id", sub.ID, "error", err)
			}
			return
		}
		s.log.Info("confirmation sent", "subscriber_id", sub.ID)
	})
}

// clearConfirmSent lifts the cooldown of subscriber id after a failed
// confirmation mail, within 5 s even when ctx has ended (a mail cut short
// by Stop): it returns the store's error.
func (s *Server) clearConfirmSent(ctx context.Context, id int64) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	return s.st.ClearConfirmSent(ctx, id)
}
