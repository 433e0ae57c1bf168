package web

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/signing"
	"bantin/internal/tagwhy"
	"bantin/internal/vntext"
)

// articleView is an article as a page shows it.
type articleView struct {
	Title, URL, Source, Summary, ImageURL, Date, ISODate string
	Tags                                                 []navItem
	StoryURL                                             string // full coverage: /stories/{id}
	Sources                                              int    // outlets that covered the story
	Explained                                            bool   // some tag has a Why
}

// summaryRunes bounds the summary shown on a story card.
const summaryRunes = 280

func (s *Server) articleView(a *model.Article) articleView {
	v := articleView{Title: a.Title, URL: publicURL(a.URL), Source: a.SourceName, Summary: shorten(a.Summary, summaryRunes),
		ImageURL: publicURL(a.ImageURL), Date: a.PublishedAt.In(s.cfg.TimeZone).Format("15:04, 02/01/2006"),
		ISODate: a.PublishedAt.UTC().Format(time.RFC3339)}
	if a.ClusterID != 0 {
		v.StoryURL, v.Sources = s.path(storyPath(a.ClusterID)), 1
		if v.URL == "" { // no link that passes urlpolicy: the story's page stands in
			v.URL = v.StoryURL
		}
	}
	v.Tags = s.tagItems(a)
	v.Explained = slices.ContainsFunc(v.Tags, func(t navItem) bool { return t.Why != "" })
	return v
}

// tagItems lists an article's topics and provinces as links to their pages.
func (s *Server) tagItems(a *model.Article) []navItem {
	var out []navItem
	for _, t := range a.Topics {
		if tp, ok := s.cat.Topic(t.Topic); ok {
			out = append(out, navItem{Slug: tp.Slug, Name: tp.Name, Page: s.path("/topics/" + tp.Slug + "/"), Why: shown(tagwhy.Topic(t.Reason, s.names))})
		}
	}
	seen := map[string]bool{}
	for _, p := range a.Provinces {
		for _, slug := range []string{p.Province, p.Legacy} {
			if pr, ok := s.cat.Province(slug); ok && !seen[slug] {
				seen[slug] = true
				why := shown(tagwhy.Province(p.Reason, s.names))
				if slug == p.Legacy {
					why = shown(tagwhy.Legacy(p.Reason, slug, s.names))
				}
				out = append(out, navItem{Slug: pr.Slug, Name: pr.Label(), Page: s.path("/provinces/" + pr.Slug + "/"), Why: why})
			}
		}
	}
	return out
}

func storyPath(id int64) string { return signing.StoryPath + strconv.FormatInt(id, 10) }

// pickStories returns up to n of arts (newest first), one per story,
// leaving out the stories in skip, and whether arts holds an article of
// another story after the last one picked (rest: the list goes on).
func pickStories(arts []model.Article, n int, skip map[int64]bool) (picked []*model.Article, rest bool) {
	seen := map[int64]bool{}
	for i := range arts {
		a := &arts[i]
		if a.ClusterID != 0 && (skip[a.ClusterID] || seen[a.ClusterID]) {
			continue
		}
		if len(picked) == n {
			return picked, true
		}
		seen[a.ClusterID] = true
		picked = append(picked, a)
	}
	return picked, false
}

// latestStories returns the views of picked (see pickStories), each with
// its story's outlet count and, for a report without a picture, its
// story's (storyPictures: picked's ImageURL is changed in place).
func (s *Server) latestStories(ctx context.Context, picked []*model.Article) ([]articleView, error) {
	ids := make([]int64, 0, len(picked))
	for _, a := range picked {
		ids = append(ids, a.ClusterID)
	}
	sizes, err := s.st.StorySizes(ctx, ids)
	if err != nil {
		return nil, err
	}
	if err := s.storyPictures(ctx, picked); err != nil {
		return nil, err
	}
	out := make([]articleView, 0, len(picked))
	for _, a := range picked {
		v := s.articleView(a)
		if n := sizes[a.ClusterID]; n > 0 {
			v.Sources = n
		}
		out = append(out, v)
	}
	return out, nil
}

// tagSlugs returns an article's topic slugs and its province slugs,
// current and former, as model.Filter.MatchesTags reads them.
func tagSlugs(a *model.Article) (topics, provinces []string) {
	for _, t := range a.Topics {
		topics = append(topics, t.Topic)
	}
	for _, p := range a.Provinces {
		provinces = append(provinces, p.Province)
		if p.Legacy != "" {
			provinces = append(provinces, p.Legacy)
		}
	}
	return topics, provinces
}

// storyPage shows every outlet's article of one story, oldest first (an
// article carried by several feeds of its outlet once; a big story's
// middle ones folded, see splitReports), with
// the tags most of them share and the nearest other stories of its thread
// before and after it (threadView). An unknown or malformed id is a 404.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return s.pageError(w, r, noStory(r.PathValue("id"), true))
	}
	// A story gone (its source removed) is a page for readers of an old
	// digest or feed, not a plain-text error.
	if err := s.serveStory(w, r, id); err != nil {
		return s.pageError(w, r, err)
	}
	return nil
}

