// Package schedule runs bantin's background work over database leases: the
// fetch loop (fetch → parse → classify → cluster → store) and the weekly
// digest loop. Both take an injectable clock so tests can move time.
package schedule

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// Ingester fetches due sources and stores what changed. Several Ingesters
// (goroutines, processes, replicas) may run against one database: source
// leases keep them from fetching one source at once.
type Ingester struct {
	Store      *store.Store
	Fetcher    *ingest.Fetcher
	Parser     *ingest.Parser
	Policy     ingest.Policy
	Classifier *classify.Classifier
	Log        *slog.Logger
	Now        func() time.Time
	Owner      string        // lease owner name, unique per process
	Lease      time.Duration // how long a claim holds; default 5m
	Workers    int           // concurrent fetches; default 16
	// Processors bounds how many fetched feeds are parsed, classified and
	// stored at once; default GOMAXPROCS+2. Fetching waits on the network,
	// processing on the CPU: many fetches in flight, few bodies decoded into
	// articles at a time, so memory stays small whatever Workers is.
	Processors int
	// Changed, when set, is called after an ingest stored new or changed
	// articles (cache invalidation, WebSub pings).
	Changed func(ctx context.Context, articles []model.Article)

	clusterOnce sync.Once
	clusterIdx  *clusterIndex
	procOnce    sync.Once
	procs       chan struct{}
}

