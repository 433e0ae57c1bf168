package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
)

type sourceRow struct {
	bun.BaseModel `bun:"table:sources"`

	ID                  int64  `bun:"id,pk,autoincrement"`
	URL                 string `bun:"url"`
	Name                string `bun:"name"`
	HomeProvince        string `bun:"home_province"`
	DefaultTopics       string `bun:"default_topics"`
	Language            string `bun:"language"`
	TimeZone            string `bun:"time_zone"`
	ETag                string `bun:"etag"`
	LastModified        string `bun:"last_modified"`
	NextFetchAt         int64  `bun:"next_fetch_at"`
	LeaseOwner          string `bun:"lease_owner"`
	LeaseUntil          int64  `bun:"lease_until"`
	LastFetchedAt       int64  `bun:"last_fetched_at"`
	LastStatus          int    `bun:"last_status"`
	LastError           string `bun:"last_error"`
	LastErrorDetail     string `bun:"last_error_detail"` // errorDetail's JSON
	ConsecutiveFailures int    `bun:"consecutive_failures"`
	RetiredAt           int64  `bun:"retired_at"`
	CreatedAt           int64  `bun:"created_at"`
}

func (r *sourceRow) model() model.Source {
	kind, feeds := decodeErrorDetail(r.LastError, r.LastErrorDetail)
	return model.Source{
		LastErrorKind: kind, LastErrorFeeds: feeds,
		ID: r.ID, URL: r.URL, Name: r.Name, HomeProvince: r.HomeProvince,
		DefaultTopics: splitList(r.DefaultTopics), Language: r.Language, TimeZone: r.TimeZone,
		ETag: r.ETag, LastModified: r.LastModified, NextFetchAt: fromMicros(r.NextFetchAt),
		LeaseOwner: r.LeaseOwner, LeaseUntil: fromMicros(r.LeaseUntil),
		LastFetchedAt: fromMicros(r.LastFetchedAt), LastStatus: r.LastStatus, LastError: r.LastError,
		ConsecutiveFailures: r.ConsecutiveFailures, RetiredAt: fromMicros(r.RetiredAt),
		CreatedAt: fromMicros(r.CreatedAt),
	}
}

func sourceRowOf(s *model.Source) *sourceRow {
	return &sourceRow{
		ID: s.ID, URL: s.URL, Name: s.Name, HomeProvince: s.HomeProvince,
		DefaultTopics: joinList(s.DefaultTopics), Language: s.Language, TimeZone: s.TimeZone,
		ETag: s.ETag, LastModified: s.LastModified, NextFetchAt: micros(s.NextFetchAt),
		LeaseOwner: s.LeaseOwner, LeaseUntil: micros(s.LeaseUntil),
		LastFetchedAt: micros(s.LastFetchedAt), LastStatus: s.LastStatus, LastError: s.LastError,
		LastErrorDetail:     encodeErrorDetail(s.LastError, s.LastErrorKind, s.LastErrorFeeds),
		ConsecutiveFailures: s.ConsecutiveFailures, RetiredAt: micros(s.RetiredAt),
		CreatedAt: micros(s.CreatedAt),
	}
}

// AddSource inserts src and sets its ID. It returns model.ErrConflict when a
// source with the same URL exists (or one spelt otherwise,
// urlpolicy.SameFeed), and a *MovedError (also
// model.ErrConflict) when the URL is one a source had before it moved.
// The insert and the check of old URLs are one transaction, the check
// after the insert: a move committed while the insert waited on the URL's
// unique index is seen by the check (PostgreSQL reads committed rows at
// each statement; SQLite holds its write lock throughout), so a fetch that
// moves a source cannot slip a second source in at the URL it left. Other
// spellings are checked last; no index holds the canonical form, so two
// adds of two spellings racing on PostgreSQL may both pass.
func (s *Store) AddSource(ctx context.Context, src *model.Source) error {
	if src.Language == "" {
		src.Language = "vi"
	}
	if src.TimeZone == "" {
		src.TimeZone = "Asia/Ho_Chi_Minh"
	}
	if src.CreatedAt.IsZero() {
		src.CreatedAt = time.Now()
	}
	row := sourceRowOf(src)
	row.ID = 0
	err := runTx(ctx, s.wdb, "store: add source", func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(row).ExcludeColumn("id").Returning("id").Exec(ctx, &row.ID); err != nil {
			return mapErr("store: add source "+src.URL, err)
		}
		to, err := movedSource(ctx, tx, src.URL)
		if err == nil {
			return &MovedError{URL: src.URL, To: to}
		}
		if !errors.Is(err, model.ErrNotFound) {
			return err
		}
		return sameFeedElsewhere(ctx, tx, src.URL, row.ID)
	})
	if err != nil {
		return err
	}
	src.ID = row.ID
	return nil
}

