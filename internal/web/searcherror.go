package web

import (
	"bytes"
	"fmt"
	"net/http"
)

// searchError answers a search whose words cannot be searched (he, a 400
// of the q parameter) with the search page: the message by the box, which
// keeps what was typed. It is never cached.
func (s *Server) searchError(w http.ResponseWriter, r *http.Request, he *httpError) error {
	d := pageData{Title: "Tìm kiếm – Bản tin", Heading: "Tìm kiếm", Query: r.URL.Query().Get("q"),
		Message: capitalize(he.vi) + ".", OPML: s.absURL("/opml"),
		Description: "Tìm tin trong Bản tin, có dấu hay không dấu đều được.", Subscribe: s.subscribePath()}
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, "search.html", d); err != nil {
		return fmt.Errorf("web: page search.html: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(he.status)
	if r.Method != http.MethodHead {
		w.Write(b.Bytes())
	}
	return nil
}
