package store

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun"
)

// RetitleProbe asks for an article of one source stored under another link
// of the same upstream article (see ingest.RetitleMatch): a key other than
// Key that starts with Prefix and ends with Suffix, published at
// PublishedAt.
type RetitleProbe struct {
	Key, Prefix, Suffix string
	PublishedAt         time.Time
}

// Retitled is a stored article found by a RetitleProbe, with the key it is
// stored under.
type Retitled struct {
	ArticleState
	Key string
}

// retitleChunk bounds the publication times one query asks for.
const retitleChunk = 500

// RetitledStates returns, by probe key, the newest stored article of the
// source that each probe finds; probes that find none are absent. The
// source's articles published at the probes' times are read on the index of
// a source's articles by publication time, retitleChunk times a query, and
// matched here. An error is the store's, wrapped.
func (s *Store) RetitledStates(ctx context.Context, sourceID int64, probes []RetitleProbe) (map[string]Retitled, error) {
	at := map[int64][]RetitleProbe{}
	var times []int64
	for _, p := range probes {
		us := micros(p.PublishedAt)
		if _, ok := at[us]; !ok {
			times = append(times, us)
		}
		at[us] = append(at[us], p)
	}
	out := map[string]Retitled{}
	for len(times) > 0 {
		n := min(len(times), retitleChunk)
		var rows []stateRow
		err := s.db.NewRaw(`SELECT `+stateColumns+` FROM articles
			WHERE source_id = ? AND published_at IN (?) ORDER BY id`, sourceID, bun.List(times[:n])).Scan(ctx, &rows)
		if err != nil {
			return nil, mapErr("store: retitled articles", err)
		}
		times = times[n:]
		for _, r := range rows {
			for _, p := range at[r.PublishedAt] {
				if r.Key != p.Key && strings.HasPrefix(r.Key, p.Prefix) && strings.HasSuffix(r.Key, p.Suffix) {
					out[p.Key] = Retitled{Key: r.Key, ArticleState: r.state()}
				}
			}
		}
	}
	return out, nil
}
