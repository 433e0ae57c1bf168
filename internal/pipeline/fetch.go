package pipeline

import (
	"context"
	"errors"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// FetchSource fetches, parses, classifies and stores one source claimed by
// this pipeline's owner and writes its bookkeeping, releasing the lease. It
// logs the result. The result's Err is the fetch or parse failure (also
// stored as the source's last error) or a store error.
func (p *Pipeline) FetchSource(ctx context.Context, src model.Source) SourceResult {
	r, fresh := p.fetchSource(ctx, src)
	if err := p.clusters.assign(ctx, p.o.Now(), fresh); err != nil && r.Err == nil {
		r.Err = err
	}
	p.logResult(src, r)
	return r
}

// fetchSource is FetchSource without the log line and without clustering:
// it returns the new articles it stored, for the pass to cluster together.
func (p *Pipeline) fetchSource(ctx context.Context, src model.Source) (SourceResult, []classify.Member) {
	start := p.o.Now()
	resp, err := p.o.Fetcher.Fetch(ctx, src)
	release, perr := p.processing(ctx)
	if perr != nil {
		return SourceResult{Status: resp.Status, Err: perr}, nil // shutting down: the lease expires
	}
	defer release()
	var feed *ingest.Feed
	if err == nil && !resp.NotModified && !resp.Gone {
		feed, err = p.o.Parser.Parse(resp.Body, resp.ContentType, src, start)
	}
	out := p.o.Policy.Next(src, resp, err, p.o.Now())
	res := SourceResult{Status: resp.Status, NotModified: resp.NotModified, Err: err,
		Failures: out.ConsecutiveFailures, NextFetchAt: out.NextFetchAt}
	var writes []store.ArticleWrite
	if feed != nil {
		var werr error
		writes, res.Skipped, werr = p.prepare(ctx, src, feed)
		if werr != nil {
			res.Err = werr
		}
	}
	saved, serr := p.o.Store.SaveFetch(ctx, store.FetchOutcome{
		SourceID: src.ID, Owner: p.o.Owner, MovedTo: out.MovedTo, ETag: out.ETag,
		LastModified: out.LastModified, Status: out.LastStatus, Error: out.LastError,
		Failures: out.ConsecutiveFailures, FetchedAt: start, NextFetchAt: out.NextFetchAt,
		Retire: out.Retire,
	}, writes)
	if serr != nil && res.Err == nil {
		res.Err = serr
	}
	res.New, res.Updated, res.Duration = saved.New, saved.Updated, p.o.Now().Sub(start)
	if p.o.OnChange != nil && saved.New+saved.Updated > 0 {
		arts := make([]model.Article, len(writes))
		for i := range writes {
			arts[i] = writes[i].Article
		}
		p.o.OnChange(ctx, arts)
	}
	if serr != nil {
		return res, nil
	}
	return res, members(writes, saved.IDs)
}

// logResult logs a failure at warn level and a success at debug level.
func (p *Pipeline) logResult(src model.Source, r SourceResult) {
	if r.Err != nil {
		p.o.Log.Warn("fetch failed", "source_id", src.ID, "url", src.URL, "status", r.Status,
			"error", ErrText(r.Err), "failures", r.Failures, "next_fetch_at", r.NextFetchAt)
		return
	}
	p.o.Log.Debug("fetched", "source_id", src.ID, "url", src.URL, "status", r.Status,
		"not_modified", r.NotModified, "new", r.New, "updated", r.Updated, "duration_ms", r.Duration.Milliseconds())
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
