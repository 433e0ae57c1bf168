package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"bantin/internal/model"
	"bantin/internal/vntext"
)

// Front page sizes.
const (
	topStoriesN    = 8  // on the front page, ranked stories of the week covered by 2+ outlets
	pageTopN       = 5  // on a topic or province page, the same
	latestStoriesN = 20 // latest stories on a page
	week           = 7 * 24 * time.Hour
)

// homePage is the front page: the week's stories that several outlets
// covered, ranked by how many (none, and no such section, in a week without
// any: its heading promises "nhiều báo cùng đưa"), the latest stories, the
// topics and the provinces by region, a search box and the failing-sources
// notice.
func (s *Server) homePage(w http.ResponseWriter, r *http.Request) error {
	cur, err := parseCursor(r)
	if err != nil {
		return s.pageError(w, r, err)
	}
	failing, total := s.sourceHealth(r.Context())
	key := "html?home&failing=" + strconv.Itoa(failing) + "/" + strconv.Itoa(total) + cur.key()
	return s.serveCached(w, r, key, func(ctx context.Context, v int64) (*entry, error) {
		q := feedQuery{Limit: defaultLimit}
		d := pageData{Title: "Bản tin – tin tức theo chủ đề và tỉnh thành", Heading: "Bản tin",
			Description: "Tin tức báo chí Việt Nam: những chuyện nhiều báo cùng đưa trong tuần, tin mới nhất, theo chủ đề và tỉnh, thành phố.",
			Feeds:       s.feedLinks(q), OPML: s.absURL("/opml"), Subscribe: s.subscribePath(),
			Failing: failing, Sources: total, Embed: s.embedSnippet(q)}
		if cur.set() {
			d.Title = "Tin cũ hơn – Bản tin"
		}
		newest, err := s.fillStories(ctx, &d, q, v, topStoriesN, 2, cur)
		if err != nil {
			return nil, err
		}
		d.Topics, _, _ = s.navigation()
		d.Regions = s.regions(false)
		return s.renderPage("home.html", d, newest)
	})
}

// listPage shows a topic, a province or both in the front page's layout:
// the week's stories that several outlets covered, then the latest; or
// with from and to (days, see pageDays) every story of those days, up to
// maxLimit articles: the page a digest section's "và N tin khác" links to.
// An unknown topic or province is an HTML 404 (see pageError).
func (s *Server) listPage(w http.ResponseWriter, r *http.Request) error {
	q, err := s.parseFeedQuery(r)
	if err != nil {
		return s.pageError(w, r, err)
	}
	days, err := s.pageDays(r)
	if err != nil {
		return s.pageError(w, r, err)
	}
	cur, err := parseCursor(r)
	if err != nil {
		return s.pageError(w, r, err)
	}
	if days.set() { // a range of days lists all its stories on one page
		cur = pageCursor{}
	}
	q = feedQuery{Topics: q.Topics, Provinces: q.Provinces, Limit: defaultLimit}
	return s.serveCached(w, r, "html?"+q.encode()+days.key()+cur.key(), func(ctx context.Context, v int64) (*entry, error) {
		feedName, _ := s.feedTitle(ctx, q)
		name := feedName + days.label()
		d := pageData{Title: name + " – Bản tin", Heading: name,
			Description: "Tin mới nhất: " + name + ", từ báo chí Việt Nam.", Feeds: s.feedLinks(q), OPML: s.absURL("/opml"),
			Subscribe: s.subscribeLink(q), Embed: s.embedSnippet(q)}
		if cur.set() {
			d.Title = name + " · tin cũ hơn – Bản tin"
		}
		for i := range d.Feeds { // the feeds have no days: not the heading's
			d.Feeds[i].Name = feedName
		}
		var newest time.Time
		if days.set() {
			newest, err = s.fillDays(ctx, &d, q, days)
		} else {
			newest, err = s.fillStories(ctx, &d, q, v, pageTopN, 2, cur)
		}
		if err != nil {
			return nil, err
		}
		if len(q.Provinces) == 1 {
			d.Legacy, d.Successor = s.formerOf(q.Provinces[0]), s.successorOf(q, q.Provinces[0])
		}
		return s.renderPage("list.html", d, newest)
	})
}

