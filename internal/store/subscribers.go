package store

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

type subscriberRow struct {
	bun.BaseModel `bun:"table:subscribers,alias:sub"`

	ID            int64  `bun:"id,pk,autoincrement"`
	Email         string `bun:"email"`
	Status        string `bun:"status"`
	Topics        string `bun:"topics"`
	Provinces     string `bun:"provinces"`
	CreatedAt     int64  `bun:"created_at"`
	ConfirmedAt   int64  `bun:"confirmed_at"`
	ConfirmSentAt int64  `bun:"confirm_sent_at"`
	Bounces       int    `bun:"bounces"`
}

func (r *subscriberRow) model() model.Subscriber {
	return model.Subscriber{ID: r.ID, Email: r.Email, Status: r.Status,
		Topics: splitList(r.Topics), Provinces: splitList(r.Provinces),
		CreatedAt: fromMicros(r.CreatedAt), ConfirmedAt: fromMicros(r.ConfirmedAt),
		ConfirmSentAt: fromMicros(r.ConfirmSentAt), Bounces: r.Bounces}
}

func subscriberRowOf(s *model.Subscriber) *subscriberRow {
	return &subscriberRow{ID: s.ID, Email: s.Email, Status: s.Status,
		Topics: joinList(s.Topics), Provinces: joinList(s.Provinces),
		CreatedAt: micros(s.CreatedAt), ConfirmedAt: micros(s.ConfirmedAt),
		ConfirmSentAt: micros(s.ConfirmSentAt), Bounces: s.Bounces}
}

// AddSubscriber inserts sub (Email already validated and normalised by the
// caller; Status pending when empty) and sets its ID. It returns
// model.ErrConflict when the address is already stored.
func (s *Store) AddSubscriber(ctx context.Context, sub *model.Subscriber) error {
	if sub.Status == "" {
		sub.Status = model.StatusPending
	}
	if sub.CreatedAt.IsZero() {
		sub.CreatedAt = time.Now()
	}
	row := subscriberRowOf(sub)
	if _, err := s.db.NewInsert().Model(row).ExcludeColumn("id").Returning("id").Exec(ctx, &row.ID); err != nil {
		return mapErr("store: add subscriber", err)
	}
	sub.ID = row.ID
	return nil
}

// Subscriber returns the subscriber with id, or model.ErrNotFound.
func (s *Store) Subscriber(ctx context.Context, id int64) (model.Subscriber, error) {
	var row subscriberRow
	if err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx); err != nil {
		return model.Subscriber{}, mapErr(fmt.Sprintf("store: subscriber %d", id), err)
	}
	return row.model(), nil
}

// SubscriberByEmail returns the subscriber with the (normalised) address, or
// model.ErrNotFound.
func (s *Store) SubscriberByEmail(ctx context.Context, email string) (model.Subscriber, error) {
	var row subscriberRow
	if err := s.db.NewSelect().Model(&row).Where("email = ?", email).Scan(ctx); err != nil {
		return model.Subscriber{}, mapErr("store: subscriber by email", err)
	}
	return row.model(), nil
}

// Subscribers returns the subscribers with the given status (all when
// status is empty), by id.
func (s *Store) Subscribers(ctx context.Context, status string) ([]model.Subscriber, error) {
	var rows []subscriberRow
	q := s.db.NewSelect().Model(&rows).Order("id")
	if status != "" {
		q = q.Where("status = ?", status)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, mapErr("store: list subscribers", err)
	}
	out := make([]model.Subscriber, len(rows))
	for i := range rows {
		out[i] = rows[i].model()
	}
	return out, nil
}

