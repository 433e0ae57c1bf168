package digest

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"bantin/internal/config"
	"bantin/internal/metrics"
	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/store"
	"bantin/mailer"
)

// Digester runs the weekly digest (DESIGN §6). Each week is an ISO week in
// Location; its run starts at the schedule time after it ends (default
// Monday 07:00), or, after downtime, at the first tick after a restart.
// Only the most recent due week is caught up: a process down for three
// weeks sends last week's digest, not three stale ones.
//
// Delivery goes through digest rows, one per (subscriber, week), claimed
// with leases, so any number of Digesters (goroutines, replicas) share the
// work and a restart resumes it. Claimed rows are grouped by identical
// filters; each group is composed from one in-memory index of the week and
// rendered once (mailer.RenderShared); each recipient then costs a cheap
// personalisation and one SMTP transaction on a pooled connection.
//
// Exactly once: a row is recorded as sent as soon as the server accepted
// its message, before its sender sends another (group commit, see
// markBatch), and the Message-ID (digest-<week>-<subscriber ref>@domain)
// and the outbox file name are fixed per row. A cancelled run stops handing out messages
// but lets those already in flight finish and be recorded, then releases
// the rest of its claims, so cancelling and restarting neither loses nor
// repeats a digest. Only a crash between the start of a transaction and
// its record can repeat those messages (at most InFlight, one per SMTP
// connection) once their leases are taken over, with the same Message-ID
// so receivers can de-duplicate them.
type Digester struct {
	Store      *store.Store
	Renderer   *mailer.Renderer
	Sender     mailer.Sender
	Links      *signing.Links
	Catalog    *model.Catalog
	Schedule   config.Schedule
	Location   *time.Location // default Asia/Ho_Chi_Minh
	MaxStories int            // default 20
	Workers    int            // concurrent sends; default 4 (match the SMTP pool)
	// InFlight bounds the messages between the start of their SMTP
	// transaction and their record, so that a crash can repeat at most that
	// many; set it to the sender's connections. Default Workers.
	InFlight int
	Batch    int           // rows claimed at once; default 500
	Lease    time.Duration // claim duration; default 10m
	Owner    string        // lease owner, unique per process
	Now      func() time.Time
	Log      *slog.Logger
	// MaxAttempts is how many temporary failures make a row failed;
	// default 10 (about 17 hours of backoff); a failure that is the sender's or
	// the server's, not the row's, is retried beyond it while the week is fresh
	// (settingPatience).
	MaxAttempts int
	BounceLimit int                             // consecutive 5xx that mark a subscriber bounced; default 3
	Backoff     func(attempt int) time.Duration // default 1m·2^(attempt-1) up to 6h, +0–20% jitter
	// ShowAddress, when set, gives a subscriber's address as the digest's
	// text shows it (mailer.Recipient.Shown); the digest goes to the address.
	ShowAddress func(addr string) string
	// Progress, when set, is called after each row is handled.
	Progress func(Event)
	// Metrics records rows by outcome, claims and send latency; nil records nothing.
	Metrics *metrics.Metrics
	// Grace is how long RunOnce keeps sending its claimed batch once its
	// context ends (a stopping process) before it releases what is left;
	// default 0.
	Grace time.Duration

	archiveMu sync.Mutex
	archive   map[string]archiveEntry
}

// Event reports what happened to one digest row.
type Event struct {
	Period  string
	Email   string
	Outcome string // one of the model.Digest* statuses, or "released"
	Err     error
}

func (d *Digester) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Digester) loc() *time.Location {
	if d.Location != nil {
		return d.Location
	}
	if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return loc
	}
	return time.FixedZone("ICT", 7*3600)
}

func (d *Digester) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.New(slog.DiscardHandler)
}

func orDefault[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

func (d *Digester) backoff(attempt int) time.Duration {
	if d.Backoff != nil {
		return d.Backoff(attempt)
	}
	b := time.Minute << min(attempt-1, 12)
	b = min(b, 6*time.Hour)
	return b + time.Duration(rand.Int64N(int64(b)/5+1))
}

// Tick is one turn of the digest loop: it starts the run of the most
// recent due week when it has not started (CatchUp), then delivers every
// due row (RunOnce). It returns their errors, joined; failures of single
// messages are recorded on their rows, not returned.
func (d *Digester) Tick(ctx context.Context) error {
	_, _, cerr := d.CatchUp(ctx)
	_, rerr := d.RunOnce(ctx)
	return errors.Join(cerr, rerr)
}

// CatchUp starts the run of the most recent due week unless it exists:
// pending rows for every active subscriber, created once per database. It
// returns the week and whether this call started its run.
func (d *Digester) CatchUp(ctx context.Context) (Week, bool, error) {
	now := d.now()
	w := LatestDue(now, d.loc(), d.Schedule)
	started, n, err := d.Store.StartDigestRun(ctx, w.Label(), now)
	if err != nil {
		return w, false, err
	}
	if started {
		d.log().Info("digest run started", "period", w.Label(), "rows", n)
	}
	return w, started, nil
}

// Prepare readies week's run for an operator's explicit send (digest
// send). When the run has not begun, it begins it as CatchUp does: a row
// for every active subscriber. Once it has begun (at the schedule, by
// serve, or by an earlier send), its rows are those it made then, and a
// send again delivers what is left of them (retries, an interrupted
// send): a subscriber who became active since gets the next week's
// digest, as with serve, not this one's, unless newSubscribers is set
// (the operator asks), which adds a row for every active subscriber
// without one. It returns how many rows it created and how many active
// subscribers are left without a row of the week.
func (d *Digester) Prepare(ctx context.Context, w Week, newSubscribers bool) (created, left int, err error) {
	now := d.now()
	started, n, err := d.Store.StartDigestRun(ctx, w.Label(), now)
	if err != nil {
		return 0, 0, err
	}
	if !started && newSubscribers {
		if n, err = d.Store.EnsureDigests(ctx, w.Label(), now); err != nil {
			return 0, 0, err
		}
	}
	left, err = d.Store.ActiveWithoutDigest(ctx, w.Label())
	return n, left, err
}

// Week parses a period label in the digest zone; "" means the most recent
// due week.
func (d *Digester) Week(period string) (Week, error) {
	if period == "" {
		return LatestDue(d.now(), d.loc(), d.Schedule), nil
	}
	return ParseWeek(period, d.loc())
}

// settingPatience is how long after its week ended a row refused for the
// sender's or the server's fault keeps being retried beyond MaxAttempts: a
// week's digest is news until the next one is.
const settingPatience = 7 * 24 * time.Hour

// fresh reports whether period (a row's week label) ended less than
// settingPatience ago; false for a label that does not parse.
func (d *Digester) fresh(period string) bool {
	w, err := ParseWeek(period, d.loc())
	return err == nil && d.now().Before(w.End.Add(settingPatience))
}

// inFlight is InFlight or its default.
func (d *Digester) inFlight() int {
	if d.InFlight > 0 {
		return d.InFlight
	}
	return orDefault(d.Workers, 4)
}

// messageKey names a digest message: Message-ID local part and outbox
// file, with the subscriber's opaque reference (signing.Signer.Ref), never
// its sequential id.
func (d *Digester) messageKey(period string, subscriberID int64) string {
	return "digest-" + period + "-" + d.Links.Signer().Ref(subscriberID)
}

// errInactive is recorded on rows whose subscriber left before the send.
var errInactive = errors.New("subscriber is no longer active")
