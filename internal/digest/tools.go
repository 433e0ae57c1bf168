package digest

import (
	"context"
	"fmt"
	"time"

	"bantin/internal/model"
	"bantin/mailer"
)

// Preview renders the digest of week for the subscriber with address email,
// whatever its status, without sending or recording anything. It returns
// the subscriber as stored (its Status says whether a send would reach it)
// with the message, or with mailer.ErrEmptyDigest when the subscriber has
// nothing that week; model.ErrNotFound when there is no such subscriber.
func (d *Digester) Preview(ctx context.Context, email string, w Week) (*mailer.Message, model.Subscriber, error) {
	sub, err := d.Store.SubscriberByEmail(ctx, email)
	if err != nil {
		return nil, sub, fmt.Errorf("subscriber %s: %w", email, err)
	}
	idx, err := d.loadWeek(ctx, w.Label())
	if err != nil {
		return nil, sub, err
	}
	g, err := d.render(idx, sub.Filter())
	if err != nil {
		return nil, sub, err
	}
	if g.shared == nil {
		return nil, sub, mailer.ErrEmptyDigest
	}
	msg, err := g.shared.Message(d.recipient(w.Label(), sub, g.view))
	return msg, sub, err
}

// DryRunSummary is what a send of a week would do.
type DryRunSummary struct {
	Subscribers int // active
	AlreadySent int // have a sent (or finished) row for the week
	Groups      int // distinct filter sets to render
	WouldSend   int
	Empty       int
	// Later are active since the week's run began, with no row of it: a
	// send gives them the next week's digest (see Prepare).
	Later int
}

// DryRun composes and renders the week's digests for every active
// subscriber who has not had it yet and whom a send would reach (Prepare
// with newSubscribers), and counts; it sends and writes nothing.
func (d *Digester) DryRun(ctx context.Context, w Week, newSubscribers bool) (DryRunSummary, error) {
	var sum DryRunSummary
	subs, err := d.Store.Subscribers(ctx, model.StatusActive)
	if err != nil {
		return sum, err
	}
	rows, err := d.Store.Digests(ctx, w.Label())
	if err != nil {
		return sum, err
	}
	started, err := d.Store.DigestRunStarted(ctx, w.Label())
	if err != nil {
		return sum, err
	}
	done, owed := map[int64]bool{}, map[int64]bool{}
	for _, r := range rows {
		owed[r.SubscriberID] = true
		if r.Status == model.DigestSent || r.Status == model.DigestEmpty || r.Status == model.DigestFailed {
			done[r.SubscriberID] = true
		}
	}
	p := &pass{d: d, weeks: map[string]*weekIndex{}, groups: map[string]*group{}}
	sum.Subscribers = len(subs)
	for _, sub := range subs {
		if done[sub.ID] {
			sum.AlreadySent++
			continue
		}
		if started && !newSubscribers && !owed[sub.ID] {
			sum.Later++
			continue
		}
		g, err := p.group(ctx, w.Label(), sub)
		if err != nil {
			return sum, err
		}
		if g.shared == nil {
			sum.Empty++
		} else {
			sum.WouldSend++
		}
	}
	sum.Groups = p.sum.Renders
	return sum, nil
}

type archiveEntry struct {
	idx    *weekIndex
	loaded time.Time
}

// archiveTTL is how long an archive page reuses a loaded week.
const archiveTTL = 5 * time.Minute

// Archive composes the digest of period for the filters, as mailed, for
// its "view in browser" page: stories grouped by topic, times in the digest
// zone, topic and province labels. It returns an error wrapping
// model.ErrInvalid for a malformed period and model.ErrNotFound for a week
// that has not started yet. A week in progress (a digest sent before its
// end, as `serve --demo` and `digest send --period` do) shows its stories so
// far, marked Ongoing. Week indexes are kept for a few minutes, so a
// burst of page views costs one load.
func (d *Digester) Archive(ctx context.Context, period string, topics, provinces []string) (mailer.Archive, error) {
	w, err := ParseWeek(period, d.loc())
	if err != nil {
		return mailer.Archive{}, err
	}
	now := d.now()
	if w.Start.After(now) {
		return mailer.Archive{}, fmt.Errorf("digest %s: the week has not started: %w", period, model.ErrNotFound)
	}
	idx, err := d.archiveWeek(ctx, w.Label())
	if err != nil {
		return mailer.Archive{}, err
	}
	f := model.Filter{Topics: topics, Provinces: provinces}
	stories, left := idx.compose(f, orDefault(d.MaxStories, DefaultMaxStories), d.Catalog)
	stories = d.linkStories(stories)
	for i := range stories {
		stories[i].Published = stories[i].Published.In(w.Start.Location())
	}
	a := mailer.Archive{Period: w.Label(), Label: w.Short(), Start: w.Start, End: w.End,
		Groups: mailer.GroupByTopic(stories), Ongoing: w.End.After(now)}
	more := d.more(w, f, left)
	for i := range a.Groups {
		a.Groups[i].More = more[a.Groups[i].Slug]
	}
	a.Topics, a.Provinces = labels(d.Catalog, f)
	return a, nil
}

// archiveWeek returns the index of period's week, loaded at most
// archiveTTL ago (the last four weeks asked for are kept). Loads run one
// at a time, under archiveMu, so that a burst of views of one week costs
// one load; a failed load is loadWeek's error, and nothing is kept.
func (d *Digester) archiveWeek(ctx context.Context, period string) (*weekIndex, error) {
	d.archiveMu.Lock()
	defer d.archiveMu.Unlock()
	if e, ok := d.archive[period]; ok && time.Since(e.loaded) < archiveTTL {
		return e.idx, nil
	}
	idx, err := d.loadWeek(ctx, period)
	if err != nil {
		return nil, err
	}
	if d.archive == nil || len(d.archive) >= 4 {
		d.archive = map[string]archiveEntry{}
	}
	d.archive[period] = archiveEntry{idx: idx, loaded: time.Now()}
	return idx, nil
}