// Source returns the source with id, or model.ErrNotFound.
func (s *Store) Source(ctx context.Context, id int64) (model.Source, error) {
	var row sourceRow
	if err := s.db.NewSelect().Model(&row).Where("id = ?", id).Scan(ctx); err != nil {
		return model.Source{}, mapErr(fmt.Sprintf("store: source %d", id), err)
	}
	return row.model(), nil
}

// Sources returns every source, retired ones included, by id.
func (s *Store) Sources(ctx context.Context) ([]model.Source, error) {
	var rows []sourceRow
	if err := s.db.NewSelect().Model(&rows).Order("id").Scan(ctx); err != nil {
		return nil, mapErr("store: list sources", err)
	}
	out := make([]model.Source, len(rows))
	for i := range rows {
		out[i] = rows[i].model()
	}
	return out, nil
}

// RemoveSource deletes the source and its articles and bumps the content
// version, so that servers stop serving the articles from their caches. An
// article of it that other sources' rows are copies of is handed over to
// the earliest copy (handOverLinks). It returns model.ErrNotFound when
// there is no such source.
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	return runTx(ctx, s.wdb, "store: remove source", func(ctx context.Context, tx bun.Tx) error {
		if err := handOverLinks(ctx, tx, id); err != nil {
			return err
		}
		res, err := tx.NewDelete().Model((*sourceRow)(nil)).Where("id = ?", id).Exec(ctx)
		if err != nil {
			return mapErr("store: remove source", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("store: remove source %d: %w", id, model.ErrNotFound)
		}
		return bumpVersion(ctx, tx)
	})
}

// ClaimDue leases up to limit active sources whose next_fetch_at is at or
// before now and whose lease is free or expired, to owner until now+lease.
// On PostgreSQL the candidate rows are locked with FOR UPDATE SKIP LOCKED so
// that replicas claim disjoint sets; on SQLite the single writer does the
// same.
func (s *Store) ClaimDue(ctx context.Context, owner string, now time.Time, lease time.Duration, limit int) ([]model.Source, error) {
	return s.claim(ctx, owner, now, lease, "next_fetch_at <= ?", micros(now), "next_fetch_at, id", limit)
}

// ClaimAll leases, in id order, up to limit active unleased sources with an
// id above afterID, due or not: the pages of "fetch everything now".
func (s *Store) ClaimAll(ctx context.Context, owner string, now time.Time, lease time.Duration, afterID int64, limit int) ([]model.Source, error) {
	return s.claim(ctx, owner, now, lease, "id > ?", afterID, "id", limit)
}

