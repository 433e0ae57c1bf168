package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

type digestRow struct {
	bun.BaseModel `bun:"table:digests,alias:d"`

	ID            int64  `bun:"id,pk,autoincrement"`
	Period        string `bun:"period"`
	SubscriberID  int64  `bun:"subscriber_id"`
	Status        string `bun:"status"`
	Attempts      int    `bun:"attempts"`
	NextAttemptAt int64  `bun:"next_attempt_at"`
	MessageID     string `bun:"message_id"`
	SentAt        int64  `bun:"sent_at"`
	LastError     string `bun:"last_error"`
	LeaseOwner    string `bun:"lease_owner"`
	LeaseUntil    int64  `bun:"lease_until"`
}

func (r *digestRow) model() model.Digest {
	return model.Digest{ID: r.ID, Period: r.Period, SubscriberID: r.SubscriberID, Status: r.Status,
		Attempts: r.Attempts, NextAttemptAt: fromMicros(r.NextAttemptAt), MessageID: r.MessageID,
		SentAt: fromMicros(r.SentAt), LastError: r.LastError, LeaseOwner: r.LeaseOwner,
		LeaseUntil: fromMicros(r.LeaseUntil)}
}

// runKey is the meta key recording that the digest run of a period began.
func runKey(period string) string { return "digest_run:" + period }

// StartDigestRun begins the run of period once per database: in one
// transaction it records the run and creates a pending row for every active
// subscriber. It reports whether this call started it (false when the run
// already exists, whichever replica made it) and how many rows it created;
// on error neither the run nor a row is recorded.
func (s *Store) StartDigestRun(ctx context.Context, period string, now time.Time) (bool, int, error) {
	var started bool
	var n int
	err := runTx(ctx, s.db, "store: start digest run", func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
			runKey(period), now.UTC().Format(time.RFC3339))
		if err != nil {
			return mapErr("store: start digest run", err)
		}
		if k, _ := res.RowsAffected(); k == 0 {
			return nil
		}
		started = true
		n, err = ensureDigests(ctx, tx, period, now)
		return err
	})
	return started, n, err
}

// DigestRunStarted reports whether the run of period has begun.
func (s *Store) DigestRunStarted(ctx context.Context, period string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM meta WHERE key = ?", runKey(period)).Scan(&n)
	return n > 0, mapErr("store: digest run", err)
}

// EnsureDigests records the run of period and creates the missing pending
// rows for every active subscriber (an operator's explicit send to
// subscribers who joined after the run began, digest send
// --new-subscribers). Rows that
// exist, whatever their status, are left alone. It returns how many it
// created; on error neither the run nor a row is recorded.
func (s *Store) EnsureDigests(ctx context.Context, period string, now time.Time) (int, error) {
	var n int
	err := runTx(ctx, s.db, "store: ensure digests", func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
			runKey(period), now.UTC().Format(time.RFC3339)); err != nil {
			return mapErr("store: record digest run", err)
		}
		var err error
		n, err = ensureDigests(ctx, tx, period, now)
		return err
	})
	return n, err
}