// processing acquires a processing slot (see Processors) and returns its
// release function, or an error when ctx ends first.
func (g *Ingester) processing(ctx context.Context) (func(), error) {
	g.procOnce.Do(func() {
		n := g.Processors
		if n <= 0 {
			n = runtime.GOMAXPROCS(0) + 2
		}
		g.procs = make(chan struct{}, n)
	})
	select {
	case g.procs <- struct{}{}:
		return func() { <-g.procs }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// clusters returns the ingester's recent-article index, made on first use.
func (g *Ingester) clusters() *clusterIndex {
	g.clusterOnce.Do(func() { g.clusterIdx = newClusterIndex(g.Store) })
	return g.clusterIdx
}

// RunOptions select what one pass fetches.
type RunOptions struct {
	All      bool  // every active source, due or not
	SourceID int64 // just this source, due or not
	// Progress, when set, is called after each source with its result.
	Progress func(src model.Source, r SourceResult)
}

// SourceResult is what one fetch of one source did.
type SourceResult struct {
	Status      int
	NotModified bool
	Err         error // fetch, parse or store error; nil on success
	New         int
	Updated     int
	Skipped     int
	Duration    time.Duration
}

// Summary adds up one pass.
type Summary struct {
	Sources, Fetched, NotModified, Failed, New, Updated int
}

func (g *Ingester) now() time.Time {
	if g.Now != nil {
		return g.Now()
	}
	return time.Now()
}

// RunOnce claims due sources (or those opts select) and fetches them with
// up to Workers at a time, until none is left. It returns an error only
// when sources cannot be claimed; per-source failures are counted in the
// Summary, logged and recorded on the source.
func (g *Ingester) RunOnce(ctx context.Context, opts RunOptions) (Summary, error) {
	var sum Summary
	var mu sync.Mutex
	record := func(src model.Source, r SourceResult) {
		mu.Lock()
		defer mu.Unlock()
		sum.Sources++
		switch {
		case r.Err != nil:
			sum.Failed++
		case r.NotModified:
			sum.NotModified++
		default:
			sum.Fetched++
		}
		sum.New += r.New
		sum.Updated += r.Updated
		if opts.Progress != nil {
			opts.Progress(src, r)
		}
	}
	workers := max(g.Workers, 1)
	if g.Workers == 0 {
		workers = 16
	}
	var last int64
	for {
		batch, err := g.claim(ctx, opts, workers*2, &last)
		if err != nil || len(batch) == 0 {
			return sum, err
		}
		g.fetchAll(ctx, batch, workers, record)
		if ctx.Err() != nil || opts.SourceID != 0 {
			return sum, ctx.Err()
		}
	}
}

func (g *Ingester) lease() time.Duration {
	if g.Lease > 0 {
		return g.Lease
	}
	return 5 * time.Minute
}

// claim returns the next batch of sources to fetch: the due ones, or with
// All the next page by id (last is the highest id claimed so far), or the
// one source asked for, once.
func (g *Ingester) claim(ctx context.Context, opts RunOptions, n int, last *int64) ([]model.Source, error) {
	switch {
	case opts.SourceID != 0:
		if *last != 0 {
			return nil, nil
		}
		*last = opts.SourceID
		src, err := g.Store.ClaimSource(ctx, opts.SourceID, g.Owner, g.now(), g.lease())
		if err != nil {
			return nil, err
		}
		return []model.Source{src}, nil
	case opts.All:
		srcs, err := g.Store.ClaimAll(ctx, g.Owner, g.now(), g.lease(), *last, n)
		if len(srcs) > 0 {
			*last = srcs[len(srcs)-1].ID
		}
		return srcs, err
	}
	return g.Store.ClaimDue(ctx, g.Owner, g.now(), g.lease(), n)
}

func (g *Ingester) fetchAll(ctx context.Context, batch []model.Source, workers int, record func(model.Source, SourceResult)) {
	sem := make(chan struct{}, workers)
	var wg sync.WaitGroup
	for _, src := range batch {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			record(src, g.FetchSource(ctx, src))
		}()
	}
	wg.Wait()
}

// FetchSource fetches, parses, classifies and stores one claimed source and
// writes its bookkeeping, releasing the lease. The returned result's Err is
// the fetch or parse failure (also stored as the source's last error) or a
// store error.
func (g *Ingester) FetchSource(ctx context.Context, src model.Source) SourceResult {
	start := g.now()
	resp, err := g.Fetcher.Fetch(ctx, src)
	release, perr := g.processing(ctx)
	if perr != nil {
		return SourceResult{Status: resp.Status, Err: perr} // shutting down: the lease expires
	}
	defer release()
	var feed *ingest.Feed
	if err == nil && !resp.NotModified && !resp.Gone {
		feed, err = g.Parser.Parse(resp.Body, resp.ContentType, src, start)
	}
	out := g.Policy.Next(src, resp, err, g.now())
	res := SourceResult{Status: resp.Status, NotModified: resp.NotModified, Err: err}
	var writes []store.ArticleWrite
	if feed != nil {
		var werr error
		writes, res.Skipped, werr = g.prepare(ctx, src, feed)
		if werr != nil {
			res.Err = werr
		}
	}
	saved, serr := g.Store.SaveFetch(ctx, store.FetchOutcome{
		SourceID: src.ID, Owner: g.Owner, MovedTo: out.MovedTo, ETag: out.ETag,
		LastModified: out.LastModified, Status: out.LastStatus, Error: out.LastError,
		Failures: out.ConsecutiveFailures, FetchedAt: start, NextFetchAt: out.NextFetchAt,
		Retire: out.Retire,
	}, writes)
	if serr != nil && res.Err == nil {
		res.Err = serr
	}
	res.New, res.Updated, res.Duration = saved.New, saved.Updated, g.now().Sub(start)
	g.logResult(src, res, out)
	if g.Changed != nil && saved.New+saved.Updated > 0 {
		arts := make([]model.Article, len(writes))
		for i := range writes {
			arts[i] = writes[i].Article
		}
		g.Changed(ctx, arts)
	}
	return res
}

func (g *Ingester) logResult(src model.Source, r SourceResult, out ingest.Outcome) {
	if g.Log == nil {
		return
	}
	if r.Err != nil {
		g.Log.Warn("fetch failed", "source_id", src.ID, "url", src.URL, "status", r.Status,
			"error", errText(r.Err), "failures", out.ConsecutiveFailures, "next_fetch_at", out.NextFetchAt)
		return
	}
	g.Log.Debug("fetched", "source_id", src.ID, "url", src.URL, "status", r.Status,
		"not_modified", r.NotModified, "new", r.New, "updated", r.Updated, "duration_ms", r.Duration.Milliseconds())
}

func errText(err error) string {
	var pe *ingest.ParseError
	if errors.As(err, &pe) {
		return pe.Error()
	}
	return ingest.Describe(err)
}