// RequestSubscription records a subscription request from the form and
// reports whether a confirmation should be mailed now:
//   - a new address is stored as pending with the filters: send;
//   - a pending, unsubscribed or bounced address becomes pending with the
//     new filters: send unless a confirmation went out within cooldown;
//   - an active address is left as it is (a stranger must not change its
//     filters): no mail.
//
// The cooldown check and confirm_sent_at update are one conditional UPDATE,
// so concurrent requests send at most one confirmation per cooldown. When
// the write succeeds but reading the subscriber back fails, it returns
// false (no mail) with the error; the request stays recorded.
func (s *Store) RequestSubscription(ctx context.Context, email string, topics, provinces []string,
	now time.Time, cooldown time.Duration) (model.Subscriber, bool, error) {
	sub := model.Subscriber{Email: email, Status: model.StatusPending, Topics: topics,
		Provinces: provinces, CreatedAt: now, ConfirmSentAt: now}
	row := subscriberRowOf(&sub)
	res, err := s.db.NewInsert().Model(row).ExcludeColumn("id").On("CONFLICT (email) DO NOTHING").Exec(ctx)
	if err != nil {
		return model.Subscriber{}, false, mapErr("store: request subscription", err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		sub, err = s.SubscriberByEmail(ctx, email)
		return sub, err == nil, err
	}
	res, err = s.db.NewUpdate().Model((*subscriberRow)(nil)).
		Set("status = ?", model.StatusPending).Set("topics = ?", joinList(topics)).
		Set("provinces = ?", joinList(provinces)).Set("confirm_sent_at = ?", micros(now)).
		Where("email = ?", email).Where("status <> ?", model.StatusActive).
		Where("confirm_sent_at <= ?", micros(now.Add(-cooldown))).Exec(ctx)
	if err != nil {
		return model.Subscriber{}, false, mapErr("store: request subscription", err)
	}
	n, _ := res.RowsAffected()
	sub, err = s.SubscriberByEmail(ctx, email)
	return sub, n == 1 && err == nil, err
}

// ClearConfirmSent forgets when a confirmation was last sent to id, so that
// the form can send one again at once (after a failed send). An id that
// does not exist is not an error: nothing changes.
func (s *Store) ClearConfirmSent(ctx context.Context, id int64) error {
	_, err := s.db.NewUpdate().Model((*subscriberRow)(nil)).Set("confirm_sent_at = 0").Where("id = ?", id).Exec(ctx)
	return mapErr("store: clear confirm_sent_at", err)
}

// ConfirmSubscriber makes a pending subscriber active (resetting bounces)
// and returns it; other statuses are left as they are. It returns
// model.ErrNotFound when there is no such subscriber.
func (s *Store) ConfirmSubscriber(ctx context.Context, id int64, now time.Time) (model.Subscriber, error) {
	_, err := s.db.NewUpdate().Model((*subscriberRow)(nil)).
		Set("status = ?", model.StatusActive).Set("confirmed_at = ?", micros(now)).Set("bounces = 0").
		Where("id = ?", id).Where("status = ?", model.StatusPending).Exec(ctx)
	if err != nil {
		return model.Subscriber{}, mapErr("store: confirm subscriber", err)
	}
	return s.Subscriber(ctx, id)
}

// SetSubscriberStatus sets the status of subscriber id (for unsubscribe,
// operator changes). It returns model.ErrNotFound when there is none.
func (s *Store) SetSubscriberStatus(ctx context.Context, id int64, status string) error {
	return s.updateSubscriber(ctx, id, "status = ?", status)
}

// SetSubscriberFilters replaces the topics and provinces of subscriber id.
// It returns model.ErrNotFound when there is none.
func (s *Store) SetSubscriberFilters(ctx context.Context, id int64, topics, provinces []string) error {
	return s.updateSubscriber(ctx, id, "topics = ?, provinces = ?", joinList(topics), joinList(provinces))
}

// updateSubscriber applies set (with args) to subscriber id. It returns an
// error wrapping model.ErrNotFound when there is no such subscriber, else
// the database's error mapped (mapErr).
func (s *Store) updateSubscriber(ctx context.Context, id int64, set string, args ...any) error {
	res, err := s.db.NewUpdate().Model((*subscriberRow)(nil)).Set(set, args...).Where("id = ?", id).Exec(ctx)
	if err != nil {
		return mapErr("store: update subscriber", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("store: subscriber %d: %w", id, model.ErrNotFound)
	}
	return nil
}

// RemoveSubscriber deletes the subscriber and its digest rows. It returns
// model.ErrNotFound when there is none.
func (s *Store) RemoveSubscriber(ctx context.Context, id int64) error {
	return runTx(ctx, s.db, "store: remove subscriber", func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM digests WHERE subscriber_id = ?", id); err != nil {
			return mapErr("store: remove subscriber digests", err)
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM subscribers WHERE id = ?", id)
		if err != nil {
			return mapErr("store: remove subscriber", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("store: subscriber %d: %w", id, model.ErrNotFound)
		}
		return nil
	})
}
