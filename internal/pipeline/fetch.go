package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// FetchSource fetches, parses, classifies and stores one source claimed by
// this pipeline's owner and writes its bookkeeping, releasing the lease. It
// logs the result. The result's Err is the fetch or parse failure (also
// stored as the source's last error) or a store error; when the fetch was
// interrupted (ctx ended, or the lease window passed) the lease is released
// and nothing is recorded.
func (p *Pipeline) FetchSource(ctx context.Context, src model.Source) SourceResult {
	r, fresh := p.fetchSource(ctx, src)
	if err := p.clusters.assign(ctx, p.o.Now(), fresh); err != nil && r.Err == nil {
		r.Err = err
	}
	p.o.Metrics.Fetched(r.outcome(), r.Duration)
	p.o.Metrics.ArticlesStored(r.New, r.Updated)
	p.logResult(src, r)
	return r
}

// fetchSource is FetchSource without the log line, metrics and clustering:
// it returns the new articles it stored, for the pass to cluster together.
// The fetch itself must end within the lease window of the claim, so that
// the lease cannot expire under it.
func (p *Pipeline) fetchSource(ctx context.Context, src model.Source) (SourceResult, []classify.Member) {
	start := p.o.Now()
	fctx := ctx
	if !src.LeaseUntil.IsZero() {
		// The window left of the claim, on the pipeline's clock (which
		// tests may fake), as a timeout on the real one.
		var cancel context.CancelFunc
		fctx, cancel = context.WithTimeout(ctx, src.LeaseUntil.Sub(start)-(p.o.Lease-p.window))
		defer cancel()
	}
	resp, err := p.o.Fetcher.Fetch(fctx, src)
	if err != nil && fctx.Err() != nil {
		return p.interrupted(src, start, resp.Status, err), nil
	}
	release, perr := p.processing(ctx)
	if perr != nil {
		return p.interrupted(src, start, resp.Status, perr), nil
	}
	defer release()
	var feed *ingest.Feed
	if err == nil && !resp.NotModified && !resp.Gone {
		feed, err = p.parse(ctx, resp, src, start)
		if err != nil && ctx.Err() != nil {
			return p.interrupted(src, start, resp.Status, err), nil
		}
	}
	out := p.o.Policy.Next(src, resp, err, p.o.Now())
	if err == nil && feed != nil {
		out.LastError, out.ErrorKind = feed.Break, model.KindNone // read, but only up to a break: the source says so
		if feed.Break != "" {
			out.ErrorKind = model.KindBrokenFeed
		}
	}
	res := SourceResult{Status: resp.Status, NotModified: resp.NotModified, Err: err,
		Failures: out.ConsecutiveFailures, NextFetchAt: out.NextFetchAt, Retired: out.Retire}
	prep, title, werr := p.prepareFeed(ctx, src, feed, &out, &res)
	if werr != nil && ctx.Err() != nil {
		return p.interrupted(src, start, resp.Status, werr), nil
	}
	return p.save(ctx, src, resp, start, out, res, prep, title)
}

// prepareFeed prepares the writes of a parsed feed (nothing when feed is
// nil) and returns them with the feed's title as a source name. It counts
// the unchanged and deferred items in res, keeps src's validators in out
// when items were deferred (the next fetch gets the whole feed again and
// stores the next MaxItems), and records a failure to prepare in res.Err
// and returns it.
func (p *Pipeline) prepareFeed(ctx context.Context, src model.Source, feed *ingest.Feed, out *ingest.Outcome, res *SourceResult) (prepared, string, error) {
	if feed == nil {
		return prepared{}, "", nil
	}
	prep, err := p.prepare(ctx, src, feed)
	res.Skipped, res.Deferred = prep.unchanged, prep.deferred
	if res.Deferred > 0 {
		out.ETag, out.LastModified = src.ETag, src.LastModified
	}
	if err != nil {
		res.Err = err
	}
	return prep, channelTitle(feed.Title), err
}

// save stores the fetch's outcome out with the prepared writes, releasing
// the lease, and returns the source's result and the new articles stored.
// A store failure is recorded on the source like a fetch failure (except a
// lost lease: then nothing is written); a store cut short by ctx is an
// interruption. OnChange hears of every article written.
func (p *Pipeline) save(ctx context.Context, src model.Source, resp ingest.Response, start time.Time, out ingest.Outcome,
	res SourceResult, prep prepared, title string) (SourceResult, []classify.Member) {
	fo := fetchOutcome(src.ID, p.o.Owner, start, out)
	fo.Title, fo.RawHashes = title, prep.rawHashes
	saved, serr := p.o.Store.SaveFetch(ctx, fo, prep.writes)
	if serr != nil && ctx.Err() != nil {
		return p.interrupted(src, start, resp.Status, serr), nil
	}
	if errors.Is(serr, model.ErrLeaseLost) && p.removed(ctx, src.ID) {
		return SourceResult{Status: resp.Status, Removed: true, Duration: p.o.Now().Sub(start),
			Err: fmt.Errorf("source %d was removed during its fetch; nothing stored: %w", src.ID, serr)}, nil
	}
	if serr != nil && !errors.Is(serr, model.ErrLeaseLost) {
		serr = p.storeFailed(ctx, serr, out.MovedTo)
		res = p.recordStoreFailure(ctx, src, resp, serr, start)
	}
	if serr != nil && res.Err == nil {
		res.Err = serr
	}
	res.New, res.Updated, res.Duration = saved.New, saved.Updated, p.o.Now().Sub(start)
	if serr == nil && out.MovedTo != src.URL {
		res.MovedTo = out.MovedTo
	}
	if p.o.OnChange != nil && saved.New+saved.Updated > 0 {
		arts := make([]model.Article, len(prep.writes))
		for i := range prep.writes {
			arts[i] = prep.writes[i].Article
		}
		p.o.OnChange(ctx, arts)
	}
	if serr != nil {
		return res, nil
	}
	return res, members(prep.writes, saved.IDs)
}

