package store

import (
	"context"
	"slices"
	"strings"
	"time"
)

// RetitleProbe asks for an article of one source stored under another link
// of the same upstream article (see ingest.RetitleMatch): a key other than
// Key that starts with Prefix and ends with one of Suffixes, published
// within RetitleWindow of PublishedAt.
type RetitleProbe struct {
	Key, Prefix string
	Suffixes    []string
	PublishedAt time.Time
}

// RetitleWindow bounds how far apart the two publication times of one
// upstream article under two links may be. Outlets re-date what they
// rewrite: Tuổi Trẻ a live page turned into its report (3 h later), both
// outlets an edited article (minutes to a day); in the news corpus's
// training days 834 of 877 such ids kept their time and 42 of the other 43
// moved by at most 35 h. The window only bounds the rows read: the id is
// the outlet's, one article, and its old link leads to the new one.
const RetitleWindow = 48 * time.Hour

// Retitled is a stored article found by a RetitleProbe, with the key it is
// stored under.
type Retitled struct {
	ArticleState
	Key string
}

// retitleChunk bounds the probes one query asks for (each with its few
// suffixes).
const retitleChunk = 200

// RetitledStates returns, by probe key, the newest stored article of the
// source that each probe finds; probes that find none are absent. The
// probes' windows are merged into spans of time, and each span is read on
// the index of a source's articles by publication time, keeping keys that
// end in one of its probes' suffixes (retitleChunk a query), then matched
// here. An error is the store's, wrapped.
func (s *Store) RetitledStates(ctx context.Context, sourceID int64, probes []RetitleProbe) (map[string]Retitled, error) {
	out := map[string]Retitled{}
	for _, sp := range retitleSpans(probes) {
		for chunk := range slices.Chunk(sp.probes, retitleChunk) {
			rows, err := s.retitleRows(ctx, sourceID, sp.from, sp.to, chunk)
			if err != nil {
				return nil, err
			}
			for _, r := range rows {
				for _, p := range chunk {
					if r.Key != p.Key && strings.HasPrefix(r.Key, p.Prefix) && hasAnySuffix(r.Key, p.Suffixes) &&
						within(r.PublishedAt, micros(p.PublishedAt), RetitleWindow) {
						out[p.Key] = Retitled{Key: r.Key, ArticleState: r.state()}
					}
				}
			}
		}
	}
	return out, nil
}

// hasAnySuffix reports whether key ends in one of suffixes.
func hasAnySuffix(key string, suffixes []string) bool {
	return slices.ContainsFunc(suffixes, func(s string) bool { return strings.HasSuffix(key, s) })
}

// retitleRows reads the source's articles published from..to (µs) whose
// key ends in one of probes' suffixes, oldest id first. A suffix is "-",
// digits, perhaps a live marker of lower-case letters and "-", and
// ".htm(l)" (ingest.RetitleMatch.Suffixes): nothing LIKE reads as a
// wildcard.
func (s *Store) retitleRows(ctx context.Context, sourceID, from, to int64, probes []RetitleProbe) ([]stateRow, error) {
	var rows []stateRow
	q := s.db.NewSelect().TableExpr("articles").ColumnExpr(stateColumns).
		Where("source_id = ?", sourceID).Where("published_at BETWEEN ? AND ?", from, to).OrderExpr("id")
	seen := map[string]bool{}
	var likes []string
	var args []any
	for _, p := range probes {
		for _, suf := range p.Suffixes {
			if !seen[suf] {
				seen[suf] = true
				likes, args = append(likes, "key LIKE ?"), append(args, "%"+suf)
			}
		}
	}
	q = q.Where("("+strings.Join(likes, " OR ")+")", args...)
	if err := q.Scan(ctx, &rows); err != nil {
		return nil, mapErr("store: retitled articles", err)
	}
	return rows, nil
}

// retitleSpan is a span of publication times (µs) and the probes whose
// windows it covers.
type retitleSpan struct {
	from, to int64
	probes   []RetitleProbe
}

// retitleSpans merges the probes' windows into disjoint spans, in order.
func retitleSpans(probes []RetitleProbe) []retitleSpan {
	sorted := slices.SortedFunc(slices.Values(probes), func(a, b RetitleProbe) int { return a.PublishedAt.Compare(b.PublishedAt) })
	w := RetitleWindow.Microseconds()
	var spans []retitleSpan
	for _, p := range sorted {
		at := micros(p.PublishedAt)
		if n := len(spans); n > 0 && at-w <= spans[n-1].to {
			spans[n-1].to = at + w
			spans[n-1].probes = append(spans[n-1].probes, p)
			continue
		}
		spans = append(spans, retitleSpan{from: at - w, to: at + w, probes: []RetitleProbe{p}})
	}
	return spans
}

// within reports whether the times a and b (µs) are at most d apart.
func within(a, b int64, d time.Duration) bool {
	diff := a - b
	return diff >= -d.Microseconds() && diff <= d.Microseconds()
}
