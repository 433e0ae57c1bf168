package store

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

// ImportResult counts what ImportSubscribers did.
type ImportResult struct {
	Added, Updated, Unchanged int
}

// ImportSubscribers adds or updates subs (emails validated, normalised and
// unique within the call) in one transaction. A new address is stored with
// its filters, status (active when empty), bounces and times (created and,
// when active, confirmed at now unless given: a move keeps them). A known one
// gets the given filters, and the given status when not empty: an empty
// status never changes who receives mail. Changing to active confirms the
// address at now and clears its bounces. On an error nothing of the call is
// stored.
func (s *Store) ImportSubscribers(ctx context.Context, subs []model.Subscriber, now time.Time) (ImportResult, error) {
	var res ImportResult
	err := runTx(ctx, s.wdb, "store: import subscribers", func(ctx context.Context, tx bun.Tx) error {
		res = ImportResult{}
		emails := make([]string, len(subs))
		for i := range subs {
			emails[i] = subs[i].Email
		}
		var known []subscriberRow
		if err := tx.NewSelect().Model(&known).Where("email IN (?)", bun.List(emails)).Scan(ctx); err != nil {
			return mapErr("store: import subscribers", err)
		}
		byEmail := make(map[string]*subscriberRow, len(known))
		for i := range known {
			byEmail[known[i].Email] = &known[i]
		}
		var fresh []*subscriberRow
		for i := range subs {
			sub := &subs[i]
			old, ok := byEmail[sub.Email]
			if !ok {
				fresh = append(fresh, newImported(sub, now))
				continue
			}
			changed, err := updateImported(ctx, tx, old, sub, now)
			if err != nil {
				return err
			}
			if changed {
				res.Updated++
			} else {
				res.Unchanged++
			}
		}
		if len(fresh) > 0 {
			if _, err := tx.NewInsert().Model(&fresh).ExcludeColumn("id").Exec(ctx); err != nil {
				return mapErr("store: import subscribers", err)
			}
		}
		res.Added = len(fresh)
		return nil
	})
	return res, err
}

func newImported(sub *model.Subscriber, now time.Time) *subscriberRow {
	n := *sub
	if n.Status == "" {
		n.Status = model.StatusActive
	}
	if n.CreatedAt.IsZero() {
		n.CreatedAt = now
	}
	if n.Status == model.StatusActive && n.ConfirmedAt.IsZero() {
		n.ConfirmedAt = now
	}
	return subscriberRowOf(&n)
}

// updateImported writes sub's filters and status over old when they
// differ, and reports whether it did.
func updateImported(ctx context.Context, tx bun.Tx, old *subscriberRow, sub *model.Subscriber, now time.Time) (bool, error) {
	status := old.Status
	if sub.Status != "" {
		status = sub.Status
	}
	topics, provinces := joinList(sub.Topics), joinList(sub.Provinces)
	if status == old.Status && topics == old.Topics && provinces == old.Provinces {
		return false, nil
	}
	q := tx.NewUpdate().Model((*subscriberRow)(nil)).Set("status = ?", status).
		Set("topics = ?", topics).Set("provinces = ?", provinces).Where("id = ?", old.ID)
	if status == model.StatusActive && old.Status != model.StatusActive {
		q = q.Set("confirmed_at = ?", micros(now)).Set("bounces = 0")
	}
	if _, err := q.Exec(ctx); err != nil {
		return false, mapErr("store: import subscriber "+old.Email, err)
	}
	return true, nil
}
