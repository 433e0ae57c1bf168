package web

import (
	"context"
	"strconv"
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
// An item that stands for a story is the story's, not its lead's: its id
// is the story's (storyItemID), the same whichever report leads, so a
// reader shows one item a story and updates it in place when a newer
// report takes the lead; its link, title, text, date published and
// picture stay the lead's (the picture, when the lead has none, the
// story's: storyPictures); its updated time is its lead row's (Lead.At,
// the newest report the feed selects) when that is later than the lead's
// own, so that a reader following updates sees the story move.
//
// The items are not the item cache's (itemCache): a lead is read with its
// article by StoryLeads anyway, and an item here carries its story.
func (s *Server) storyItems(ctx context.Context, q feedQuery) ([]feeds.Item, time.Time, error) {
	leads, err := s.st.StoryLeads(ctx, q.filter(), time.Time{}, 0, q.Limit)
	if err != nil {
		return nil, time.Time{}, err
	}
	arts := make([]model.Article, len(leads))
	at := make(map[int64]time.Time, len(leads)) // article id → its lead row's time
	for i := range leads {
		arts[i] = leads[i].Article
		at[leads[i].ID] = leads[i].At
	}
	picked, _ := pickStories(arts, q.Limit, nil)
	sizes, err := s.st.StorySizes(ctx, clusterIDs(arts))
	if err != nil {
		return nil, time.Time{}, err
	}
	if err := s.storyPictures(ctx, picked); err != nil {
		return nil, time.Time{}, err
	}
	out := make([]feeds.Item, 0, len(picked))
	var changed time.Time
	for _, a := range picked {
		it := s.item(a)
		if a.ClusterID != 0 {
			n := max(sizes[a.ClusterID], 1)
			s.linkStory(&it, a, n)
			it.ID = s.storyItemID(a.ClusterID)
			it.Updated = later(it.Updated, at[a.ID])
			it.Story = &feeds.Story{URL: s.absURL(storyPath(a.ClusterID)), Sources: n}
		}
		out = append(out, it)
		changed = later(changed, later(a.FetchedAt, a.UpdatedAt))
	}
	return out, changed, nil
}

// storyItemID is the permanent id of the item that stands for story id in
// a feed of stories: "tag:HOST,2026:story/ID", a tag: URI like the feeds'
// own ids, distinct from every article's item id. It lasts as long as the
// story's page, /stories/ID (a story's id is the row id of the report that
// began it), whichever of its reports leads.
func (s *Server) storyItemID(id int64) string {
	return feeds.TagURI(s.base.Hostname(), tagYear, "story/"+strconv.FormatInt(id, 10))
}

// storyPictureCandidates is how many of a story's newest pictures
// storyPictures asks for: the first that passes urlpolicy stands in, so a
// newer report's unusable picture does not hide an older one's.
const storyPictureCandidates = 5

// storyPictures gives each of picked, the reports that stand for their
// stories in a list, that has no picture (none that passes urlpolicy) its
// story's: the newest picture that passes urlpolicy among the story's
// storyPictureCandidates newest reports with one (StoryPictures), so that
// a story is not shown bare while another outlet's report of it has a
// picture. It changes picked's ImageURL in place and returns the store
// error.
func (s *Server) storyPictures(ctx context.Context, picked []*model.Article) error {
	var bare []int64
	for _, a := range picked {
		if a.ClusterID != 0 && publicURL(a.ImageURL) == "" {
			bare = append(bare, a.ClusterID)
		}
	}
	if len(bare) == 0 {
		return nil
	}
	pics, err := s.st.StoryPictures(ctx, bare, storyPictureCandidates)
	if err != nil {
		return err
	}
	for _, a := range picked {
		if a.ClusterID == 0 || publicURL(a.ImageURL) != "" {
			continue
		}
		for _, pic := range pics[a.ClusterID] {
			if publicURL(pic) != "" {
				a.ImageURL = pic
				break
			}
		}
	}
	return nil
}
