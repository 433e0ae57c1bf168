package store

import (
	"context"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// MaxThreadSegments caps how many segments ThreadSegments lists on each
// side of a story.
const MaxThreadSegments = 50

// ThreadSegment is one segment of a story's thread: another story (its
// cluster id, /stories/{id}) about the same event.
type ThreadSegment struct {
	ID          int64
	First, Last time.Time // its earliest and latest publication
	Title       string    // the heading of its page (vntext.CentralTitle of its titles)
	Sources     int       // distinct outlets with an article in it (model.OutletKey)
}

// ThreadSiblings is what ThreadSegments finds around a story: the nearest
// segments of its thread before and after it, and how many more there are.
type ThreadSiblings struct {
	Before, After         []ThreadSegment // each oldest first
	MoreBefore, MoreAfter int             // segments on that side not listed
}

// Len returns the number of segments listed.
func (t ThreadSiblings) Len() int { return len(t.Before) + len(t.After) }

// ThreadSegments returns the other segments of the thread of the story
// (segment, a cluster id), in the order of their first publication (then
// their id), at most each (capped to MaxThreadSegments) on either side of
// the story, the nearest ones. A story whose thread has no other segment,
// an unknown story and a story whose thread is 0 (written by a release
// before threads) have none. It reads one thread's entries of the index
// articles_thread_segments and the rows of the segments listed; it returns
// the store error.
func (s *Store) ThreadSegments(ctx context.Context, segment int64, each int) (ThreadSiblings, error) {
	var out ThreadSiblings
	each = min(each, MaxThreadSegments)
	if segment <= 0 || each <= 0 {
		return out, nil
	}
	var rows []segmentRow
	// The segments of the thread numbered in time order; those within each
	// places of the story's own.
	err := s.db.NewRaw(`WITH seg AS (
			SELECT cluster_id AS id, MIN(published_at) AS first, MAX(published_at) AS last FROM articles
			WHERE thread_id = (SELECT `+s.threadColumn("articles")+` FROM articles WHERE cluster_id = ? LIMIT 1)
				AND thread_id <> 0 AND cluster_id <> 0
			GROUP BY cluster_id),
		ranked AS (SELECT id, first, last, ROW_NUMBER() OVER (ORDER BY first, id) AS pos, COUNT(*) OVER () AS total FROM seg)
		SELECT r.id, r.first, r.last, r.pos, me.pos AS at, r.total FROM ranked AS r JOIN ranked AS me ON me.id = ?
		WHERE r.id <> me.id AND r.pos BETWEEN me.pos - ? AND me.pos + ?
		ORDER BY r.pos LIMIT ?`, segment, segment, each, each, 2*each).Scan(ctx, &rows)
	if err != nil {
		return out, mapErr("store: thread segments", err)
	}
	if len(rows) == 0 {
		return out, nil
	}
	heads, err := s.segmentHeads(ctx, rows)
	if err != nil {
		return out, err
	}
	for _, r := range rows {
		h, ok := heads[r.ID]
		if !ok { // its articles removed between the two reads
			continue
		}
		seg := ThreadSegment{ID: r.ID, First: fromMicros(r.First), Last: fromMicros(r.Last), Title: h.title, Sources: h.sources}
		if r.Pos < r.At {
			out.Before = append(out.Before, seg)
		} else {
			out.After = append(out.After, seg)
		}
	}
	out.MoreBefore = rows[0].At - 1 - len(out.Before)
	out.MoreAfter = rows[0].Total - rows[0].At - len(out.After)
	return out, nil
}

// segmentRow is one segment of a thread as ThreadSegments reads it: its
// span (stored microseconds), its place in the thread's time order (from
// 1), the story's own place and the thread's number of segments.
type segmentRow struct {
	ID    int64 `bun:"id"`
	First int64 `bun:"first"`
	Last  int64 `bun:"last"`
	Pos   int   `bun:"pos"`
	At    int   `bun:"at"`
	Total int   `bun:"total"`
}

// segmentHead is what a segment's entry shows besides its span.
type segmentHead struct {
	title   string
	sources int
}

// segmentHeads returns, for the segments of rows (at most
// 2*MaxThreadSegments), each one's heading as its page picks it (see
// headings) and its outlet count.
func (s *Store) segmentHeads(ctx context.Context, rows []segmentRow) (map[int64]segmentHead, error) {
	ids := make([]int64, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	var arts []headRow
	err := s.db.NewRaw(`SELECT cluster_id, id, url, title FROM articles WHERE cluster_id IN (?) AND `+storyRow("articles")+`
		ORDER BY cluster_id, published_at, id`, bun.List(ids)).Scan(ctx, &arts)
	if err != nil {
		return nil, mapErr("store: thread segment heads", err)
	}
	var sizes []struct {
		ID      int64 `bun:"cluster_id"`
		Sources int   `bun:"sources"`
	}
	err = s.db.NewRaw(`SELECT cluster_id, `+outletCount("articles")+` AS sources FROM articles WHERE cluster_id IN (?) AND `+storyRow("articles")+` GROUP BY cluster_id`,
		bun.List(ids)).Scan(ctx, &sizes)
	if err != nil {
		return nil, mapErr("store: thread segment sizes", err)
	}
	titles := headings(arts)
	out := make(map[int64]segmentHead, len(sizes))
	for _, z := range sizes {
		if t, ok := titles[z.ID]; ok { // else its articles went between the reads
			out[z.ID] = segmentHead{title: t, sources: z.Sources}
		}
	}
	return out, nil
}

// headRow is an article as a segment's heading is chosen from it.
type headRow struct {
	Cluster int64  `bun:"cluster_id"`
	ID      int64  `bun:"id"`
	URL     string `bun:"url"`
	Title   string `bun:"title"`
}

// headings returns each story's heading from its articles arts (grouped by
// story, in publication order, then id) as its page picks it: without an
// outlet's repeats (model.DropRepeats), the title vntext.CentralTitle picks.
func headings(arts []headRow) map[int64]string {
	out := map[int64]string{}
	for start := 0; start < len(arts); {
		end := start
		for end < len(arts) && arts[end].Cluster == arts[start].Cluster {
			end++
		}
		story := model.DropRepeatsFunc(slices.Clone(arts[start:end]), func(a *headRow) (int64, string) {
			return a.ID, model.RepeatKey(a.URL, a.Title)
		})
		titles := make([]string, len(story))
		for i := range story {
			titles[i] = story[i].Title
		}
		out[arts[start].Cluster] = titles[vntext.CentralTitle(titles)]
		start = end
	}
	return out
}
