package digest

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"time"

	"bantin/internal/grace"
	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/mailer"
)

// DeliverySummary counts what one pass did.
type DeliverySummary struct {
	Claimed  int // rows leased
	Sent     int // accepted by the server or written to the outbox
	Retry    int // temporary failure, rescheduled
	Failed   int // permanent failure, attempts exhausted, or subscriber gone
	Empty    int // nothing in the week for the subscriber: no mail
	Released int // handed back unsent because the pass was cancelled
	Renders  int // shared renders (one per filter group and week)
	// Stopped says why the pass stopped sending before its end (the mail
	// server refused the message itself; see refusals), or "".
	Stopped string
	Elapsed time.Duration
}

// group is one (week, filters) digest, rendered once per pass.
type group struct {
	shared *mailer.SharedDigest // nil when the group has nothing to send
	view   string
}

type sendJob struct {
	job store.DigestJob
	g   *group
}

// pass is the state of one RunOnce: the week indexes and group renders it
// shares across batches, and its counts.
type pass struct {
	d      *Digester
	weeks  map[string]*weekIndex
	groups map[string]*group
	marks  *marker
	// inFlight holds a slot per message from the start of its SMTP
	// transaction to its record (Digester.InFlight).
	inFlight chan struct{}
	// batch counts the claimed batch's sends not yet handled; refused
	// holds their unspecific refusals until they are.
	batch   sync.WaitGroup
	refused refusals

	mu      sync.Mutex
	sum     DeliverySummary
	release []int64
}

// maxGroups bounds the renders a pass keeps (about 150 KB each); past it
// they are dropped and rebuilt as needed, so memory stays flat however
// many distinct filter sets subscribers choose.
const maxGroups = 256

// RunOnce delivers every digest row that is due (pending, or retry whose
// time has come), batch after batch, with up to Workers sends at once,
// until none is left or ctx is cancelled. On cancellation it claims nothing
// more and keeps sending the batch it holds for Grace; then it sends
// nothing new, lets the sends in flight finish and be recorded, and
// releases the rest of its claims. It returns an error when rows cannot be
// claimed or a template fails; per-message failures are recorded on their
// rows.
func (d *Digester) RunOnce(ctx context.Context) (DeliverySummary, error) {
	start := time.Now()
	work, stop := grace.After(ctx, d.Grace)
	defer stop()
	p := &pass{d: d, weeks: map[string]*weekIndex{}, groups: map[string]*group{},
		marks: d.startMarker(context.WithoutCancel(ctx)), inFlight: make(chan struct{}, d.inFlight()),
		refused: refusals{held: map[string][]heldRefusal{}, settled: map[string]map[int64]bool{}}}
	jobs := make(chan sendJob)
	var wg sync.WaitGroup
	for range orDefault(d.Workers, 4) {
		wg.Go(func() {
			for j := range jobs {
				p.deliver(work, j)
			}
		})
	}
	err := p.feed(ctx, work, jobs)
	close(jobs)
	wg.Wait()
	p.settle(context.WithoutCancel(ctx))
	p.marks.close()
	if rerr := d.releaseRows(ctx, p.release); rerr != nil {
		err = errors.Join(err, rerr)
	}
	p.sum.Released = len(p.release)
	d.Metrics.Released("digest", len(p.release))
	for range p.release {
		d.Metrics.Digest("released")
	}
	p.sum.Elapsed = time.Since(start)
	if stop := p.stopped(); stop != nil {
		p.sum.Stopped = stop.Error()
	}
	if p.sum.Claimed > 0 {
		d.log().Info("digest pass done", "claimed", p.sum.Claimed, "sent", p.sum.Sent, "retry", p.sum.Retry,
			"failed", p.sum.Failed, "empty", p.sum.Empty, "released", p.sum.Released,
			"renders", p.sum.Renders, "elapsed", p.sum.Elapsed.Round(time.Millisecond).String())
	}
	return p.sum, err
}

