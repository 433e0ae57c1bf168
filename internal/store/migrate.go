package store

import (
	"context"
	sqldriver "database/sql/driver"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/uptrace/bun"
)

//go:embed migrations
var migrations embed.FS

// Migrations returns the IDs (file names) of the migrations embedded for
// the store's engine, in the order they apply. The IDs are the same in both
// dialect folders. The only error is a binary built without its migrations.
func (s *Store) Migrations() ([]string, error) {
	dir := "migrations/" + string(s.engine)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("store: migrations for %s: %w", s.engine, err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// Migrate applies every embedded migration that has not run yet and
// returns the IDs it applied, in order (none when the schema was up to
// date). The whole migration, the bookkeeping table's creation included,
// runs under one lock, so that replicas and `bantin migrate` started
// together all succeed and each migration applies once: on PostgreSQL a
// session advisory lock (keyed by the schema) held on one connection, each
// migration then in its own transaction, and the tables analyzed once any
// applied (see Analyze); on SQLite one IMMEDIATE transaction, which holds
// the database's write lock throughout. On an error nothing of the failing
// migration is kept, and the error names it. A schema already up to date
// is only read, so that a read-only database opens.
func (s *Store) Migrate(ctx context.Context) ([]string, error) {
	names, err := s.Migrations()
	if err != nil {
		return nil, err
	}
	if pending, err := s.PendingMigrations(ctx); err == nil && len(pending) == 0 {
		return nil, nil // up to date: no lock, no write (the database may be read-only)
	}
	if s.engine == SQLite {
		return s.migrateSQLite(ctx, names)
	}
	return s.migratePostgres(ctx, names)
}

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`

// migrateSQLite runs everything in one transaction on the writer
// connection (BEGIN IMMEDIATE: the write lock is taken first, and another
// process migrating waits for it).
func (s *Store) migrateSQLite(ctx context.Context, names []string) ([]string, error) {
	tx, err := s.wdb.BeginTx(ctx, nil)
	if err != nil {
		return nil, mapErr("store: migrate: lock", err)
	}
	defer tx.Rollback()
	applied, err := applyPending(ctx, tx, s.engine, names)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, mapErr("store: migrate: commit", err)
	}
	return applied, nil
}

// migrationLockKey is the first key of the PostgreSQL advisory lock taken
// while migrating ("bant"); the second is a hash of the schema, so that
// separate schemas of one database migrate independently.
const migrationLockKey = 0x62616e74

// migratePostgres holds a session advisory lock on one connection while it
// creates the bookkeeping table and applies each migration in a
// transaction of its own.
func (s *Store) migratePostgres(ctx context.Context, names []string) ([]string, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, mapErr("store: migrate: connect", err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(?, hashtext(current_schema()))", migrationLockKey); err != nil {
		conn.Close()
		return nil, mapErr("store: migrate: lock", err)
	}
	defer func() {
		_, err := conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock(?, hashtext(current_schema()))", migrationLockKey)
		if err != nil {
			// Drop the session, and the lock with it, instead of pooling it.
			conn.Raw(func(any) error { return sqldriver.ErrBadConn })
		}
		conn.Close()
	}()
	if _, err := conn.ExecContext(ctx, createMigrationsTable); err != nil {
		return nil, mapErr("store: migrate", err)
	}
	var applied []string
	for _, name := range names {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return applied, mapErr("store: migrate", err)
		}
		done, err := applyPending(ctx, tx, s.engine, []string{name})
		if err == nil {
			err = mapErr("store: migrate: commit", tx.Commit())
		}
		tx.Rollback()
		if err != nil {
			return applied, err
		}
		applied = append(applied, done...)
	}
	if len(applied) > 0 {
		// Migrations may fill tables: plan the first queries with statistics.
		if err := s.Analyze(ctx); err != nil {
			return applied, err
		}
	}
	return applied, nil
}

// applyPending creates the bookkeeping table if needed and runs each of
// names not yet recorded in it, inside tx, returning those it ran.
func applyPending(ctx context.Context, tx bun.Tx, engine Engine, names []string) ([]string, error) {
	if _, err := tx.ExecContext(ctx, createMigrationsTable); err != nil {
		return nil, mapErr("store: migrate", err)
	}
	done, err := appliedIDs(ctx, tx)
	if err != nil {
		return nil, err
	}
	var applied []string
	for _, name := range names {
		if slices.Contains(done, name) {
			continue
		}
		body, err := migrations.ReadFile("migrations/" + string(engine) + "/" + name)
		if err != nil {
			return nil, fmt.Errorf("store: read migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return nil, mapErr("store: migration "+name, err)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
			name, time.Now().UnixMicro()); err != nil {
			return nil, mapErr("store: migrate: record "+name, err)
		}
		applied = append(applied, name)
	}
	return applied, nil
}

// appliedIDs returns the IDs recorded in schema_migrations, read through
// q (the database or a transaction).
func appliedIDs(ctx context.Context, q bun.IConn) ([]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT id FROM schema_migrations")
	if err != nil {
		return nil, mapErr("store: applied migrations", err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, mapErr("store: applied migrations", err)
		}
		ids = append(ids, id)
	}
	return ids, mapErr("store: applied migrations", rows.Err())
}

// PendingMigrations returns the embedded migrations the database has not
// applied (none when the schema is at this binary's head). Migrations the
// database has but this binary does not know (a newer replica ran them)
// do not count: an older binary keeps working on a schema that only grew.
// It returns a wrapped driver error when the database cannot be read.
func (s *Store) PendingMigrations(ctx context.Context) ([]string, error) {
	names, err := s.Migrations()
	if err != nil {
		return nil, err
	}
	done, err := appliedIDs(ctx, s.db)
	if err != nil {
		return nil, err
	}
	var pending []string
	for _, n := range names {
		if !slices.Contains(done, n) {
			pending = append(pending, n)
		}
	}
	return pending, nil
}
