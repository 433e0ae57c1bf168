package web

import (
	"cmp"
	"context"

	"bantin/internal/model"
	"bantin/internal/store"
	"bantin/internal/vntext"
)

// topStories returns the views of up to n stories of f ranked by
// store.TopStories, keeping those covered by at least minSources outlets
// and only the best-ranked story of a thread (a week may hold a subject's
// stories before and after a silence: the page of the one shown lists the
// others), each shown by the article f selects that best says what the
// story is about (storyLead), and the set of their ids.
func (s *Server) topStories(ctx context.Context, f model.Filter, n, minSources int) ([]articleView, map[int64]bool, error) {
	ids, stats, err := s.topStoryIDs(ctx, f, n, minSources)
	if err != nil {
		return nil, nil, err
	}
	arts, err := s.st.StoryArticles(ctx, ids...)
	if err != nil {
		return nil, nil, err
	}
	selected := map[int64][]*model.Article{}
	for i := range arts { // newest first
		a := &arts[i]
		if topics, provinces := tagSlugs(a); f.MatchesTags(topics, provinces) {
			selected[a.ClusterID] = append(selected[a.ClusterID], a)
		}
	}
	var out []articleView
	shown := map[int64]bool{}
	for _, st := range stats {
		if a := storyLead(selected[st.ID]); a != nil {
			v := s.articleView(a)
			v.Sources = st.Sources
			out = append(out, v)
			shown[st.ID] = true
		}
	}
	return out, shown, nil
}

// topStoryIDs returns the ids of up to n stories of f by rank with at least
// minSources outlets, one per thread, and the ranked stories they came from.
// It asks for a few more than n, as some share a thread.
func (s *Server) topStoryIDs(ctx context.Context, f model.Filter, n, minSources int) ([]int64, []store.StoryStat, error) {
	stats, err := s.st.TopStories(ctx, f, n+n/2+1)
	if err != nil {
		return nil, nil, err
	}
	var ids []int64
	for _, st := range stats {
		if st.Sources >= minSources {
			ids = append(ids, st.ID)
		}
	}
	threads, err := s.st.StoryThreads(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	seen := map[int64]bool{}
	out := ids[:0]
	for _, id := range ids {
		th := cmp.Or(threads[id], id)
		if len(out) < n && !seen[th] {
			seen[th] = true
			out = append(out, id)
		}
	}
	return out, stats, nil
}

// storyLead returns the article that shows a story in a list: of arts
// (newest first), the one whose title best says what they are about
// (vntext.CentralOrder; on a tie, or with fewer than three, the newest)
// among those with an image that passes urlpolicy (publicURL) when any has
// one, so that the list keeps its pictures; nil when arts is empty.
func storyLead(arts []*model.Article) *model.Article {
	titles, withImage := make([]string, len(arts)), make([]bool, len(arts))
	for i, a := range arts {
		titles[i], withImage[i] = a.Title, publicURL(a.ImageURL) != ""
	}
	if i := vntext.CentralPreferred(titles, withImage); i >= 0 {
		return arts[i]
	}
	return nil
}
