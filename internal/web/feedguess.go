package web

import (
	"net/http"
	"strings"
)

// guessedFeedNames are the feed addresses that feed readers probe and people
// type from habit (WordPress's /feed, Jekyll's /feed.xml, Hugo's index.xml,
// /rss.xml, /atom.xml), each with the format bantin serves for it. Without
// them a reader pointed at the site, or at a topic's page, reports "no feed
// found" although the page names its feeds. The bare names (/feed, /rss,
// /atom) are answered at the site's root only: under a topic or province
// they would look like pages.
var guessedFeedNames = []struct {
	name, format string
	rootOnly     bool
}{
	{"feed.xml", "rss", false},
	{"rss.xml", "rss", false},
	{"index.xml", "rss", false},
	{"atom.xml", "atom", false},
	{"feed.rss.xml", "rss", false},
	{"feed", "rss", true},
	{"feed/", "rss", true},
	{"rss", "rss", true},
	{"rss/", "rss", true},
	{"atom", "atom", true},
}

// feedGuessRoutes answers each guessed name (at the root and beside every
// feed: /topics/{t}/feed.xml) with a permanent redirect to the feed it
// means, query kept (/feed.xml?topic=the-thao → /feed.rss?topic=the-thao),
// so that a reader stores the real address. A redirect to a feed whose
// path names an unknown topic answers that feed's 404, naming the topics.
func (s *Server) feedGuessRoutes(mux router) {
	for _, g := range guessedFeedNames {
		prefixes := feedPrefixes[:]
		if g.rootOnly {
			prefixes = prefixes[:1]
		}
		for _, p := range prefixes {
			pattern := "GET " + p + "/" + g.name
			if strings.HasSuffix(g.name, "/") {
				pattern += "{$}" // the address itself, not the folder under it
			}
			mux.Handle(pattern, s.handle("feed_redirect", feedRedirect(g.name, "feed."+g.format)))
		}
	}
}

// feedRedirect returns the handler that moves a request for name (the end
// of its path) to target in the same folder.
func feedRedirect(name, target string) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		to := strings.TrimSuffix(r.URL.EscapedPath(), name) + target
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		w.Header().Set("Access-Control-Allow-Origin", "*")
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return nil
	}
}
