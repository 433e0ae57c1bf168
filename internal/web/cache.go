package web

import (
	"bytes"
	"compress/gzip"
	"container/list"
	"context"
	"sync"
	"time"
)

// entry is one rendered body with its validators. Fields other than the
// lazily built gzip body are immutable once the entry is published, so the
// header value slices are shared by every response.
type entry struct {
	key     string
	version int64
	body    []byte
	ctype   []string
	etag    []string // strong ETag of body
	lastMod []string // nil when the body has no date
	modTime time.Time
	cors    bool
	plain   bool // never gzip-encoded: an image, or a body gzip does not shrink

	gzOnce sync.Once
	gz     []byte
	gzEtag []string
	// gzSize is the bytes of gz the cache counts in its size (cache.grow),
	// guarded by cache.mu: gz itself is written under gzOnce only.
	gzSize int64
}

// cache is a size-capped LRU of entries keyed by canonical query and
// format, with single-flight rendering: concurrent misses for one key
// render once. It is safe for concurrent use.
type cache struct {
	mu      sync.Mutex
	max     int64 // bytes; negative disables storing
	size    int64
	items   map[string]*list.Element
	lru     *list.List // front is most recently used
	flights map[string]*flight
}

type flight struct {
	version int64
	done    chan struct{}
	e       *entry
	err     error
}

func newCache(max int64) *cache {
	return &cache{max: max, items: map[string]*list.Element{}, lru: list.New(), flights: map[string]*flight{}}
}

// get returns the entry for key rendered at version, rendering it with fn
// on a miss (once for all concurrent callers), and whether it was a hit. An
// entry of an older version stays cached until a render replaces it, so
// that it can still be served (peek) when rendering fails.
func (c *cache) get(key string, version int64, fn func() (*entry, error)) (*entry, bool, error) {
	c.mu.Lock()
	if el, ok := c.items[key]; ok {
		e := el.Value.(*entry)
		if e.version == version {
			c.lru.MoveToFront(el)
			c.mu.Unlock()
			return e, true, nil
		}
	}
	if f, ok := c.flights[key]; ok && f.version == version {
		c.mu.Unlock()
		<-f.done
		return f.e, false, f.err
	}
	f := &flight{version: version, done: make(chan struct{})}
	c.flights[key] = f
	c.mu.Unlock()

	f.e, f.err = fn()
	c.mu.Lock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	if f.err == nil {
		f.e.key, f.e.version = key, version
		c.putLocked(f.e)
	}
	c.mu.Unlock()
	close(f.done)
	return f.e, false, f.err
}

func (c *cache) putLocked(e *entry) {
	if c.max < 0 || int64(len(e.body)) > c.max/4 {
		return
	}
	if el, ok := c.items[e.key]; ok {
		c.removeLocked(el)
	}
	c.items[e.key] = c.lru.PushFront(e)
	c.size += int64(len(e.body))
	c.evictLocked()
}

// grow accounts for a gzip body of n bytes added to e, when e is still
// cached (an entry evicted meanwhile counts for nothing).
func (c *cache) grow(e *entry, n int) {
	c.mu.Lock()
	if el, ok := c.items[e.key]; ok && el.Value == e {
		e.gzSize = int64(n)
		c.size += int64(n)
		c.evictLocked()
	}
	c.mu.Unlock()
}

func (c *cache) evictLocked() {
	for c.size > c.max && c.lru.Len() > 0 {
		c.removeLocked(c.lru.Back())
	}
}

func (c *cache) removeLocked(el *list.Element) {
	e := el.Value.(*entry)
	c.lru.Remove(el)
	delete(c.items, e.key)
	c.size -= int64(len(e.body)) + e.gzSize // what putLocked and grow counted
}

// peek returns the entry cached for key whatever its version, or nil.
func (c *cache) peek(key string) *entry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.lru.MoveToFront(el)
		return el.Value.(*entry)
	}
	return nil
}

// stats returns the number of entries and their bytes.
func (c *cache) stats() (n int, bytes int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lru.Len(), c.size
}

// versionRetry is how long, after a failed read of the content version,
// requests are answered from what is cached without trying the database
// again: during an outage one request in this interval probes it, the
// others do not wait.
const versionRetry = 2 * time.Second

// versionTimeout bounds one read of the content version.
const versionTimeout = 2 * time.Second

// versioner caches the database content version for ttl.
type versioner struct {
	ttl   time.Duration
	retry time.Duration
	now   func() time.Time
	read  func(context.Context) (int64, error)

	mu        sync.Mutex
	v         int64
	at        time.Time // zero: must re-read
	gen       uint64    // bumped by expire, so a read racing with it is not trusted
	downUntil time.Time // after a failed read: no new read before this
	downErr   error
	rdMu      sync.Mutex
	valid     bool
}

// current returns the content version, reading it from the database when
// the last read is older than ttl or was expired. When the read fails, or
// failed less than retry ago, it returns the error (callers then serve what
// is cached): the database is tried again after retry.
func (v *versioner) current(ctx context.Context) (int64, error) {
	if x, ok, err := v.fresh(); ok {
		return x, err
	}
	v.rdMu.Lock() // one reader at a time; the others wait and reuse its result
	defer v.rdMu.Unlock()
	if x, ok, err := v.fresh(); ok {
		return x, err
	}
	v.mu.Lock()
	gen := v.gen
	v.mu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, versionTimeout)
	defer cancel()
	x, err := v.read(rctx)
	v.mu.Lock()
	defer v.mu.Unlock()
	if err != nil {
		if ctx.Err() == nil { // the database's failure, not the client leaving
			v.downUntil, v.downErr = v.now().Add(v.retry), err
		}
		return 0, err
	}
	v.v, v.valid, v.downUntil, v.downErr = x, true, time.Time{}, nil
	if v.gen == gen {
		v.at = v.now()
	}
	return x, nil
}

// fresh returns the cached version (or the recent read failure) and
// whether it may be used without reading the database.
func (v *versioner) fresh() (int64, bool, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	now := v.now()
	if v.downErr != nil && now.Before(v.downUntil) {
		return 0, true, v.downErr
	}
	if !v.valid || v.at.IsZero() || now.Sub(v.at) >= v.ttl {
		return 0, false, nil
	}
	return v.v, true, nil
}

// expire forces the next current call to read the database.
func (v *versioner) expire() {
	v.mu.Lock()
	v.at, v.gen = time.Time{}, v.gen+1
	v.mu.Unlock()
}

// gzipPool reuses gzip writers at BestSpeed: bodies are compressed once per
// cache entry, never at the default level per request.
type gzipPool struct{ p sync.Pool }

func newGzipPool() *gzipPool {
	return &gzipPool{p: sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed)
		return w
	}}}
}

func (g *gzipPool) compress(body []byte) []byte {
	var buf bytes.Buffer
	buf.Grow(len(body)/3 + 64)
	w := g.p.Get().(*gzip.Writer)
	w.Reset(&buf)
	w.Write(body)
	w.Close()
	g.p.Put(w)
	return buf.Bytes()
}
