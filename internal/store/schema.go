package store

import (
	"context"
	"fmt"
	"regexp"

	"bantin/internal/model"
)

var schemaName = regexp.MustCompile(`^[a-z_][a-z0-9_]{0,62}$`)

// CreateSchema creates an empty PostgreSQL schema (used to isolate test
// runs that share one database). It fails on SQLite and for names that are
// not plain lower-case identifiers.
func (s *Store) CreateSchema(ctx context.Context, name string) error {
	return s.schemaDDL(ctx, "CREATE SCHEMA "+name, name)
}

// DropSchema drops a PostgreSQL schema and everything in it; a schema
// that does not exist is not an error. It fails as CreateSchema does.
func (s *Store) DropSchema(ctx context.Context, name string) error {
	return s.schemaDDL(ctx, "DROP SCHEMA IF EXISTS "+name+" CASCADE", name)
}

// schemaDDL runs ddl, a statement creating or dropping the schema or
// database name. It refuses a name that is not a plain lower-case
// identifier, then SQLite (each an error wrapping model.ErrInvalid),
// before running anything; the database's error is returned mapped
// (mapErr).
func (s *Store) schemaDDL(ctx context.Context, ddl, name string) error {
	if !schemaName.MatchString(name) {
		return fmt.Errorf("store: bad schema name %q: %w", name, model.ErrInvalid)
	}
	if s.engine != Postgres {
		return fmt.Errorf("store: schemas need PostgreSQL, not %s: %w", s.engine, model.ErrInvalid)
	}
	_, err := s.db.ExecContext(ctx, ddl)
	return mapErr("store: "+ddl, err)
}

// CreateDatabase creates an empty PostgreSQL database on the server the
// store is connected to (used by tests that need a whole database of their
// own, such as several processes migrating it at once). It fails on SQLite
// and for names that are not plain lower-case identifiers.
func (s *Store) CreateDatabase(ctx context.Context, name string) error {
	return s.schemaDDL(ctx, "CREATE DATABASE "+name, name)
}

// DropDatabase drops a PostgreSQL database, ending its sessions; a
// database that does not exist is not an error. It fails as
// CreateDatabase does.
func (s *Store) DropDatabase(ctx context.Context, name string) error {
	return s.schemaDDL(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)", name)
}
