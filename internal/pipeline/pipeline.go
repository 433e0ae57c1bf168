// Package pipeline is bantin's ingestion: it claims due sources over
// database leases, fetches them (internal/ingest), parses and normalises
// their items, classifies and clusters the new and changed ones
// (internal/classify) and stores each feed in one transaction
// (internal/store). It also re-tags stored articles (Reclassify) and owns
// ClassifierInput, the one function that turns an article and its source
// into what the classifier reads: the fetch loop, `bantin reclassify` and
// `bantin classify` all go through it.
//
// internal/schedule runs RunOnce on a clock; nothing but internal/app
// imports this package.
package pipeline

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"bantin/internal/classify"
	"bantin/internal/ingest"
	"bantin/internal/model"
	"bantin/internal/store"
)

// Options configures a Pipeline. Store, Fetcher, Parser and Classifier are
// required; the rest have defaults.
type Options struct {
	Store      *store.Store
	Fetcher    *ingest.Fetcher
	Parser     *ingest.Parser
	Policy     ingest.Policy // backoff and intervals
	Classifier *classify.Classifier
	Log        *slog.Logger     // nil discards
	Now        func() time.Time // nil means time.Now
	Owner      string           // lease owner name, unique per process
	Lease      time.Duration    // how long a claim holds; default 5m
	Workers    int              // concurrent fetches; default 16
	// Processors bounds how many fetched feeds are parsed, classified and
	// stored at once; default GOMAXPROCS+2. Fetching waits on the network,
	// processing on the CPU: many fetches in flight, few bodies decoded into
	// articles at a time, so memory stays small whatever Workers is.
	Processors int
	// OnChange, when set, is called after a fetch stored new or changed
	// articles, once they are committed (the web cache and WebSub pings).
	OnChange func(ctx context.Context, articles []model.Article)
}

// Pipeline fetches due sources and stores what changed. Several Pipelines
// (goroutines, processes, replicas) may run against one database: source
// leases keep them from fetching one source at once. It is safe for
// concurrent use.
type Pipeline struct {
	o        Options
	clusters *clusterIndex
	procs    chan struct{} // processing slots, see Options.Processors
}

// New returns a Pipeline with o's defaults filled in.
func New(o Options) *Pipeline {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Lease <= 0 {
		o.Lease = 5 * time.Minute
	}
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.Processors <= 0 {
		o.Processors = runtime.GOMAXPROCS(0) + 2
	}
	return &Pipeline{o: o, clusters: newClusterIndex(o.Store), procs: make(chan struct{}, o.Processors)}
}

// Classifier returns the classifier the pipeline tags articles with.
func (p *Pipeline) Classifier() *classify.Classifier { return p.o.Classifier }

// processing acquires a processing slot (see Options.Processors) and
// returns its release function, or an error when ctx ends first.
func (p *Pipeline) processing(ctx context.Context) (func(), error) {
	select {
	case p.procs <- struct{}{}:
		return func() { <-p.procs }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// RunOptions select what one pass fetches.
type RunOptions struct {
	All      bool  // every active source, due or not
	SourceID int64 // just this source, due or not
	// Progress, when set, is called after each source with its result, and
	// the pass leaves reporting to it: per-source results are not logged.
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
	Failures    int       // consecutive failures recorded on the source
	NextFetchAt time.Time // when the source is due again
}

// Summary adds up one pass.
type Summary struct {
	Sources, Fetched, NotModified, Failed, New, Updated int
}

// add counts r in s.
func (s *Summary) add(r SourceResult) {
	s.Sources++
	switch {
	case r.Err != nil:
		s.Failed++
	case r.NotModified:
		s.NotModified++
	default:
		s.Fetched++
	}
	s.New += r.New
	s.Updated += r.Updated
}

// RunOnce claims due sources (or those opts select) and fetches them with
// up to Workers at a time, until none is left, then clusters the new
// articles of the whole pass together, so that the stories do not depend on
// which fetch finished first. It returns an error only when sources cannot
// be claimed (model.ErrNotFound or ErrLeaseLost for opts.SourceID), when
// the new articles cannot be clustered, or when ctx ends; per-source
// failures are counted in the Summary, reported or logged, and recorded on
// the source.
func (p *Pipeline) RunOnce(ctx context.Context, opts RunOptions) (Summary, error) {
	var sum Summary
	var mu sync.Mutex
	var fresh []classify.Member
	record := func(src model.Source, r SourceResult, m []classify.Member) {
		mu.Lock()
		defer mu.Unlock()
		sum.add(r)
		fresh = append(fresh, m...)
		if opts.Progress != nil {
			opts.Progress(src, r)
		} else {
			p.logResult(src, r)
		}
	}
	err := p.fetchPass(ctx, opts, record)
	if cerr := p.clusters.assign(ctx, p.o.Now(), fresh); cerr != nil && err == nil {
		err = fmt.Errorf("cluster the pass's new articles: %w", cerr)
	}
	return sum, err
}

// fetchPass claims and fetches batches of sources until none is left.
func (p *Pipeline) fetchPass(ctx context.Context, opts RunOptions, record func(model.Source, SourceResult, []classify.Member)) error {
	var last int64
	for {
		batch, err := p.claim(ctx, opts, p.o.Workers*2, &last)
		if err != nil || len(batch) == 0 {
			return err
		}
		p.fetchAll(ctx, batch, record)
		if ctx.Err() != nil || opts.SourceID != 0 {
			return ctx.Err()
		}
	}
}

// claim returns the next batch of sources to fetch: the due ones, or with
// All the next page by id (last is the highest id claimed so far), or the
// one source asked for, once.
func (p *Pipeline) claim(ctx context.Context, opts RunOptions, n int, last *int64) ([]model.Source, error) {
	st, now := p.o.Store, p.o.Now()
	switch {
	case opts.SourceID != 0:
		if *last != 0 {
			return nil, nil
		}
		*last = opts.SourceID
		src, err := st.ClaimSource(ctx, opts.SourceID, p.o.Owner, now, p.o.Lease)
		if err != nil {
			return nil, err
		}
		return []model.Source{src}, nil
	case opts.All:
		srcs, err := st.ClaimAll(ctx, p.o.Owner, now, p.o.Lease, *last, n)
		if len(srcs) > 0 {
			*last = srcs[len(srcs)-1].ID
		}
		return srcs, err
	}
	return st.ClaimDue(ctx, p.o.Owner, now, p.o.Lease, n)
}

func (p *Pipeline) fetchAll(ctx context.Context, batch []model.Source, record func(model.Source, SourceResult, []classify.Member)) {
	sem := make(chan struct{}, p.o.Workers)
	var wg sync.WaitGroup
	for _, src := range batch {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			r, fresh := p.fetchSource(ctx, src)
			record(src, r, fresh)
		})
	}
	wg.Wait()
}
