package web

import "testing"

// An entry evicted while its gzip body is being built (gzipOf has set
// e.gz, grow has not yet counted it) leaves the cache's size as it found
// it: removeLocked takes off only the bytes grow counted. It used to take
// off len(e.gz) as well — read without the lock gzipOf writes it under,
// a data race — so the size fell below what the cache held, by the gzip
// body's length each time, and the byte cap stopped holding.
func TestCacheEvictDuringGzip(t *testing.T) {
	c := newCache(1 << 20)
	e := &entry{key: "k", body: make([]byte, 100)}
	c.mu.Lock()
	c.putLocked(e)
	c.mu.Unlock()
	e.gz = make([]byte, 40) // gzipOf's compress has returned; its grow has not run
	c.mu.Lock()
	c.removeLocked(c.items["k"])
	c.mu.Unlock()
	c.grow(e, len(e.gz)) // no longer cached: nothing to count
	if n, size := c.stats(); n != 0 || size != 0 {
		t.Errorf("after evicting an entry mid-gzip: %d entries, %d bytes; want 0, 0", n, size)
	}
	// An entry whose gzip body was counted gives both back.
	e2 := &entry{key: "k2", body: make([]byte, 100)}
	c.mu.Lock()
	c.putLocked(e2)
	c.mu.Unlock()
	e2.gz = make([]byte, 40)
	c.grow(e2, len(e2.gz))
	if _, size := c.stats(); size != 140 {
		t.Errorf("cached entry with its gzip body: %d bytes, want 140", size)
	}
	c.mu.Lock()
	c.removeLocked(c.items["k2"])
	c.mu.Unlock()
	if _, size := c.stats(); size != 0 {
		t.Errorf("after evicting it: %d bytes, want 0", size)
	}
}
