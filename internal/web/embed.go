package web

import (
	"html"
	"net/http"
	"strconv"
	"strings"
)

// embedRoutes registers /embed.js, the widget (templates/embed/*.js, widgetScript):
// a year's caching with its ?v= version, five minutes without.
func (s *Server) embedRoutes(mux router) {
	mux.Handle("GET /embed.js", s.handle("embed", func(w http.ResponseWriter, r *http.Request) error {
		// Sites may load it with crossorigin (for Subresource Integrity).
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Cross-Origin-Resource-Policy", "cross-origin")
		return s.serveAsset(w, r, "embed.js")
	}))
}

// embedSnippet returns the HTML a site pastes to show q's stories with
// the widget: the versioned script and a <bantin-feed> with q's filter.
// The script is loaded before the element, not async: the element is then
// defined when the parser reaches it and reserves its space before the
// first paint (an async script would define it after, moving the page).
// The script is small and cached for a year under its versioned URL.
func (s *Server) embedSnippet(q feedQuery) string {
	var b strings.Builder
	b.WriteString(`<script src="` + s.absURL("/embed.js?v="+s.assets["embed.js"].version) + `"></script>` + "\n<bantin-feed")
	attr := func(k, v string) {
		if v != "" {
			b.WriteString(" " + k + `="` + html.EscapeString(v) + `"`)
		}
	}
	attr("topic", strings.Join(q.Topics, ","))
	attr("province", strings.Join(q.Provinces, ","))
	attr("q", q.Q)
	attr("limit", strconv.Itoa(5))
	attr("layout", "list")
	b.WriteString("></bantin-feed>")
	return b.String()
}