// serveStory writes the HTML page of story id (from the cache when it
// holds it). It returns the store's domain errors as they are, for handle
// to answer (errorStatus); a story with no article is a not-found error.
func (s *Server) serveStory(w http.ResponseWriter, r *http.Request, id int64) error {
	return s.serveCached(w, r, "html?story="+strconv.FormatInt(id, 10), func(ctx context.Context, _ int64) (*entry, error) {
		arts, err := s.storyArticles(ctx, id)
		if err != nil {
			return nil, err
		}
		outlets := map[string]bool{}
		var newest time.Time
		ci := centralArticle(arts)
		central := &arts[ci]
		d := pageData{Heading: central.Title, OPML: s.absURL("/opml"), Subscribe: s.subscribePath(),
			Feeds: s.feedLinks(feedQuery{Story: id, Limit: defaultLimit}),
			Share: shareView{Type: "article", Image: storyImage(arts, ci)}}
		views := make([]articleView, 0, len(arts))
		for i := range arts {
			outlets[model.OutletKey(arts[i].Outlet, arts[i].SourceID)] = true
			views = append(views, s.articleView(&arts[i]))
			newest = later(newest, later(arts[i].FetchedAt, later(arts[i].UpdatedAt, arts[i].PublishedAt)))
		}
		d.Reports = splitReports(views)
		d.Sources = len(outlets)
		d.Title = d.Heading + " – " + strconv.Itoa(d.Sources) + " nguồn – Bản tin"
		d.Description = storyDescription(d.Sources, central)
		d.Tags = s.sharedTags(arts)
		thread, threadNewest, err := s.thread(ctx, id)
		if err != nil {
			return nil, err
		}
		d.Thread = thread
		return s.renderPage("story.html", d, later(newest, threadNewest))
	})
}

// storyArticles returns the articles of story id in publication order
// (then id), as its page lists them; a 404 when it has none.
func (s *Server) storyArticles(ctx context.Context, id int64) ([]model.Article, error) {
	arts, err := s.st.StoryArticles(ctx, id)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, noStory(strconv.FormatInt(id, 10), false)
	}
	slices.SortFunc(arts, func(a, b model.Article) int {
		return cmp.Or(a.PublishedAt.Compare(b.PublishedAt), cmp.Compare(a.ID, b.ID))
	})
	return arts, nil
}

// storyHeading returns the heading of a story whose articles are arts, in
// publication order: the title of its central article.
func storyHeading(arts []model.Article) string { return arts[centralArticle(arts)].Title }

// centralArticle returns the index of the article that stands for a story
// whose articles are arts, in publication order: the one whose title shares
// the most with the others (vntext.CentralTitle), not the earliest, which
// is often a preview or a side angle.
func centralArticle(arts []model.Article) int {
	titles := make([]string, len(arts))
	for i := range arts {
		titles[i] = arts[i].Title
	}
	return vntext.CentralTitle(titles)
}

// storyImage is the picture of a story's link preview: its central
// article's (arts[central]), else the first other one's that passes
// urlpolicy, else "" (the site's icon).
func storyImage(arts []model.Article, central int) string {
	if u := publicURL(arts[central].ImageURL); u != "" {
		return u
	}
	for i := range arts {
		if u := publicURL(arts[i].ImageURL); u != "" {
			return u
		}
	}
	return ""
}

// storyDescriptionRunes bounds the summary in a story page's description:
// search results and link previews cut near 160 characters.
const storyDescriptionRunes = 160

// storyDescription is a story page's meta description and link preview
// text: how many outlets covered it, then its central article's summary
// (the heading is the title already), or only the count when it has none.
func storyDescription(outlets int, central *model.Article) string {
	d := strconv.Itoa(outlets) + " nguồn đưa tin."
	if central.Summary != "" {
		d += " " + shorten(central.Summary, storyDescriptionRunes)
	}
	return d
}

// sharedTags returns the topics and provinces given to at least half of
// arts, most shared first (catalog order among equals). A tag's Why says
// how many of arts carry it and why the first that explains it does.
func (s *Server) sharedTags(arts []model.Article) []navItem {
	count := map[string]int{}
	var order []navItem
	for i := range arts {
		seen := map[string]bool{}
		for _, t := range s.tagItems(&arts[i]) {
			if seen[t.Page] {
				continue
			}
			seen[t.Page] = true
			if t.Why != "" && arts[i].SourceName != "" {
				t.Why = "như bài của " + arts[i].SourceName + ": " + t.Why
			}
			if j := slices.IndexFunc(order, func(o navItem) bool { return o.Page == t.Page }); j < 0 {
				order = append(order, t)
			} else if order[j].Why == "" {
				order[j].Why = t.Why
			}
			count[t.Page]++
		}
	}
	out := order[:0]
	for _, t := range order {
		if 2*count[t.Page] >= len(arts) {
			n := fmt.Sprintf("%d trên %d bài", count[t.Page], len(arts))
			if count[t.Page] == len(arts) {
				n = fmt.Sprintf("cả %d bài", len(arts))
			}
			t.Why = strings.TrimSuffix(n+"; "+t.Why, "; ")
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b navItem) int { return cmp.Compare(count[b.Page], count[a.Page]) })
	return out
}