// removed reports whether source id no longer exists: a lost lease then
// means it was removed during its fetch, not taken by another worker. It
// asks even when ctx has ended (the lease's window did), for at most
// removedCheck; on any error it reports false.
func (p *Pipeline) removed(ctx context.Context, id int64) bool {
	ask, cancel := context.WithTimeout(context.WithoutCancel(ctx), removedCheck)
	defer cancel()
	_, err := p.o.Store.Source(ask, id)
	return errors.Is(err, model.ErrNotFound)
}

// removedCheck bounds removed's query, so that a hung database does not
// hold the fetch's bookkeeping.
const removedCheck = 5 * time.Second

// maxTitle caps the length, in runes, of an upstream channel title taken
// as a source's name.
const maxTitle = 120

// channelTitle returns an upstream channel title as a source name: plain
// text (markup dropped, entities decoded, space collapsed), at most
// maxTitle runes.
func channelTitle(raw string) string {
	t := []rune(ingest.HTMLText(raw))
	if len(t) > maxTitle {
		t = append(t[:maxTitle-1], '…')
	}
	return string(t)
}

// fetchOutcome is the bookkeeping SaveFetch writes for outcome out.
func fetchOutcome(id int64, owner string, start time.Time, out ingest.Outcome) store.FetchOutcome {
	return store.FetchOutcome{SourceID: id, Owner: owner, MovedTo: out.MovedTo, ETag: out.ETag,
		LastModified: out.LastModified, Status: out.LastStatus, Error: out.LastError, ErrorKind: out.ErrorKind, ErrorFeeds: out.ErrorFeeds,
		Failures: out.ConsecutiveFailures, FetchedAt: start, NextFetchAt: out.NextFetchAt, Retire: out.Retire}
}

// interrupted releases src's lease after a fetch that was cut short and
// returns its result: not a failure, nothing recorded on the source.
func (p *Pipeline) interrupted(src model.Source, start time.Time, status int, cause error) SourceResult {
	p.releaseIDs([]int64{src.ID}, "releasing an interrupted fetch failed; its lease expires by itself")
	return SourceResult{Status: status, Interrupted: true, Err: cause, Duration: p.o.Now().Sub(start),
		Failures: src.ConsecutiveFailures, NextFetchAt: src.NextFetchAt}
}

// logResult logs one source's result at debug level, at info level a
// source's URL changed by a permanent redirect (the operator's list shows
// another URL from then on) and the success that ends a failing streak,
// and at warn level the failure that starts one (later failures of the
// streak are counted in the pass line).
func (p *Pipeline) logResult(src model.Source, r SourceResult) {
	if r.MovedTo != "" {
		p.o.Log.Info("source moved", "source_id", src.ID, "from", src.URL, "to", r.MovedTo, "status", r.Status)
	}
	if r.Err == nil && !r.Interrupted && src.ConsecutiveFailures > 0 {
		p.o.Log.Info("source recovered", "source_id", src.ID, "url", src.URL, "status", r.Status,
			"failures", src.ConsecutiveFailures, "last_error", src.LastError)
	}
	switch {
	case r.Removed:
		p.o.Log.Info("source removed during its fetch; nothing stored", "source_id", src.ID, "url", src.URL)
	case r.Interrupted:
		p.o.Log.Debug("fetch interrupted; lease released", "source_id", src.ID, "url", src.URL, "cause", r.Err)
	case r.Err != nil:
		level := slog.LevelDebug
		if r.Failures <= 1 {
			level = slog.LevelWarn
		}
		p.o.Log.Log(context.Background(), level, "fetch failed", "source_id", src.ID, "url", src.URL, "status", r.Status,
			"error", ErrText(r.Err), "failures", r.Failures, "next_fetch_at", r.NextFetchAt)
	default:
		p.o.Log.Debug("fetched", "source_id", src.ID, "url", src.URL, "status", r.Status,
			"not_modified", r.NotModified, "new", r.New, "updated", r.Updated, "unchanged", r.Skipped, "duration_ms", r.Duration.Milliseconds())
	}
}

// logPass writes the pass's one info line (nothing when it claimed no
// source): counts, duration and the first failed source IDs.
func (p *Pipeline) logPass(sum Summary) {
	if sum.Sources == 0 {
		return
	}
	attrs := []any{"sources", sum.Sources, "fetched", sum.Fetched, "not_modified", sum.NotModified,
		"new", sum.New, "updated", sum.Updated, "failed", sum.Failed, "interrupted", sum.Interrupted,
		"duration", sum.Duration.Round(time.Millisecond).String()}
	if len(sum.FailedSources) > 0 {
		ids := make([]int64, 0, 10)
		for _, f := range sum.FailedSources[:min(10, len(sum.FailedSources))] {
			ids = append(ids, f.ID)
		}
		attrs = append(attrs, "failed_ids", ids)
	}
	p.o.Log.Info("fetch pass done", attrs...)
}

// ErrText is the one-line description of a fetch result's error that the
// logs and `bantin fetch` show: a parse error as is, a fetch error as
// ingest describes it.
func ErrText(err error) string {
	var pe *ingest.ParseError
	if errors.As(err, &pe) {
		return pe.Error()
	}
	return ingest.Describe(err)
}