// searchPage shows the stories matching q (model.Filter.Query), with
// the topic and province parameters of a feed; an empty q shows the form.
func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	q, err := s.parseFeedQuery(r)
	if he, ok := asHTTPError(err); ok && he.param == "q" {
		return s.searchError(w, r, he)
	} else if err != nil {
		return s.pageError(w, r, err)
	}
	cur, err := parseCursor(r)
	if err != nil {
		return s.pageError(w, r, err)
	}
	q.Source, q.Limit, q.PerStory = 0, defaultLimit, false // a page lists stories whatever per says
	return s.serveCached(w, r, "html?search&"+q.encode()+cur.key(), func(ctx context.Context, _ int64) (*entry, error) {
		d := pageData{Title: "Tìm kiếm – Bản tin", Heading: "Tìm kiếm", Query: q.Q, OPML: s.absURL("/opml"),
			Description: "Tìm tin trong Bản tin, có dấu hay không dấu đều được.", Subscribe: s.subscribePath()}
		if q.Q == "" {
			return s.renderPage("search.html", d, time.Time{})
		}
		name, _ := s.feedTitle(ctx, q)
		d.Title, d.Heading = "Tìm kiếm: "+name+" – Bản tin", "Tìm kiếm: "+name
		if cur.set() {
			d.Title = "Tìm kiếm: " + name + " · tin cũ hơn – Bản tin"
		}
		d.None = "Không tìm thấy tin nào có “" + q.Q + "”."
		if len(q.Topics)+len(q.Provinces) > 0 {
			d.Scope = &searchScope{Topic: strings.Join(q.Topics, ","), Province: strings.Join(q.Provinces, ","),
				Name: strings.Join(s.selectionNames(q), " · "), All: s.path("/search?" + feedQuery{Q: q.Q, Limit: defaultLimit}.encode())}
		}
		d.Feeds, d.Embed = s.feedLinks(q), s.embedSnippet(q)
		newest, err := s.fillStories(ctx, &d, q, 0, 0, 0, cur)
		if err != nil {
			return nil, err
		}
		if len(d.Latest) == 0 && vntext.Marked(q.Q) {
			d.Unaccented = vntext.Fold(q.Q) // a word typed with a wrong mark finds nothing: offer the folded search
		}
		return s.renderPage("search.html", d, newest)
	})
}

// fillStories sets d.Top to up to top stories of the last week that q
// selects and that minSources outlets covered (none when top is 0; on a
// later page, cur set, none shown but none repeated), and d.Latest to the latest other stories after
// cur, with d.Older, the link to the next ones when there are more, and
// d.First, the link back to the start on a later page; a story shows on
// one page only, by its newest article. The top stories are those of the
// content version v (cachedTopStories: a later page leaves out those its
// first page showed without ranking the week again). It returns the newest
// article time.
func (s *Server) fillStories(ctx context.Context, d *pageData, q feedQuery, v int64, top, minSources int, cur pageCursor) (time.Time, error) {
	f := q.filter()
	var shown map[int64]bool
	if top > 0 { // on a later page too: its top stories were shown on the first
		var err error
		if d.Top, shown, err = s.cachedTopStories(ctx, q, v, top, minSources); err != nil {
			return time.Time{}, err
		}
	}
	if cur.set() {
		d.First = s.path(q.pagePath())
		d.Top = nil // shown on the first page, left out here
	}
	// One more than a page beyond the stories left out: whether there are more.
	leads, err := s.st.StoryLeads(ctx, f, cur.at, cur.id, latestStoriesN+len(shown)+1)
	if err != nil {
		return time.Time{}, err
	}
	arts := make([]model.Article, len(leads))
	for i := range leads {
		arts[i] = leads[i].Article
	}
	newest := newestChange(arts)
	picked, rest := pickStories(arts, latestStoriesN, shown)
	if rest {
		d.Older = s.olderLink(q.pagePath(), leadCursor(leads, picked[len(picked)-1].ID))
	}
	d.Latest, err = s.latestStories(ctx, picked)
	return newest, err
}

// newestChange is the latest time any of arts was published, fetched or
// updated (zero for none): what the page's Last-Modified is built from.
func newestChange(arts []model.Article) time.Time {
	var newest time.Time
	for i := range arts {
		newest = later(newest, later(arts[i].FetchedAt, later(arts[i].UpdatedAt, arts[i].PublishedAt)))
	}
	return newest
}

// fillDays sets d.Latest to every story of q published in days (each by
// its newest article there), from up to maxLimit articles. It returns the
// newest article time.
func (s *Server) fillDays(ctx context.Context, d *pageData, q feedQuery, days dayRange) (time.Time, error) {
	f := q.filter()
	f.Since, f.Until, f.Limit = days.since, days.until, maxLimit
	arts, err := s.st.Articles(ctx, f)
	if err != nil {
		return time.Time{}, err
	}
	newest := newestChange(arts)
	picked, _ := pickStories(arts, len(arts), nil)
	d.Latest, err = s.latestStories(ctx, picked)
	return newest, err
}

// sourceHealth returns how many active sources are failing and how many
// sources there are, read at most every healthTTL; on a database error it
// returns the last figures read.
func (s *Server) sourceHealth(ctx context.Context) (failing, total int) {
	return s.health.get(ctx, s.cfg.Now(), func(ctx context.Context) (map[string]int, error) {
		stats, _, err := s.st.SourceStats(ctx, s.cfg.Now())
		return stats, err
	})
}
