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
	"bantin/internal/grace"
	"bantin/internal/ingest"
	"bantin/internal/metrics"
	"bantin/internal/model"
	"bantin/internal/store"
)

// Options configures a Pipeline. Store, Fetcher, Parser and Classifier are
// required to fetch; a pipeline that only parses and tags what it is given
// (ParseFeed, as `bantin classify FILE` does) needs Parser and Classifier.
// The rest have defaults.
type Options struct {
	Store      *store.Store
	Fetcher    *ingest.Fetcher
	Parser     *ingest.Parser
	Policy     ingest.Policy // backoff and intervals
	Classifier *classify.Classifier
	Log        *slog.Logger     // nil discards
	Metrics    *metrics.Metrics // nil records nothing
	Now        func() time.Time // nil means time.Now
	Owner      string           // lease owner name, unique per process
	// Lease is how long a claim holds a source: long enough for the source
	// to wait for a worker or host slot and then fetch within the fetch
	// timeout T, plus time to store the result. Default 2T + max(T/2, 5s).
	// A fetch still running when its lease is about to end (2T after the
	// claim) is cut short and released, not counted as a failure, so that
	// no other worker starts on a source while one still works on it.
	Lease   time.Duration
	Workers int // concurrent fetches; default 16
	// Grace is how long fetches in flight may go on once RunOnce's context
	// ends (a stopping process) before they are cancelled; default 0.
	Grace time.Duration
	// Processors bounds how many fetched feeds are parsed, classified and
	// stored at once; default GOMAXPROCS+2. Fetching waits on the network,
	// processing on the CPU: many fetches in flight, few bodies decoded into
	// articles at a time, so memory stays small whatever Workers is.
	Processors int
	// ParseMemory is the memory, in bytes, all parses of this pipeline
	// may take at once, whatever Workers and Processors are: a parse waits
	// for ParseFactor times its body size (at most the whole budget).
	// Default DefaultParseMemory (512 MiB).
	ParseMemory int64
	// MaxItems caps the new and changed items of one feed stored per
	// fetch (the newest first; the rest are stored by the next fetches);
	// 0 means no cap. Any number stores: the store writes in batches.
	MaxItems int
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
	window   time.Duration // from claim to the latest end of a fetch: Lease minus the time to store
	clusters *clusterIndex
	procs    chan struct{} // processing slots, see Options.Processors
	budget   *parseBudget  // see Options.ParseMemory
}

// New returns a Pipeline with o's defaults filled in.
func New(o Options) *Pipeline {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	var t time.Duration // a parse-only pipeline fetches nothing
	if o.Fetcher != nil {
		t = o.Fetcher.Timeout()
	}
	reserve := max(t/2, 5*time.Second) // to store a fetched feed
	if o.Lease <= 0 {
		o.Lease = 2*t + reserve
	}
	if o.Workers <= 0 {
		o.Workers = 16
	}
	if o.Processors <= 0 {
		o.Processors = runtime.GOMAXPROCS(0) + 2
	}
	return &Pipeline{o: o, window: max(o.Lease-reserve, o.Lease/2), clusters: newClusterIndex(o.Store, o.Log),
		procs: make(chan struct{}, o.Processors), budget: newParseBudget(o.ParseMemory)}
}

// Lease returns how long a claim holds a source (see Options.Lease).
func (p *Pipeline) Lease() time.Duration { return p.o.Lease }

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