// claim leases to owner until now+lease up to limit active, unleased
// sources that satisfy cond (one placeholder, arg), in order, and returns
// them as leased; none is an empty result, not an error. A database error
// is returned mapped (mapErr) with nothing leased.
func (s *Store) claim(ctx context.Context, owner string, now time.Time, lease time.Duration,
	cond string, arg any, order string, limit int) ([]model.Source, error) {
	lock := ""
	if s.engine == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	q := `UPDATE sources SET lease_owner = ?, lease_until = ?
		WHERE id IN (SELECT id FROM sources
			WHERE retired_at = 0 AND lease_until < ? AND ` + cond + `
			ORDER BY ` + order + ` LIMIT ?` + lock + `)
		RETURNING *`
	var rows []sourceRow
	if err := s.wdb.NewRaw(q, owner, micros(now.Add(lease)), micros(now), arg, limit).Scan(ctx, &rows); err != nil {
		return nil, mapErr("store: claim sources", err)
	}
	out := make([]model.Source, len(rows))
	for i := range rows {
		out[i] = rows[i].model()
	}
	slices.SortFunc(out, func(a, b model.Source) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// ClaimSource leases one source by id whatever its schedule. It returns
// model.ErrNotFound when there is no such active source and
// model.ErrLeaseLost when another worker holds its lease.
func (s *Store) ClaimSource(ctx context.Context, id int64, owner string, now time.Time, lease time.Duration) (model.Source, error) {
	var rows []sourceRow
	err := s.wdb.NewRaw(`UPDATE sources SET lease_owner = ?, lease_until = ?
		WHERE id = ? AND retired_at = 0 AND (lease_until < ? OR lease_owner = ?) RETURNING *`,
		owner, micros(now.Add(lease)), id, micros(now), owner).Scan(ctx, &rows)
	if err != nil {
		return model.Source{}, mapErr("store: claim source", err)
	}
	if len(rows) == 0 {
		src, err := s.Source(ctx, id)
		if err != nil {
			return model.Source{}, err
		}
		if src.Retired() {
			return model.Source{}, fmt.Errorf("store: source %d is retired: %w", id, model.ErrNotFound)
		}
		return model.Source{}, fmt.Errorf("store: source %d: %w", id, model.ErrLeaseLost)
	}
	return rows[0].model(), nil
}

// ReleaseSources gives back the leases owner holds on ids without
// touching the sources' bookkeeping: a fetch that was interrupted, or never
// started, is neither a success nor a failure, and the source is due again
// at once for any worker. It returns how many leases it released.
func (s *Store) ReleaseSources(ctx context.Context, ids []int64, owner string) (int, error) {
	if len(ids) == 0 {
		return 0, nil
	}
	res, err := s.wdb.NewRaw(`UPDATE sources SET lease_owner = '', lease_until = 0 WHERE id IN (?) AND lease_owner = ?`,
		bun.List(ids), owner).Exec(ctx)
	if err != nil {
		return 0, mapErr("store: release sources", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// ReleaseLeases gives back every lease a stopping process holds: on sources
// as sourceOwner and on digest rows as digestOwner. It returns how many of
// each it released; when releasing the digest rows fails, the source
// leases stay released and their count comes with the error.
func (s *Store) ReleaseLeases(ctx context.Context, sourceOwner, digestOwner string) (sources, digests int, err error) {
	res, err := s.wdb.NewRaw(`UPDATE sources SET lease_owner = '', lease_until = 0 WHERE lease_owner = ?`, sourceOwner).Exec(ctx)
	if err != nil {
		return 0, 0, mapErr("store: release source leases", err)
	}
	n, _ := res.RowsAffected()
	res, err = s.wdb.NewRaw(`UPDATE digests SET lease_owner = '', lease_until = 0 WHERE lease_owner = ?`, digestOwner).Exec(ctx)
	if err != nil {
		return int(n), 0, mapErr("store: release digest leases", err)
	}
	m, _ := res.RowsAffected()
	return int(n), int(m), nil
}

// SourceStats counts sources by state (new: never fetched, ok, failing,
// retired) and the active ones due at now: what /metrics shows. When the
// count of due sources fails it returns the states with the error.
func (s *Store) SourceStats(ctx context.Context, now time.Time) (map[string]int, int, error) {
	var rows []struct {
		State string `bun:"state"`
		N     int    `bun:"n"`
	}
	err := s.db.NewRaw(`SELECT CASE WHEN retired_at <> 0 THEN 'retired' WHEN last_fetched_at = 0 THEN 'new'
		WHEN consecutive_failures > 0 THEN 'failing' ELSE 'ok' END AS state, COUNT(*) AS n
		FROM sources GROUP BY 1`).Scan(ctx, &rows)
	if err != nil {
		return nil, 0, mapErr("store: source stats", err)
	}
	out := make(map[string]int, len(rows))
	for _, r := range rows {
		out[r.State] = r.N
	}
	var due int
	err = s.db.NewRaw("SELECT COUNT(*) FROM sources WHERE retired_at = 0 AND next_fetch_at <= ?", micros(now)).Scan(ctx, &due)
	return out, due, mapErr("store: due sources", err)
}
