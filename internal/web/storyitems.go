package web

import (
	"context"
	"strconv"
	"time"

	"bantin/feeds"
	"bantin/internal/model"
	"bantin/internal/store"
)

// storyItems returns the items of a feed of stories (per=story): at most
// q.Limit stories matching q, one item each, as the pages' latest stories
// list them — the same store query (StoryLeadRefs: each story by its
// newest row that q selects, newest first, a copy standing for its
// article), each story once — each item the story's lead article with its
// story (feeds.Item.Story: the story's page and its outlet count, as "N
// nguồn" shows it; no story for an article filed in none) and, like every
// feed item, "Xem cả N nguồn" ending its content when N > 1. It also
// returns the latest time bantin stored or changed something the items
// show: a lead, or any report of a lead's story (the story's count, and
// the older report whose picture stands in, come from them).
//
// An item that stands for a story is the story's, not its lead's: its id
// is the story's (storyItemID, by the story's first-stored report), the
// same whichever report leads, so a reader shows one item a story and
// updates it in place when a newer report takes the lead; its link,
// title, text, date published and picture stay the lead's (the picture,
// when the lead has none, the story's: storyPictureURLs); its updated
// time is its lead row's (LeadRef.At, the newest report the feed selects)
// when that is later than the lead's own, so that a reader following
// updates sees the story move.
//
// The leads' items come from the item cache of the content version
// (articleItems), as a feed of reports' do: a feed of stories reads its
// lead rows, the leads no other feed showed since the last ingest, and
// the pictures of the stories whose lead has none.
func (s *Server) storyItems(ctx context.Context, q feedQuery, version int64) ([]feeds.Item, time.Time, error) {
	refs, err := s.st.StoryLeadRefs(ctx, q.filter(), time.Time{}, 0, q.Limit)
	if err != nil {
		return nil, time.Time{}, err
	}
	ids := make([]int64, len(refs))
	for i, r := range refs {
		ids[i] = r.ID
	}
	items, err := s.articleItems(ctx, version, ids)
	if err != nil {
		return nil, time.Time{}, err
	}
	picked := pickStoryItems(refs, items, q.Limit)
	var bare []int64
	for _, p := range picked {
		if p.cluster != 0 && p.ImageURL == "" {
			bare = append(bare, p.cluster)
		}
	}
	pics, err := s.storyPictureURLs(ctx, bare)
	if err != nil {
		return nil, time.Time{}, err
	}
	out := make([]feeds.Item, 0, len(picked))
	var changed time.Time
	for _, p := range picked {
		it := p.Item
		if p.cluster != 0 {
			it.ID = s.storyItemID(cmp0(p.story.First, p.cluster))
			it.Updated = later(it.Updated, p.at)
			it.Story = &feeds.Story{URL: s.absURL(storyPath(p.cluster)), Sources: max(p.story.Sources, 1)}
			if it.ImageURL == "" {
				it.ImageURL = pics[p.cluster]
			}
			changed = later(changed, p.story.Changed)
		}
		out = append(out, it)
		changed = later(changed, p.changed)
	}
	return out, changed, nil
}

// storyItem is the lead of a story in a feed of stories: its item, and
// the publication of the row that placed it (LeadRef.At).
type storyItem struct {
	feedItem
	at time.Time
}

// pickStoryItems returns the items of refs (items has the same index; a
// zero item, an article deleted since, is left out), each story once (its
// first), at most n: pickStories on items.
func pickStoryItems(refs []store.LeadRef, items []feedItem, n int) []storyItem {
	seen := map[int64]bool{}
	out := make([]storyItem, 0, min(len(refs), n))
	for i := range refs {
		it := items[i]
		if it.ID == "" || it.cluster != 0 && seen[it.cluster] {
			continue
		}
		if len(out) == n {
			break
		}
		seen[it.cluster] = true
		out = append(out, storyItem{it, refs[i].At})
	}
	return out
}

// cmp0 is a, or b when a is 0.
func cmp0(a, b int64) int64 {
	if a != 0 {
		return a
	}
	return b
}

// storyItemID is the permanent id of the item that stands for a story in
// a feed of stories: "tag:HOST,2026:story/ID", a tag: URI like the feeds'
// own ids, distinct from every article's item id, ID being the article
// id of the story's first-stored report (store.StoryFact.First). A report
// that joins the story is stored after it, so the id stays as the story
// grows, and it stays when a re-clustering files the story under another
// cluster id (its page, /stories/ID, moves) as long as that report stays
// in it. For a story clustered as it arrived, ID is the id its page had
// when it began, though not always (a pass that stores several reports of
// a new story at once names the story by its earliest published one).
func (s *Server) storyItemID(first int64) string {
	return feeds.TagURI(s.base.Hostname(), tagYear, "story/"+strconv.FormatInt(first, 10))
}

// storyPictureCandidates is how many of a story's newest pictures
// storyPictureURLs asks for: the first that passes urlpolicy stands in, so a
// newer report's unusable picture does not hide an older one's.
const storyPictureCandidates = 5

// storyPictureURLs returns, for each of the stories ids that has one, the
// picture that stands for the story where the report a list shows has
// none: the newest that passes urlpolicy (in its canonical spelling) among
// the story's storyPictureCandidates newest reports with one
// (StoryPictures), so that a story is not shown bare while another
// outlet's report of it has a picture. It returns the store error.
func (s *Server) storyPictureURLs(ctx context.Context, ids []int64) (map[int64]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	pics, err := s.st.StoryPictures(ctx, ids, storyPictureCandidates)
	if err != nil {
		return nil, err
	}
	out := make(map[int64]string, len(pics))
	for id, urls := range pics {
		for _, pic := range urls {
			if u := publicURL(pic); u != "" {
				out[id] = u
				break
			}
		}
	}
	return out, nil
}

// storyPictures gives each of picked, the reports that stand for their
// stories in a list, that has no picture (none that passes urlpolicy) its
// story's (storyPictureURLs). It changes picked's ImageURL in place and
// returns the store error.
func (s *Server) storyPictures(ctx context.Context, picked []*model.Article) error {
	var bare []int64
	for _, a := range picked {
		if a.ClusterID != 0 && publicURL(a.ImageURL) == "" {
			bare = append(bare, a.ClusterID)
		}
	}
	pics, err := s.storyPictureURLs(ctx, bare)
	if err != nil {
		return err
	}
	for _, a := range picked {
		if pic, ok := pics[a.ClusterID]; ok && a.ClusterID != 0 && publicURL(a.ImageURL) == "" {
			a.ImageURL = pic
		}
	}
	return nil
}
