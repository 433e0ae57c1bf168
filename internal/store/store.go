// Package store keeps bantin's data in SQLite (modernc, embedded) or
// PostgreSQL (pgx stdlib) through bun. It is the only package that knows SQL,
// bun or a driver; everything it returns speaks internal/model, and driver
// errors come back as model errors (model.ErrNotFound, model.ErrConflict).
//
// Errors: every method returns nil or an error that names its operation
// ("store: …") and wraps, with %w, what went wrong in the terms of
// internal/model: model.ErrNotFound for a row asked for by id, key or URL
// that does not exist, model.ErrConflict for a unique key already taken,
// model.ErrReadOnly for a write the database refuses as read-only and
// model.ErrUnavailable when the database cannot be reached (both also
// wrapping the driver's error), else the driver's error itself. A method
// that reads returns no partial result with an error; a method that writes
// in one transaction leaves nothing of it written when it fails. A
// method's comment names the cases beyond these.
package store

import (
	"context"
	"database/sql"
	sqldriver "database/sql/driver"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"github.com/uptrace/bun/schema"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"bantin/internal/model"
)

// Engine names the database behind a Store.
type Engine string

// The two engines bantin runs on.
const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// Store is bantin's database. It is safe for concurrent use.
type Store struct {
	db     *bun.DB // reads, and writes off the hot path
	wdb    *bun.DB // hot write transactions: see openSQLite; the same as db on PostgreSQL
	engine Engine
	log    *slog.Logger
	stop   context.CancelFunc // ends the SQLite checkpointer
	done   chan struct{}
	stmts  stmtCache // prepared feed queries on db: see stmts.go

	closeOnce sync.Once
	closeErr  error
}

// Use says what a Store is opened for; on SQLite it sizes the page caches
// (PostgreSQL keeps its caches in the server).
type Use int

const (
	// ForServer: a long-running process whose readers answer feed and
	// page queries. Each of up to 8 readers keeps 2 MiB of pages, which
	// holds a cold feed query's B-tree pages (issue 4's load test), and
	// the writer 8 MiB.
	ForServer Use = iota
	// ForJob: a one-shot command (fetch, reclassify, a digest run) that
	// mostly writes. Every commit of the writer discards the readers'
	// caches, so their pages are seldom reused; the readers keep 512 KiB
	// and the writer 2 MiB. In modernc's allocator each cached 4 KiB page
	// takes an 8 KiB slot: this takes about 20 MB off a fetch pass's peak
	// memory, at no measured cost in speed (BENCHMARKS.md, issue 14).
	ForJob
)

// cacheKiB returns the page cache of each reader and that of the writer.
func (u Use) cacheKiB() (reader, writer int) {
	if u == ForJob {
		return 512, 2048
	}
	return 2048, 8192
}

// Open connects to url ("sqlite:PATH" or "postgres://…"), checks the
// connection and returns the Store sized for a server (ForServer); it
// does not migrate (call Migrate). See OpenFor.
// It returns an error naming the URL shape when the URL is not understood,
// and a wrapped driver error when the database cannot be reached.
func Open(ctx context.Context, url string, log *slog.Logger) (*Store, error) {
	return OpenFor(ctx, url, log, ForServer)
}

// SQLitePath returns the file (or SQLite URI) that a "sqlite:PATH" or
// "sqlite://PATH" database URL names, and false for any other URL.
func SQLitePath(url string) (string, bool) {
	path, ok := strings.CutPrefix(url, "sqlite:")
	if !ok {
		return "", false
	}
	return strings.TrimPrefix(path, "//"), true
}

