package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"bantin/feeds"
	"bantin/internal/metrics"
	"bantin/internal/model"
	"bantin/internal/urlpolicy"
	"bantin/internal/vntext"
)

// tagYear is the year in bantin's tag: URIs. It is part of the feed ids and
// of the item ids published before items got model.ItemID, and must never
// change.
const tagYear = 2026

// feedFormats are the published formats, in the order pages list them.
var feedFormats = [...]feeds.Format{feeds.RSS, feeds.Atom, feeds.JSON}

// feedPrefixes are the query form, the readable aliases and a story's
// feed.
var feedPrefixes = [...]string{"", "/topics/{topic}", "/provinces/{province}", "/topics/{topic}/provinces/{province}", "/stories/{story}"}

// feedRoutes registers /feed.{rss,atom,json}, the readable aliases under
// /topics/{slug}/, /provinces/{slug}/ and /topics/{t}/provinces/{p}/, and
// a story's feed under /stories/{id}/, and the redirects of the names
// readers guess (feedGuessRoutes).
func (s *Server) feedRoutes(mux router) {
	for _, f := range feedFormats {
		for _, p := range feedPrefixes {
			mux.Handle(p+"/feed."+f.String(), s.handle("feed", s.feedHandler(f)))
		}
	}
	s.feedGuessRoutes(mux)
}

// feedHandler serves GET and HEAD, answers CORS preflights, and refuses
// other methods.
func (s *Server) feedHandler(f feeds.Format) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		// Every answer, errors included, may be read across origins: a
		// widget on another site shows the 4xx message itself.
		w.Header().Set("Access-Control-Allow-Origin", "*")
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			return s.serveFeed(w, r, f)
		case http.MethodOptions:
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", "*")
			h.Set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
			h.Set("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since")
			h.Set("Access-Control-Max-Age", "86400")
			w.WriteHeader(http.StatusNoContent)
			return nil
		}
		w.Header().Set("Allow", "GET, HEAD, OPTIONS")
		return &httpError{status: http.StatusMethodNotAllowed, msg: "method not allowed; use GET or HEAD"}
	}
}

// serveFeed writes the feed of format f that r's query asks for (from the
// cache when it holds it). It returns, for handle to answer,
// parseFeedQuery's error for a bad query (400, or 404 for a bad path) and
// the render's errors as they are (handle maps them: errorStatus).
func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request, f feeds.Format) error {
	q, err := s.parseFeedQuery(r)
	if err != nil {
		return err
	}
	return s.serveCached(w, r, f.String()+"?"+q.encode(), func(ctx context.Context, v int64) (*entry, error) {
		return s.renderFeed(ctx, q, f, v)
	})
}

// serveCached answers r with the cached body for key (see cached), marked
// stale when the database could not be reached.
func (s *Server) serveCached(w http.ResponseWriter, r *http.Request, key string, render func(context.Context, int64) (*entry, error)) error {
	e, stale, err := s.cached(r.Context(), key, render)
	if err != nil {
		return err
	}
	s.serveEntry(w, r, e, stale)
	return nil
}

// cached returns the entry for key at the current content version,
// rendering it with render on a miss. render gets a context that outlives
// the request (other requests may be waiting for the same render).
//
// Degrade, don't fail: when the content version cannot be read, or a render
// fails, because the database is unreachable (model.ErrUnavailable), the
// entry cached for key under an older version is returned with stale set;
// with none cached, the error (a 503 with Retry-After).
func (s *Server) cached(ctx context.Context, key string, render func(context.Context, int64) (*entry, error)) (*entry, bool, error) {
	v, err := s.ver.current(ctx)
	if err != nil {
		return s.stale(key, err)
	}
	e, hit, err := s.cache.get(key, v, func() (*entry, error) {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		// Renders queue first-in first-out (channel waiters are FIFO) for a
		// few slots: under overload, latency stays even instead of a few
		// requests starving behind the database pool.
		select {
		case s.renders <- struct{}{}:
			defer func() { <-s.renders }()
		case <-rctx.Done():
			return nil, rctx.Err()
		}
		start := time.Now()
		e, err := render(rctx, v)
		s.metrics.Rendered(time.Since(start))
		return e, err
	})
	if err != nil && errors.Is(err, model.ErrUnavailable) {
		return s.stale(key, err)
	}
	if hit {
		s.metrics.CacheLookup(metrics.CacheHit)
	} else {
		s.metrics.CacheLookup(metrics.CacheMiss)
	}
	return e, false, err
}

// stale returns the entry cached for key under any version, for serving
// while the database is unreachable (cause), or cause as a
// model.ErrUnavailable error when nothing is cached.
func (s *Server) stale(key string, cause error) (*entry, bool, error) {
	if e := s.cache.peek(key); e != nil {
		s.metrics.CacheLookup(metrics.CacheStale)
		return e, true, nil
	}
	s.metrics.CacheLookup(metrics.CacheMiss)
	if !errors.Is(cause, model.ErrUnavailable) {
		cause = fmt.Errorf("%w: %w", model.ErrUnavailable, cause)
	}
	return nil, false, cause
}

