package store

import (
	"context"
	"time"

	"github.com/uptrace/bun"
)

// StoryFact is what a list shows of a story besides its lead report:
// how widely it was covered, the report that names it for good, and when
// bantin last stored or changed one of its reports.
type StoryFact struct {
	// Sources is the number of distinct outlets that covered the story
	// (model.OutletKey, copies as their articles: StorySizes).
	Sources int
	// First is the id of the story's first-stored report (its lowest
	// article id). Reports that join later are stored later and have
	// higher ids, so First stays while the story grows, and stays when a
	// re-clustering moves the story under another cluster id as long as
	// that report stays in it: what a feed of stories keys its item by.
	First int64
	// Changed is the latest time one of the story's reports was stored
	// or changed (its fetch or update time, whichever is later): a
	// report that joins, or the older report whose picture stands for the
	// story, moves it.
	Changed time.Time
}

// StoryFacts returns the StoryFact of each of the given story (cluster)
// ids that has reports, in one query over the story's rows (a copy filed
// in another story than its article's is not one of them: storyRow). Ids
// with none are left out of the map.
func (s *Store) StoryFacts(ctx context.Context, ids []int64) (map[int64]StoryFact, error) {
	out := make(map[int64]StoryFact, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	var rows []struct {
		ID      int64 `bun:"cluster_id"`
		Sources int   `bun:"sources"`
		First   int64 `bun:"first"`
		Fetched int64 `bun:"fetched"`
		Updated int64 `bun:"updated"`
	}
	err := s.db.NewRaw(`SELECT a.cluster_id, `+outletCount("a")+` AS sources, MIN(a.id) AS first,
		MAX(a.fetched_at) AS fetched, MAX(a.updated_at) AS updated FROM articles AS a
		WHERE a.cluster_id IN (?) AND `+storyRow("a")+` GROUP BY a.cluster_id`, bun.List(dedupeIDs(ids))).Scan(ctx, &rows)
	if err != nil {
		return nil, mapErr("store: story facts", err)
	}
	for _, r := range rows {
		out[r.ID] = StoryFact{Sources: r.Sources, First: r.First, Changed: fromMicros(max(r.Fetched, r.Updated))}
	}
	return out, nil
}