// feed claims batches while ctx lasts and hands their messages to the
// workers while work lasts.
func (p *pass) feed(ctx, work context.Context, jobs chan<- sendJob) error {
	d := p.d
	for ctx.Err() == nil {
		claimed, err := d.Store.ClaimDigests(ctx, d.Owner, d.now(), orDefault(d.Lease, 10*time.Minute), orDefault(d.Batch, 500))
		if err != nil || len(claimed) == 0 {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		p.sum.Claimed += len(claimed)
		d.Metrics.Claimed("digest", len(claimed))
		todo, err := p.prepare(work, claimed)
		if err != nil {
			for _, j := range claimed {
				p.release = append(p.release, j.Digest.ID)
			}
			return err
		}
		for i, sj := range todo {
			p.batch.Add(1)
			select {
			case jobs <- sj:
			case <-work.Done():
				p.batch.Done()
				for _, rest := range todo[i:] {
					p.addRelease(rest.job.Digest.ID)
				}
				return nil
			}
		}
		p.batch.Wait()
		p.settle(context.WithoutCancel(ctx))
	}
	return nil
}

// prepare groups a batch by week and filters, renders each new group once,
// finishes rows with nothing to send, and returns the messages to send.
func (p *pass) prepare(ctx context.Context, claimed []store.DigestJob) ([]sendJob, error) {
	var work []sendJob
	var empty, inactive []int64
	for _, j := range claimed {
		if j.Subscriber.Status != model.StatusActive {
			inactive = append(inactive, j.Digest.ID)
			p.event(j, model.DigestFailed, errInactive)
			continue
		}
		g, err := p.group(ctx, j.Digest.Period, j.Subscriber)
		if err != nil {
			return nil, err
		}
		if g.shared == nil {
			empty = append(empty, j.Digest.ID)
			p.event(j, model.DigestEmpty, nil)
			continue
		}
		work = append(work, sendJob{job: j, g: g})
	}
	d := p.d
	if err := d.Store.FinishDigests(ctx, empty, d.Owner, model.DigestEmpty, ""); err != nil {
		return nil, err
	}
	if err := d.Store.FinishDigests(ctx, inactive, d.Owner, model.DigestFailed, errInactive.Error()); err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.sum.Empty += len(empty)
	p.sum.Failed += len(inactive)
	p.mu.Unlock()
	return work, nil
}

// releaseWait bounds giving digest rows back at a pass's end: it runs
// after a stop was asked for, and a database that does not answer must not
// hold the stop (the leases expire by themselves).
const releaseWait = 5 * time.Second

// releaseRows gives this process's leases on the digest rows ids back, even
// when ctx has ended, waiting at most releaseWait; it returns the store's
// error.
func (d *Digester) releaseRows(ctx context.Context, ids []int64) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), releaseWait)
	defer cancel()
	return d.Store.ReleaseDigests(ctx, ids, d.Owner)
}

func (p *pass) addRelease(id int64) {
	p.mu.Lock()
	p.release = append(p.release, id)
	p.mu.Unlock()
}

func (p *pass) event(j store.DigestJob, outcome string, err error) {
	p.d.Metrics.Digest(outcome)
	if p.d.Progress != nil {
		p.d.Progress(Event{Period: j.Digest.Period, Email: j.Subscriber.Email, Outcome: outcome, Err: err})
	}
}

// linkStories sets the full-coverage link that "N nguồn" shows on each
// story covered by several outlets (story keys of articles without a
// cluster are negative and get none), and returns stories. A story whose
// own link urlpolicy refused (story() left URL empty) links to that page
// too, whatever its coverage: it is the article's permalink on bantin.
func (d *Digester) linkStories(stories []mailer.Story) []mailer.Story {
	for i := range stories {
		id, err := strconv.ParseInt(stories[i].ClusterID, 10, 64)
		if err != nil || id <= 0 {
			continue
		}
		if stories[i].ClusterSize > 1 {
			stories[i].StoryURL = d.Links.Story(id)
		}
		if stories[i].URL == "" {
			stories[i].URL = d.Links.Story(id)
		}
	}
	return stories
}
