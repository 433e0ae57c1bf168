package web

import (
	"context"
	"time"

	"bantin/feeds"
	"bantin/internal/model"
)

// storyItems returns the items of a feed of stories (per=story): at most
// q.Limit stories matching q, one item each, as the pages' latest stories
// list them — the same store query (StoryLeads: each story by its newest
// row that q selects, newest first, a copy standing for its article) and
// the same pick (pickStories) — each item the story's lead article with
// its story (feeds.Item.Story: the story's page and its outlet count,
// StorySizes, as "N nguồn" shows it; no story for an article filed in
// none) and, like every feed item, "Xem cả N nguồn" ending its content
// when N > 1. It also returns the latest time one of the leads was
// stored or changed (zero when there are none).
//
// The items are not the item cache's (itemCache): a lead is read with its
// article by StoryLeads anyway, and an item here carries its story.
func (s *Server) storyItems(ctx context.Context, q feedQuery) ([]feeds.Item, time.Time, error) {
	leads, err := s.st.StoryLeads(ctx, q.filter(), time.Time{}, 0, q.Limit)
	if err != nil {
		return nil, time.Time{}, err
	}
	arts := make([]model.Article, len(leads))
	for i := range leads {
		arts[i] = leads[i].Article
	}
	picked, _ := pickStories(arts, q.Limit, nil)
	sizes, err := s.st.StorySizes(ctx, clusterIDs(arts))
	if err != nil {
		return nil, time.Time{}, err
	}
	out := make([]feeds.Item, 0, len(picked))
	var changed time.Time
	for _, a := range picked {
		it := s.item(a)
		if a.ClusterID != 0 {
			n := max(sizes[a.ClusterID], 1)
			s.linkStory(&it, a, n)
			it.Story = &feeds.Story{URL: s.absURL(storyPath(a.ClusterID)), Sources: n}
		}
		out = append(out, it)
		changed = later(changed, later(a.FetchedAt, a.UpdatedAt))
	}
	return out, changed, nil
}
