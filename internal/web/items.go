package web

import (
	"context"
	"html"
	"strconv"
	"sync"
	"time"

	"bantin/feeds"
	"bantin/internal/model"
	"bantin/internal/store"
)

// itemCache keeps converted feed items by article id for one content
// version, so that a feed missing from the body cache reads only the ids of
// its articles (from tag indexes) and the articles no other feed showed
// since the last ingest. It is safe for concurrent use.
type itemCache struct {
	max     int64 // bytes of item text; a random quarter is evicted when full; negative disables
	mu      sync.Mutex
	version int64
	size    int64
	items   map[int64]feedItem
}

// feedItem is an article as a feed item, when bantin last stored a change
// of it (its fetch time), and its story (cluster 0: none) with the story's
// facts at the item's content version (sizes, first report, last change).
type feedItem struct {
	feeds.Item
	changed time.Time
	cluster int64
	story   store.StoryFact
}

func newItemCache(max int64) *itemCache { return &itemCache{max: max, items: map[int64]feedItem{}} }

// itemSize approximates the memory an item holds: its strings and a fixed
// overhead for the struct and the map entry.
func itemSize(it *feedItem) int64 {
	n := len(it.ID) + len(it.URL) + len(it.Title) + len(it.Summary) + len(it.ContentHTML) +
		len(it.AuthorName) + len(it.ImageURL) + len(it.SourceName) + len(it.SourceURL) + 400
	for _, c := range it.Categories {
		n += len(c.Term) + len(c.Label) + len(c.Scheme) + 48
	}
	return int64(n)
}

// lookup fills out[i] for each cached ids[i] and returns the ids not cached.
func (c *itemCache) lookup(version int64, ids []int64, out []feedItem) (missing []int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version {
		c.version, c.items, c.size = version, map[int64]feedItem{}, 0
	}
	for i, id := range ids {
		if it, ok := c.items[id]; ok {
			out[i] = it
		} else {
			missing = append(missing, id)
		}
	}
	return missing
}

func (c *itemCache) store(version int64, items map[int64]feedItem) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != version || c.max < 0 {
		return
	}
	var add int64
	for _, it := range items {
		add += itemSize(&it)
	}
	if c.size+add > c.max {
		// Evict at random (map order is random) down to three quarters,
		// not everything, so that a full cache does not turn every feed
		// cold at once.
		for id, it := range c.items {
			if c.size+add <= 3*c.max/4 {
				break
			}
			c.size -= itemSize(&it)
			delete(c.items, id)
		}
	}
	for id, it := range items {
		if _, dup := c.items[id]; !dup {
			c.size += itemSize(&it)
		}
		c.items[id] = it
	}
}

// feedItems returns the items of at most q.Limit articles matching q
// (with q.PerStory, of stories: storyItems),
// newest first, an article that several feeds of its outlet carried once
// (see assembleItems), and the latest time one of them, or the story its
// "Xem cả N nguồn" counts, was stored or changed (zero when there are
// none), reading from the database only the ids and the articles not
// cached for the content version. It reads a quarter more ids than
// q.Limit, so that repeats left out seldom shorten the feed.
func (s *Server) feedItems(ctx context.Context, q feedQuery, version int64) ([]feeds.Item, time.Time, error) {
	if q.PerStory {
		return s.storyItems(ctx, q, version)
	}
	f := q.filter()
	f.Limit = q.Limit + q.Limit/4 + 2
	ids, err := s.st.ArticleIDs(ctx, f)
	if err != nil {
		return nil, time.Time{}, err
	}
	items, err := s.articleItems(ctx, version, ids)
	if err != nil {
		return nil, time.Time{}, err
	}
	out, changed := assembleItems(ids, items, q.Limit)
	return out, changed, nil
}

// articleItems returns the feed items of the articles ids, same index (a
// zero item for an article deleted since the ids were read), from the item
// cache for version; the others are read (ArticlesByID, and their stories'
// StoryFacts: "Xem cả N nguồn" ends the content when N > 1) and cached.
func (s *Server) articleItems(ctx context.Context, version int64, ids []int64) ([]feedItem, error) {
	items := make([]feedItem, len(ids))
	missing := s.items.lookup(version, ids, items)
	if len(missing) == 0 {
		return items, nil
	}
	arts, err := s.st.ArticlesByID(ctx, missing)
	if err != nil {
		return nil, err
	}
	facts, err := s.st.StoryFacts(ctx, clusterIDs(arts))
	if err != nil {
		return nil, err
	}
	fresh := make(map[int64]feedItem, len(arts))
	for i := range arts {
		a := &arts[i]
		it := s.item(a)
		s.linkStory(&it, a, facts[a.ClusterID].Sources)
		fresh[a.ID] = feedItem{Item: it, changed: later(a.FetchedAt, a.UpdatedAt), cluster: a.ClusterID, story: facts[a.ClusterID]}
	}
	s.items.store(version, fresh)
	for i, id := range ids {
		if it, ok := fresh[id]; ok {
			items[i] = it
		}
	}
	return items, nil
}

// assembleItems returns the items of the articles ids, in their order (a
// zero item, an article deleted since the ids were read, left out), and
// the latest time one of them changed or, for an item whose content links
// its story's "N nguồn" (N > 1), its story did. Of the repeats of one
// article that several feeds of its outlet carried (the same link and
// title, as model.RepeatKey tells them) it keeps the first-stored copy
// (the lowest article id), at the place of the first. It returns at most
// limit items.
func assembleItems(ids []int64, items []feedItem, limit int) ([]feeds.Item, time.Time) {
	type idItem struct {
		id int64
		it feedItem
	}
	picked := make([]idItem, 0, len(ids))
	for i, id := range ids {
		if items[i].ID != "" {
			picked = append(picked, idItem{id, items[i]})
		}
	}
	picked = model.DropRepeatsFunc(picked, func(p *idItem) (int64, string) {
		return p.id, model.RepeatKey(p.it.URL, p.it.Title)
	})
	picked = picked[:min(len(picked), limit)]
	out := make([]feeds.Item, len(picked))
	var changed time.Time
	for i := range picked {
		out[i] = picked[i].it.Item
		changed = later(changed, picked[i].it.changed)
		if picked[i].it.cluster != 0 && picked[i].it.story.Sources > 1 {
			changed = later(changed, picked[i].it.story.Changed)
		}
	}
	return out, changed
}

// clusterIDs returns the story ids of arts.
func clusterIDs(arts []model.Article) []int64 {
	ids := make([]int64, 0, len(arts))
	for i := range arts {
		if arts[i].ClusterID != 0 {
			ids = append(ids, arts[i].ClusterID)
		}
	}
	return ids
}

// linkStory ends the content of an item whose story several outlets
// covered with a link to its full coverage: "Xem cả 3 nguồn đưa tin này".
// An item without content gets its summary as content first, as the
// formats would show it.
func (s *Server) linkStory(it *feeds.Item, a *model.Article, sources int) {
	if sources < 2 || a.ClusterID == 0 {
		return
	}
	if it.ContentHTML == "" && it.Summary != "" {
		it.ContentHTML = "<p>" + html.EscapeString(it.Summary) + "</p>"
	}
	it.ContentHTML += `<p><a href="` + s.absURL(storyPath(a.ClusterID)) + `">Xem cả ` + strconv.Itoa(sources) + " nguồn đưa tin này</a></p>"
}
