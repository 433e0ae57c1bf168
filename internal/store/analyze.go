package store

import (
	"context"
	"fmt"
	"slices"
)

// analyzedTables are bantin's tables, those Analyze refreshes when it is
// not given any.
var analyzedTables = []string{"sources", "articles", "article_topics", "article_provinces",
	"article_topic_provinces", "subscribers", "digests", "meta"}

// Analyze refreshes the PostgreSQL planner statistics of tables (all of
// bantin's when none are named), so that a database just filled by a
// migration, a bulk import or the load tool is queried with good plans at
// once, even where autovacuum is off or has not come round yet: without
// statistics PostgreSQL guesses table sizes and may scan where an index
// would do. It returns an error naming a table that is not bantin's. On
// SQLite it does nothing: bantin's queries are planned from the indexes
// alone there.
func (s *Store) Analyze(ctx context.Context, tables ...string) error {
	if len(tables) == 0 {
		tables = analyzedTables
	}
	for _, t := range tables {
		if !slices.Contains(analyzedTables, t) {
			return fmt.Errorf("store: analyze: %q is not one of bantin's tables", t)
		}
	}
	if s.engine != Postgres {
		return nil
	}
	for _, t := range tables {
		if _, err := s.db.ExecContext(ctx, "ANALYZE "+t); err != nil {
			return mapErr("store: analyze "+t, err)
		}
	}
	return nil
}
