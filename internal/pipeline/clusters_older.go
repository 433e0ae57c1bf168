package pipeline

import (
	"time"

	"bantin/internal/classify"
)

// refresh starts the index afresh when it is older than rebuildEvery, or,
// every olderRecheck, when it left articles of an older signature scheme
// out (keeping the hour's build time and warning): it returns how many of
// those the dropped build left out, to be found re-signed.
// The caller holds c.mu.
func (c *clusterIndex) refresh(now time.Time) (recheck int) {
	switch {
	case c.idx == nil || now.Sub(c.builtAt) >= rebuildEvery || now.Before(c.builtAt):
		c.builtAt, c.warned = now, false
	case len(c.older) > 0 && now.Sub(c.olderAt) >= olderRecheck:
		recheck = len(c.older)
	default:
		return 0
	}
	c.idx, c.seen, c.lastID, c.older, c.olderAt = classify.NewMemIndex(), map[int64]bool{}, 0, map[int64]bool{}, now
	return recheck
}

// reportOlder warns of the older-scheme articles a load newly left out
// once an hour, naming the command that re-signs them, and says when a
// recheck of recheck such articles found none left.
func (c *clusterIndex) reportOlder(older, recheck int) {
	if recheck > 0 && len(c.older) == 0 {
		c.log.Info("recent articles of an older release were re-signed and are back in story clustering",
			"articles", recheck)
	}
	if older > 0 && !c.warned {
		c.warned = true
		c.log.Warn("recent articles have story signatures of an older release and are left out of story clustering: "+
			"run `bantin reclassify` to re-sign them", "articles", older)
	}
}
