package pipeline

import (
	"context"
	"time"

	"golang.org/x/sync/semaphore"

	"bantin/internal/ingest"
	"bantin/internal/model"
)

// ParseFactor is how many bytes of memory parsing one byte of feed body
// may take at its peak: a 13 MB feed of deeply nested XML reached 391 MB
// of heap (30×) while parsed; ordinary feeds take far less.
const ParseFactor = 32

// DefaultParseMemory is Options.ParseMemory when left zero.
const DefaultParseMemory = 512 << 20

// parseBudget bounds the memory all of a process's parses may take at once
// (Options.ParseMemory): each parse first acquires ParseFactor times its
// body size, capped at the whole budget so that any one body can be parsed
// alone.
type parseBudget struct {
	sem   *semaphore.Weighted
	total int64
}

func newParseBudget(total int64) *parseBudget {
	if total <= 0 {
		total = DefaultParseMemory
	}
	return &parseBudget{sem: semaphore.NewWeighted(total), total: total}
}

// parse parses body under the budget, waiting for its share; it returns
// ctx's error when ctx ends first, else what Parser.ParseChanged returns.
// Items stored before from the same upstream bytes are left out unparsed
// (Feed.Unchanged); when the stored raw hashes cannot be read, every item
// is normalised and prepare meets the store's error itself.
func (p *Pipeline) parse(ctx context.Context, resp ingest.Response, src model.Source, now time.Time) (*ingest.Feed, error) {
	w := min(int64(len(resp.Body))*ParseFactor, p.budget.total)
	if err := p.budget.sem.Acquire(ctx, w); err != nil {
		return nil, err
	}
	defer p.budget.sem.Release(w)
	known := func(keys []string) (map[string]string, error) {
		hashes, err := p.o.Store.RawHashes(ctx, src.ID, keys)
		if err != nil {
			p.o.Log.Warn("reading stored raw hashes failed; normalising every item", "source_id", src.ID, "error", err)
			return nil, nil
		}
		return hashes, nil
	}
	return p.o.Parser.ParseChanged(resp.Body, resp.ContentType, resp.URL, src, now, known)
}