// RunOnce claims due sources (or those opts select) and fetches them with
// up to Workers at a time, until none is left or ctx ends, then clusters the
// new articles of the whole pass together, so that the stories do not
// depend on which fetch finished first. When ctx ends it claims nothing
// more, releases the claimed sources it has not started, and gives the
// fetches in flight Options.Grace to finish before cancelling them (an
// interrupted fetch is released, not counted as a failure); what they
// stored is still clustered within that grace. It returns an error only
// when sources cannot be claimed (model.ErrNotFound or ErrLeaseLost for
// opts.SourceID), when the new articles cannot be clustered, or when ctx
// ended; per-source failures are counted in the Summary, reported or
// logged, and recorded on the source. A pass that claimed anything is
// logged at info level with its counts (unless opts.Progress reports to a
// terminal instead).
func (p *Pipeline) RunOnce(ctx context.Context, opts RunOptions) (Summary, error) {
	start := p.o.Now()
	work, stop := grace.After(ctx, p.o.Grace)
	defer stop()
	var sum Summary
	var mu sync.Mutex
	var fresh []classify.Member
	record := func(src model.Source, r SourceResult, m []classify.Member) {
		mu.Lock()
		defer mu.Unlock()
		sum.add(src, r)
		fresh = append(fresh, m...)
		p.o.Metrics.Fetched(r.outcome(), r.Duration)
		p.o.Metrics.ArticlesStored(r.New, r.Updated)
		if opts.Progress != nil {
			opts.Progress(src, r)
		} else {
			p.logResult(src, r)
		}
	}
	warm := p.clusters.prewarm(work, start)
	p.linkOldRows(work)
	err := p.fetchPass(ctx, work, opts, record)
	warm()
	if cerr := p.clusters.assign(work, p.o.Now(), fresh); cerr != nil && err == nil {
		err = fmt.Errorf("cluster the pass's new articles: %w", cerr)
	}
	sum.Duration = p.o.Now().Sub(start)
	if sum.Sources > 0 {
		p.o.Metrics.FetchPass()
	}
	if opts.Progress == nil {
		p.logPass(sum)
	}
	return sum, err
}

// fetchPass claims and fetches batches of sources until none is left or
// ctx ends; the fetches run under work.
func (p *Pipeline) fetchPass(ctx, work context.Context, opts RunOptions, record func(model.Source, SourceResult, []classify.Member)) error {
	var last int64
	for {
		batch, err := p.claim(ctx, opts, p.o.Workers*2, &last)
		if err != nil || len(batch) == 0 {
			if err == nil {
				err = ctx.Err()
			}
			return err
		}
		p.o.Metrics.Claimed("source", len(batch))
		p.fetchAll(ctx, work, batch, record)
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

// fetchAll fetches batch with up to Workers at once, under work. Once stop
// ends, sources not yet started are released unfetched.
func (p *Pipeline) fetchAll(stop, work context.Context, batch []model.Source, record func(model.Source, SourceResult, []classify.Member)) {
	sem := make(chan struct{}, p.o.Workers)
	var wg sync.WaitGroup
	for i, src := range batch {
		select {
		case sem <- struct{}{}:
		case <-stop.Done():
		}
		if stop.Err() != nil {
			p.release(batch[i:])
			break
		}
		wg.Go(func() {
			defer func() { <-sem }()
			r, fresh := p.fetchSource(work, src)
			record(src, r, fresh)
		})
	}
	wg.Wait()
}

// release gives back the leases of sources this pass will not fetch.
func (p *Pipeline) release(srcs []model.Source) {
	ids := make([]int64, len(srcs))
	for i := range srcs {
		ids[i] = srcs[i].ID
	}
	p.releaseIDs(ids, "releasing unfetched sources failed; their leases expire by themselves")
}

// releaseWait bounds giving leases back: it runs after a stop was asked
// for, and a database that does not answer must not hold the stop (the
// leases expire by themselves).
const releaseWait = 5 * time.Second

// releaseIDs gives this process's leases on the sources ids back, logging
// failure as msg; it does not wait longer than releaseWait.
func (p *Pipeline) releaseIDs(ids []int64, msg string) {
	ctx, cancel := context.WithTimeout(context.Background(), releaseWait)
	defer cancel()
	n, err := p.o.Store.ReleaseSources(ctx, ids, p.o.Owner)
	if err != nil {
		which := []any{"count", len(ids)}
		if len(ids) == 1 {
			which = []any{"source_id", ids[0]}
		}
		p.o.Log.Warn(msg, append(which, "error", err)...)
	}
	p.o.Metrics.Released("source", n)
}
