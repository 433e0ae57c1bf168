package store

import (
	"context"
	"strconv"
	"strings"

	"github.com/uptrace/bun"
)

// maxParams is the most values one insertValues statement binds: below
// SQLite's limit (32,766) and PostgreSQL's (65,535), so a feed of any size
// stores, in as many statements as it needs.
const maxParams = 32000

// insertValues inserts rows into table with multi-row INSERT statements
// whose values are bound as parameters: args holds the values of each row
// in turn, len(cols) per row, in cols' order. Bound values go to the driver
// as they are (article bodies are not escaped into SQL text that the
// database parses again), and a statement carries at most maxParams values.
// Errors are the driver's, for the caller to map.
func (s *Store) insertValues(ctx context.Context, tx bun.Tx, table string, cols []string, args []any) error {
	return s.insertValuesThen(ctx, tx, table, cols, args, "")
}

// insertValuesThen is insertValues with then (such as " ON CONFLICT DO
// NOTHING") after each statement's values.
func (s *Store) insertValuesThen(ctx context.Context, tx bun.Tx, table string, cols []string, args []any, then string) error {
	per := maxParams / len(cols) * len(cols)
	for start := 0; start < len(args); start += per {
		chunk := args[start:min(start+per, len(args))]
		if _, err := tx.Tx.ExecContext(ctx, s.valuesSQL(table, cols, len(chunk)/len(cols))+then, chunk...); err != nil {
			return err
		}
	}
	return nil
}

// valuesSQL returns INSERT INTO table (cols) VALUES with rows rows of
// placeholders: ? on SQLite, $1, $2… on PostgreSQL.
func (s *Store) valuesSQL(table string, cols []string, rows int) string {
	var b strings.Builder
	b.Grow(32 + len(table) + 16*len(cols) + rows*len(cols)*6)
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
	n := 0
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for j := range cols {
			if j > 0 {
				b.WriteString(", ")
			}
			n++
			if s.engine == Postgres {
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(n))
			} else {
				b.WriteByte('?')
			}
		}
		b.WriteByte(')')
	}
	return b.String()
}

// newArticleIDs returns the ids of n new articles, in order: those the
// database would give them itself (on SQLite the ones after the largest
// id, as for a row inserted without one; on PostgreSQL the next values of
// the identity sequence), so that a new article is inserted with its id
// known, and with it its cluster when it starts its own.
func (s *Store) newArticleIDs(ctx context.Context, tx bun.Tx, n int) ([]int64, error) {
	ids := make([]int64, 0, n)
	if n == 0 {
		return ids, nil
	}
	if s.engine == SQLite {
		last, err := maxArticleID(ctx, tx)
		if err != nil {
			return nil, err
		}
		for i := range int64(n) {
			ids = append(ids, last+1+i)
		}
		return ids, nil
	}
	rows, err := tx.Tx.QueryContext(ctx,
		"SELECT nextval(pg_get_serial_sequence('articles', 'id')) FROM generate_series(1, $1)", n)
	if err != nil {
		return nil, mapErr("store: new article ids", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, mapErr("store: new article ids", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, mapErr("store: new article ids", err)
	}
	return ids, nil
}
