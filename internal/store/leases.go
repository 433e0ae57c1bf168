package store

import (
	"context"
	"time"
)

// LeaseHolder is one lease owner holding unexpired leases at some time.
type LeaseHolder struct {
	Owner   string
	Sources int       // sources it holds
	Digests int       // digest rows it holds
	Until   time.Time // when the last of its leases expires
}

// LeaseHolders returns every owner holding an unexpired lease on a source
// or a digest row at now, by owner.
func (s *Store) LeaseHolders(ctx context.Context, now time.Time) ([]LeaseHolder, error) {
	var rows []struct {
		Owner string `bun:"owner"`
		Kind  string `bun:"kind"`
		N     int    `bun:"n"`
		Until int64  `bun:"until"`
	}
	err := s.db.NewRaw(`SELECT lease_owner AS owner, 's' AS kind, COUNT(*) AS n, MAX(lease_until) AS until
		FROM sources WHERE lease_owner <> '' AND lease_until >= ? GROUP BY lease_owner
		UNION ALL
		SELECT lease_owner AS owner, 'd' AS kind, COUNT(*) AS n, MAX(lease_until) AS until
		FROM digests WHERE lease_owner <> '' AND lease_until >= ? GROUP BY lease_owner
		ORDER BY owner`, micros(now), micros(now)).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: lease holders", err)
	}
	var out []LeaseHolder
	for _, r := range rows {
		if len(out) == 0 || out[len(out)-1].Owner != r.Owner {
			out = append(out, LeaseHolder{Owner: r.Owner})
		}
		h := &out[len(out)-1]
		if r.Kind == "s" {
			h.Sources = r.N
		} else {
			h.Digests = r.N
		}
		if u := fromMicros(r.Until); u.After(h.Until) {
			h.Until = u
		}
	}
	return out, nil
}
