package store

import (
	"container/list"
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// maxStmts bounds the prepared statements a Store keeps.
const maxStmts = 256

// stmtCache keeps prepared statements of the read pool keyed by query text
// (written with ? placeholders), least recently used first out. Queries run
// through it bind their values as parameters, so that each query shape is
// parsed and planned once per connection instead of once per request. The
// zero value is ready to use; it is safe for concurrent use.
type stmtCache struct {
	mu     sync.Mutex
	lru    list.List // of *cachedStmt, most recently used in front
	byText map[string]*list.Element
	closed bool
}

// cachedStmt is one prepared statement; refs counts the queries running on
// it, so that an evicted statement is closed only when the last one ends.
type cachedStmt struct {
	text    string
	stmt    *sql.Stmt
	refs    int
	evicted bool
}

// query runs text (with ? placeholders, rewritten to $n on PostgreSQL) with
// args on s's read pool through a cached prepared statement. The caller
// must close the rows.
func (s *Store) query(ctx context.Context, text string, args ...any) (*sql.Rows, error) {
	cs, err := s.stmts.acquire(ctx, s.db.DB, s.engine, text)
	if err != nil {
		return nil, err
	}
	defer s.stmts.release(cs)
	return cs.stmt.QueryContext(ctx, args...)
}

// acquire returns the statement for text, preparing it on a miss; release
// must be called when the query has been started.
func (c *stmtCache) acquire(ctx context.Context, db *sql.DB, engine Engine, text string) (*cachedStmt, error) {
	c.mu.Lock()
	if e, ok := c.byText[text]; ok && !c.closed {
		cs := e.Value.(*cachedStmt)
		cs.refs++
		c.lru.MoveToFront(e)
		c.mu.Unlock()
		return cs, nil
	}
	c.mu.Unlock()
	sqlText := text
	if engine == Postgres {
		sqlText = dollarParams(text)
	}
	stmt, err := db.PrepareContext(ctx, sqlText)
	if err != nil {
		return nil, err
	}
	return c.add(text, stmt), nil
}

// add caches stmt under text (or uses the one another query cached
// meanwhile), evicting the least recently used statement when full, and
// returns it acquired.
func (c *stmtCache) add(text string, stmt *sql.Stmt) *cachedStmt {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byText[text]; ok && !c.closed {
		stmt.Close()
		cs := e.Value.(*cachedStmt)
		cs.refs++
		c.lru.MoveToFront(e)
		return cs
	}
	cs := &cachedStmt{text: text, stmt: stmt, refs: 1}
	if c.closed {
		cs.evicted = true // closed by release
		return cs
	}
	if c.byText == nil {
		c.byText = map[string]*list.Element{}
	}
	c.byText[text] = c.lru.PushFront(cs)
	for c.lru.Len() > maxStmts {
		c.evict(c.lru.Back())
	}
	return cs
}

// evict drops e from the cache and closes its statement unless in use.
func (c *stmtCache) evict(e *list.Element) {
	cs := c.lru.Remove(e).(*cachedStmt)
	delete(c.byText, cs.text)
	cs.evicted = true
	if cs.refs == 0 {
		cs.stmt.Close()
	}
}

// release ends one use of cs, closing it if it was evicted meanwhile.
func (c *stmtCache) release(cs *cachedStmt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cs.refs--
	if cs.refs == 0 && cs.evicted {
		cs.stmt.Close()
	}
}

// close closes every cached statement; later queries prepare statements
// that are closed after use.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	for c.lru.Len() > 0 {
		c.evict(c.lru.Back())
	}
}

// dollarParams rewrites the ? placeholders of text to PostgreSQL's $1, $2…
// The feed queries hold no other question marks.
func dollarParams(text string) string {
	var b strings.Builder
	n := 0
	for {
		i := strings.IndexByte(text, '?')
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		n++
		b.WriteString(text[:i])
		b.WriteString("$" + strconv.Itoa(n))
		text = text[i+1:]
	}
}

// placeholders returns n comma-separated ? placeholders.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
