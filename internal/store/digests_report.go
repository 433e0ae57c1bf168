package store

import (
	"context"

	"bantin/internal/model"
)

// Digests returns the rows of period (every period when empty), by id.
func (s *Store) Digests(ctx context.Context, period string) ([]model.Digest, error) {
	var rows []digestRow
	q := s.db.NewSelect().Model(&rows).Order("id")
	if period != "" {
		q = q.Where("period = ?", period)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, mapErr("store: list digests", err)
	}
	out := make([]model.Digest, len(rows))
	for i := range rows {
		out[i] = rows[i].model()
	}
	return out, nil
}

// DigestCounts returns how many rows of period have each status.
func (s *Store) DigestCounts(ctx context.Context, period string) (map[string]int, error) {
	var rows []struct {
		Status string `bun:"status"`
		N      int    `bun:"n"`
	}
	err := s.db.NewRaw("SELECT status, COUNT(*) AS n FROM digests WHERE period = ? GROUP BY status", period).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: digest counts", err)
	}
	out := make(map[string]int, len(rows))
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}

// DigestBacklog counts the digest rows still to send, of every period, by
// status (pending, retry).
func (s *Store) DigestBacklog(ctx context.Context) (map[string]int, error) {
	var rows []struct {
		Status string `bun:"status"`
		N      int    `bun:"n"`
	}
	err := s.db.NewRaw("SELECT status, COUNT(*) AS n FROM digests WHERE status IN (?, ?) GROUP BY status",
		model.DigestPending, model.DigestRetry).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: digest backlog", err)
	}
	out := make(map[string]int, len(rows))
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}