// ActiveWithoutDigest returns how many active subscribers have no digest
// row of period: those who became active after its run began (they get
// the next week's digest, see digest.Digester.Prepare).
func (s *Store) ActiveWithoutDigest(ctx context.Context, period string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM subscribers s WHERE s.status = ?
		AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.subscriber_id = s.id AND d.period = ?)`, model.StatusActive, period).Scan(&n)
	return n, mapErr("store: active subscribers without a digest", err)
}

// ensureDigests creates, in tx, a pending row of period due at now for
// every active subscriber that has none, and returns how many it created;
// a failed insert is its error mapped (mapErr).
func ensureDigests(ctx context.Context, tx bun.Tx, period string, now time.Time) (int, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO digests (period, subscriber_id, status, next_attempt_at)
		SELECT ?, id, ?, ? FROM subscribers WHERE status = ?
		ON CONFLICT (subscriber_id, period) DO NOTHING`,
		period, model.DigestPending, micros(now), model.StatusActive)
	if err != nil {
		return 0, mapErr("store: create digest rows", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// DigestJob is a claimed digest row with its subscriber.
type DigestJob struct {
	Digest     model.Digest
	Subscriber model.Subscriber
}

// ClaimDigests leases to owner until now+lease up to limit digest rows that
// are pending or due for retry and not leased, in id order, with their
// subscribers. On PostgreSQL the rows are chosen FOR UPDATE SKIP LOCKED so
// replicas claim disjoint sets. When reading the subscribers fails, the
// rows stay leased until the lease ends and the error is returned.
func (s *Store) ClaimDigests(ctx context.Context, owner string, now time.Time, lease time.Duration, limit int) ([]DigestJob, error) {
	lock := ""
	if s.engine == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	var rows []digestRow
	err := s.db.NewRaw(`UPDATE digests SET lease_owner = ?, lease_until = ?
		WHERE id IN (SELECT id FROM digests WHERE status IN (?, ?) AND next_attempt_at <= ? AND lease_until < ?
			ORDER BY id LIMIT ?`+lock+`)
		RETURNING *`, owner, micros(now.Add(lease)), model.DigestPending, model.DigestRetry,
		micros(now), micros(now), limit).Scan(ctx, &rows)
	if err != nil || len(rows) == 0 {
		return nil, mapErr("store: claim digests", err)
	}
	ids := make([]int64, len(rows))
	for i := range rows {
		ids[i] = rows[i].SubscriberID
	}
	var subs []subscriberRow
	if err := s.db.NewSelect().Model(&subs).Where("id IN (?)", bun.List(ids)).Scan(ctx); err != nil {
		return nil, mapErr("store: claimed subscribers", err)
	}
	byID := make(map[int64]*subscriberRow, len(subs))
	for i := range subs {
		byID[subs[i].ID] = &subs[i]
	}
	jobs := make([]DigestJob, 0, len(rows))
	for i := range rows {
		if sub := byID[rows[i].SubscriberID]; sub != nil {
			jobs = append(jobs, DigestJob{Digest: rows[i].model(), Subscriber: sub.model()})
		}
	}
	slices.SortFunc(jobs, func(a, b DigestJob) int { return cmp.Compare(a.Digest.ID, b.Digest.ID) })
	return jobs, nil
}

// SentMark is one accepted digest message.
type SentMark struct {
	ID        int64
	MessageID string
}

// MarkDigestsSent records, in one transaction, that the SMTP server (or the
// outbox) accepted these digests: on error none of them is recorded. It does not check leases: once a message
// is out, no other worker may send it again, whoever holds the row.
func (s *Store) MarkDigestsSent(ctx context.Context, marks []SentMark, now time.Time) error {
	if len(marks) == 0 {
		return nil
	}
	return runTx(ctx, s.db, "store: mark digests sent", func(ctx context.Context, tx bun.Tx) error {
		for _, m := range marks {
			if _, err := tx.ExecContext(ctx, `UPDATE digests SET status = ?, message_id = ?, sent_at = ?,
				attempts = attempts + 1, last_error = '', lease_owner = '', lease_until = 0 WHERE id = ?`,
				model.DigestSent, m.MessageID, micros(now), m.ID); err != nil {
				return mapErr("store: mark digest sent", err)
			}
		}
		return nil
	})
}

// MarkDigestRetry records a temporary failure: attempts+1, the error, the
// next attempt time; the lease is released. It returns model.ErrLeaseLost
// when owner no longer holds the row.
func (s *Store) MarkDigestRetry(ctx context.Context, id int64, owner, errText string, next time.Time) error {
	return s.markOwned(ctx, id, owner, `status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?`,
		model.DigestRetry, errText, micros(next))
}

// MarkDigestFailed records a permanent failure of the row. With bounce set
// (a 5xx for the address) the subscriber's bounce count grows, and at
// bounceLimit consecutive bounces an active subscriber becomes bounced.
// It returns an error wrapping model.ErrLeaseLost, and records nothing,
// when owner no longer holds the row's lease.
func (s *Store) MarkDigestFailed(ctx context.Context, id int64, owner, errText string, bounce bool, bounceLimit int) error {
	return runTx(ctx, s.db, "store: mark digest failed", func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE digests SET status = ?, attempts = attempts + 1, last_error = ?,
			lease_owner = '', lease_until = 0 WHERE id = ? AND lease_owner = ?`, model.DigestFailed, errText, id, owner)
		if err != nil {
			return mapErr("store: mark digest failed", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("store: digest %d: %w", id, model.ErrLeaseLost)
		}
		if !bounce {
			return nil
		}
		_, err = tx.ExecContext(ctx, `UPDATE subscribers SET bounces = bounces + 1,
			status = CASE WHEN bounces + 1 >= ? AND status = ? THEN ? ELSE status END
			WHERE id = (SELECT subscriber_id FROM digests WHERE id = ?)`,
			bounceLimit, model.StatusActive, model.StatusBounced, id)
		return mapErr("store: count bounce", err)
	})
}

// ResetBounces clears the bounce count of subscriber id after a delivery
// went through (bounced means consecutive permanent failures).
func (s *Store) ResetBounces(ctx context.Context, id int64) error {
	_, err := s.db.ExecContext(ctx, "UPDATE subscribers SET bounces = 0 WHERE id = ? AND bounces > 0", id)
	return mapErr("store: reset bounces", err)
}

// FinishDigests sets status (empty, or failed with errText for a subscriber
// no longer active) on rows owner holds, releasing them.
func (s *Store) FinishDigests(ctx context.Context, ids []int64, owner, status, errText string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := s.db.NewRaw(`UPDATE digests SET status = ?, last_error = ?, lease_owner = '', lease_until = 0
		WHERE id IN (?) AND lease_owner = ?`, status, errText, bun.List(ids), owner).Exec(ctx)
	return mapErr("store: finish digests", err)
}

// ReleaseDigests gives back rows owner claimed but did not process, so that
// another worker (or a restart) takes them at once.
func (s *Store) ReleaseDigests(ctx context.Context, ids []int64, owner string) error {
	if len(ids) == 0 {
		return nil
	}
	_, err := s.db.NewRaw(`UPDATE digests SET lease_owner = '', lease_until = 0 WHERE id IN (?) AND lease_owner = ?`,
		bun.List(ids), owner).Exec(ctx)
	return mapErr("store: release digests", err)
}

// markOwned applies set (with args) to digest row id and releases its
// lease, if owner still holds it. It returns an error wrapping
// model.ErrLeaseLost when the row is not owner's (the lease ran out and
// another worker took it, or the row is gone), else the database's error
// mapped (mapErr).
func (s *Store) markOwned(ctx context.Context, id int64, owner, set string, args ...any) error {
	args = append(args, id, owner)
	res, err := s.db.ExecContext(ctx, "UPDATE digests SET "+set+
		", lease_owner = '', lease_until = 0 WHERE id = ? AND lease_owner = ?", args...)
	if err != nil {
		return mapErr("store: update digest", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: digest %d: %w", id, model.ErrLeaseLost)
	}
	return nil
}
