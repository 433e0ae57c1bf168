package web

import (
	"context"
	"sync"
	"time"
)

// topCache holds the week's top stories of the pages that show them (the
// front page, topic and province pages) for one content version, so that
// a page's later "Tin cũ hơn" pages, which leave them out, and its forms
// (failing-sources notice) do not rank the week's stories again. An entry
// is good for the content version it was computed at (every stored
// article, retag or story move bumps it: see store.ContentVersion) and for
// at most topTTL, as the week's window moves on. It is safe for concurrent
// use; a nil *topCache caches nothing.
type topCache struct {
	mu      sync.Mutex
	version int64
	m       map[topKey]topEntry
}

// topKey is one page's top stories: its query (feedQuery.encode), how
// many, and the outlets each needs.
type topKey struct {
	query           string
	top, minSources int
}

// topEntry is what topStories returned, and when. Neither its views nor
// its set are changed once stored: callers share them.
type topEntry struct {
	views []articleView
	shown map[int64]bool
	at    time.Time
}

const (
	topTTL     = 5 * time.Minute
	topEntries = 256 // pages' queries kept; past it the cache starts over
)

func newTopCache() *topCache { return &topCache{m: map[topKey]topEntry{}} }

// get returns k's entry at version, computing it with fn when none is
// held, or held for another version, or older than topTTL at now.
func (c *topCache) get(version int64, k topKey, now time.Time, fn func() ([]articleView, map[int64]bool, error)) ([]articleView, map[int64]bool, error) {
	if c == nil {
		return fn()
	}
	c.mu.Lock()
	e, ok := c.m[k]
	ok = ok && c.version == version && now.Sub(e.at) < topTTL && !now.Before(e.at)
	c.mu.Unlock()
	if ok {
		return e.views, e.shown, nil
	}
	views, shown, err := fn()
	if err != nil {
		return nil, nil, err
	}
	c.mu.Lock()
	if c.version != version || len(c.m) >= topEntries {
		c.version, c.m = version, map[topKey]topEntry{}
	}
	c.m[k] = topEntry{views: views, shown: shown, at: now}
	c.mu.Unlock()
	return views, shown, nil
}

// cachedTopStories is topStories of q's stories of the week before now,
// held in s.tops for the content version.
func (s *Server) cachedTopStories(ctx context.Context, q feedQuery, version int64, top, minSources int) ([]articleView, map[int64]bool, error) {
	now := s.cfg.Now()
	return s.tops.get(version, topKey{q.encode(), top, minSources}, now, func() ([]articleView, map[int64]bool, error) {
		f := q.filter()
		f.Since = now.Add(-week)
		return s.topStories(ctx, f, top, minSources)
	})
}