// OpenFor is Open for the given use, with Open's errors.
func OpenFor(ctx context.Context, url string, log *slog.Logger, use Use) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var s *Store
	switch {
	case strings.HasPrefix(url, "sqlite:"):
		path, _ := SQLitePath(url)
		if path == "" {
			return nil, fmt.Errorf("store: %q: want sqlite:PATH", url)
		}
		readerKiB, writerKiB := use.cacheKiB()
		db, err := openSQLite(path, 8, readerKiB)
		if err != nil {
			return nil, err
		}
		wdb, err := openSQLite(path, 1, writerKiB)
		if err != nil {
			db.Close()
			return nil, err
		}
		s = &Store{db: newBunDB(db, sqlitedialect.New()), wdb: newBunDB(wdb, sqlitedialect.New()),
			engine: SQLite, log: log}
		s.startCheckpointer()
	case strings.HasPrefix(url, "postgres://"), strings.HasPrefix(url, "postgresql://"):
		db, err := sql.Open("pgx", url)
		if err != nil {
			return nil, fmt.Errorf("store: open postgres: %w", err)
		}
		db.SetMaxOpenConns(16)
		db.SetMaxIdleConns(16)
		db.SetConnMaxIdleTime(5 * time.Minute)
		s = &Store{db: newBunDB(db, pgdialect.New()), engine: Postgres, log: log}
		s.wdb = s.db
	default:
		return nil, fmt.Errorf("store: database URL %q: want sqlite:PATH or postgres://user@host:port/db", url)
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := s.db.PingContext(pctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("store: cannot reach %s database: %w", s.engine, err)
	}
	return s, nil
}

// openSQLite opens the file with WAL, a busy timeout and foreign keys on,
// with at most conns connections of cacheKiB page cache each. The store
// opens it twice: a pool of readers, and one connection for the hot write
// transactions. SQLite allows one writer at a time: queueing writers on one
// Go-side connection hands the lock over at once (SQLite's busy handler
// sleeps and retries), and that connection's page cache stays warm, since
// a connection's cache is dropped whenever another one commits.
func openSQLite(path string, conns, cacheKiB int) (*sql.DB, error) {
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("store: folder of %s does not exist: create it first", path)
	}
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)" +
		"&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)" +
		"&_pragma=wal_autocheckpoint(16384)" +
		"&_pragma=cache_size(-" + strconv.Itoa(cacheKiB) + ")&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %s: %w", path, err)
	}
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// Engine reports which database the store runs on.
func (s *Store) Engine() Engine { return s.engine }

// Close closes the database. Later calls do nothing and return the first
// call's error.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		if s.stop != nil {
			s.stop()
			<-s.done
		}
		s.stmts.close()
		if s.wdb != s.db && s.wdb != nil {
			s.wdb.Close()
		}
		s.closeErr = s.db.Close()
	})
	return s.closeErr
}

// mapErr translates driver errors into model errors; other errors are
// returned wrapped with op.
func mapErr(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", op, model.ErrNotFound)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return fmt.Errorf("%s: %w", op, model.ErrConflict)
		}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return fmt.Errorf("%s: %w", op, model.ErrConflict)
	}
	if readOnly(err) {
		return fmt.Errorf("%s: %w: %w", op, model.ErrReadOnly, err)
	}
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %w", op, model.ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// readOnly reports whether err is a write refused by a read-only database:
// SQLite's SQLITE_READONLY (any extended code), PostgreSQL's SQLSTATE 25006
// (read_only_sql_transaction: a standby, default_transaction_read_only).
func readOnly(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_READONLY {
		return true
	}
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "25006"
}

// unavailable reports whether err means the database cannot be reached
// now: a refused, broken or timed-out connection, or a PostgreSQL server
// that is starting, stopping or out of connections (SQLSTATE classes 08 and
// 57P, 53300).
func unavailable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return strings.HasPrefix(pe.Code, "08") || strings.HasPrefix(pe.Code, "57P") || pe.Code == "53300"
	}
	var ne net.Error
	var ce *pgconn.ConnectError
	return errors.As(err, &ce) || errors.As(err, &ne) || errors.Is(err, sqldriver.ErrBadConn) ||
		errors.Is(err, sql.ErrConnDone) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, io.ErrUnexpectedEOF) || pgconn.SafeToRetry(err)
}

// micros converts a time to stored microseconds; the zero time is 0.
func micros(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

// fromMicros converts stored microseconds back to a UTC time; 0 is the zero
// time.
func fromMicros(us int64) time.Time {
	if us == 0 {
		return time.Time{}
	}
	return time.UnixMicro(us).UTC()
}

// joinList and splitList store short slug lists as comma-separated text.
func joinList(xs []string) string { return strings.Join(xs, ",") }

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// newBunDB wraps db for dialect. Scans ignore columns the models do not
// know: a database migrated by a newer release (a column added to sources
// or digests, read by their RETURNING *) stays usable by this one, so
// rolling back a release is running the older binary again.
func newBunDB(db *sql.DB, dialect schema.Dialect) *bun.DB {
	return bun.NewDB(db, dialect, bun.WithDiscardUnknownColumns())
}
