package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
)

//go:embed migrations
var migrations embed.FS

// Migrate applies every embedded migration of the store's engine that has
// not run yet, each in its own transaction, and returns how many it applied.
// Migration IDs are the file names, the same in both dialect folders.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return 0, mapErr("store: migrate", err)
	}
	dir := "migrations/" + string(s.engine)
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return 0, fmt.Errorf("store: migrations for %s: %w", s.engine, err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	applied := 0
	for _, name := range names {
		ok, err := s.applyMigration(ctx, dir, name)
		if err != nil {
			return applied, err
		}
		if ok {
			applied++
		}
	}
	return applied, nil
}

// applyMigration runs one migration file unless it is recorded as applied.
// On PostgreSQL a transaction-level advisory lock keeps concurrent replicas
// from applying the same file twice.
func (s *Store) applyMigration(ctx context.Context, dir, name string) (bool, error) {
	body, err := migrations.ReadFile(dir + "/" + name)
	if err != nil {
		return false, fmt.Errorf("store: read migration %s: %w", name, err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, mapErr("store: migrate", err)
	}
	defer tx.Rollback()
	if s.engine == Postgres {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(4242)"); err != nil {
			return false, mapErr("store: migrate lock", err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM schema_migrations WHERE id = ?", name).Scan(&n); err != nil {
		return false, mapErr("store: migrate", err)
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return false, mapErr("store: migration "+name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)",
		name, time.Now().UnixMicro()); err != nil {
		return false, mapErr("store: migrate", err)
	}
	if err := tx.Commit(); err != nil {
		return false, mapErr("store: migrate commit", err)
	}
	return true, nil
}