// renderFeed reads the articles of q and renders them in format f; version
// is the content version the body is cached under.
func (s *Server) renderFeed(ctx context.Context, q feedQuery, f feeds.Format, version int64) (*entry, error) {
	name, err := s.feedTitle(ctx, q)
	if err != nil {
		return nil, err
	}
	items, changed, err := s.feedItems(ctx, q, version)
	if err != nil {
		return nil, err
	}
	feed := feeds.Feed{
		ID:          feeds.TagURI(s.base.Hostname(), tagYear, strings.TrimSuffix("feed?"+q.encode(), "?")),
		Title:       name + " – Bản tin",
		Description: feedDescription(name, q),
		HomeURL:     s.absURL(q.pagePath()),
		SelfURL:     s.absURL(q.path(f)),
		HubURL:      s.cfg.HubURL,
		IconURL:     s.absURL(s.assets.url("icon.png")),
		LogoURL:     s.absURL(s.assets.url("logo.png")),
		FaviconURL:  s.absURL(s.assets.url("favicon.png")),
		Language:    "vi",
		Generator:   "bantin",
		Items:       items,
	}
	for i := range items {
		feed.Updated = later(feed.Updated, items[i].Updated)
	}
	if len(items) == 0 {
		// Nothing matches (yet): the feed is as of now, not of 1970.
		feed.Updated = s.cfg.Now().UTC().Truncate(time.Second)
	}
	body, err := feeds.Append(make([]byte, 0, 2048+len(items)*2048), &feed, f)
	if err != nil {
		return nil, fmt.Errorf("web: render %s feed %q: %w", f, q.encode(), err)
	}
	// Last-Modified is when the selection last changed in bantin (an
	// article stored or edited), not the newest article's own date: a
	// backdated article arriving late must not be answered with 304.
	return newEntry(body, f.ContentType(), changed, true), nil
}

// feedDescription is the description of q's feed, named name; a feed of
// stories says it lists each story once.
func feedDescription(name string, q feedQuery) string {
	d := name + ": tin từ báo chí Việt Nam, do bantin tổng hợp."
	if q.PerStory {
		d += " Mỗi câu chuyện một mục."
	}
	return d
}

// provinceLabel is a province's display name, "Bắc Kạn (cũ)" for a former
// one.
func provinceLabel(p model.Province) string { return p.Label() }

// LegacyItemIDPrefix is what preceded the row id in the item ids bantin
// published before ids were derived from article keys (model.ItemID):
// "tag:HOST,2026:article/", HOST being base's. internal/app freezes those
// ids in the store with it (store.FreezeLegacyItemIDs).
func LegacyItemIDPrefix(base *url.URL) string {
	return feeds.TagURI(base.Hostname(), tagYear, "article/")
}

// item converts a stored article to a feed item with its permanent id
// (model.ItemID, or for an article stored before those the row-id tag: URI
// its feeds already published) and its topics and provinces as categories.
// Every URL passes urlpolicy on the way out too (articles stored by older
// versions were not checked): a link that fails is replaced by the page of
// the article's story on bantin, an image that fails is left out, and so
// is a failing href or src in the content; the content loses its bidi
// controls (vntext.DropBidiHTML: ingest drops them, older versions kept
// them); the source's URL loses its credentials.
func (s *Server) item(a *model.Article) feeds.Item {
	id := a.ItemID
	if id == "" {
		id = LegacyItemIDPrefix(s.base) + strconv.FormatInt(a.ID, 10)
	}
	it := feeds.Item{
		ID:  id,
		URL: publicURL(a.URL), Title: a.Title, Summary: a.Summary, ContentHTML: urlpolicy.SanitizedHTML(vntext.DropBidiHTML(a.ContentHTML)),
		AuthorName: a.Author, ImageURL: publicURL(a.ImageURL), SourceName: a.SourceName, SourceURL: s.redact.Redact(a.SourceURL),
		Published: a.PublishedAt, Updated: a.UpdatedAt,
		Categories: make([]feeds.Category, 0, len(a.Topics)+2*len(a.Provinces)),
	}
	if it.URL == "" && a.ClusterID != 0 { // no link that passes urlpolicy: the story's page stands in
		it.URL = s.absURL(storyPath(a.ClusterID))
	}
	if it.Updated.Before(it.Published) {
		it.Updated = it.Published
	}
	for _, t := range a.Topics {
		if tp, ok := s.cat.Topic(t.Topic); ok {
			it.Categories = append(it.Categories, feeds.Category{Term: tp.Slug, Label: tp.Name, Scheme: s.topicScheme})
		}
	}
	seen := make(map[string]bool, 2*len(a.Provinces))
	for _, p := range a.Provinces {
		for _, slug := range []string{p.Province, p.Legacy} {
			if pr, ok := s.cat.Province(slug); ok && !seen[slug] {
				seen[slug] = true
				it.Categories = append(it.Categories, feeds.Category{Term: pr.Slug, Label: provinceLabel(pr), Scheme: s.provinceScheme})
			}
		}
	}
	return it
}

// publicURL is raw when it passes urlpolicy (in its canonical spelling),
// else "".
func publicURL(raw string) string {
	u, _ := urlpolicy.Clean(raw)
	return u
}
