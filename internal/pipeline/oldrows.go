package pipeline

import (
	"context"

	"bantin/internal/ingest"
)

// recentRows is how many of the newest rows a fetch pass checks for rows
// stored without a link row before it saves (see linkOldRows): more than
// any deployment stores between two passes.
const recentRows = 5000

// linkOldRows links the rows among the newest recentRows that a binary
// older than migration 0011 stored without a link row (a replica not yet
// upgraded, during a rolling upgrade; store.LinkUnlinked), so that a row
// of the same link this pass stores is their copy, not a second article.
// A failure is logged: the pass goes on, and the next one tries again.
func (p *Pipeline) linkOldRows(ctx context.Context) {
	n, err := p.o.Store.LinkUnlinked(ctx, ingest.CanonicalURL, recentRows)
	if err != nil {
		p.o.Log.Warn("link rows stored without a link row", "error", err)
	}
	if n > 0 {
		p.o.Log.Info("linked rows an older bantin stored", "articles", n)
	}
}
