package store

import (
	"context"
	"time"

	"bantin/internal/model"
)

// NextDigestRetry returns when the first of period's rows waiting for a
// retry is due (the zero time when none waits).
func (s *Store) NextDigestRetry(ctx context.Context, period string) (time.Time, error) {
	var next []int64
	err := s.db.NewRaw("SELECT COALESCE(MIN(next_attempt_at), 0) FROM digests WHERE period = ? AND status = ?",
		period, model.DigestRetry).Scan(ctx, &next)
	if err != nil {
		return time.Time{}, mapErr("store: next digest retry", err)
	}
	if len(next) == 0 || next[0] == 0 {
		return time.Time{}, nil
	}
	return fromMicros(next[0]), nil
}

// RetryDigestsNow makes period's rows waiting for a retry due at now (rows
// leased by a running sender are left to it) and returns how many: the
// operator fixed what failed them (an SMTP setting, the relay) and wants
// the week out without waiting for the backoff. Attempts are kept.
func (s *Store) RetryDigestsNow(ctx context.Context, period string, now time.Time) (int, error) {
	res, err := s.wdb.NewRaw("UPDATE digests SET next_attempt_at = ? WHERE period = ? AND status = ? AND next_attempt_at > ? AND lease_until < ?",
		micros(now), period, model.DigestRetry, micros(now), micros(now)).Exec(ctx)
	if err != nil {
		return 0, mapErr("store: retry digests now", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}
