package web

import (
	"errors"
	"net/http"

	"bantin/internal/model"
)

// suggestLink is the page that the unknown topic or province of a page's
// address most likely meant, which the 404 page links to ("Có phải
// <a href=Path>Name</a>?"): a suggestion, never a redirect, since the
// guess may be wrong.
type suggestLink struct{ Name, Path string }

// slugSuggestion returns the link for err, the *model.SlugError of r's
// topic or province slug, when the catalog's guess (model's suggestTopic
// and suggestProvince: an alias, a spelling without dashes or with
// diacritics, the name as pages show it; for a topic, else a common word
// for it, topicSynonym) names one: the same page with
// every unknown slug of r's address replaced by its guess, r's query kept.
// It returns nil when err suggests nothing or another slug of the address
// is unknown without a guess.
func (s *Server) slugSuggestion(r *http.Request, err error) *suggestLink {
	name := s.suggestedName(err)
	if name == "" {
		return nil
	}
	t, okT := guessSlug(r.PathValue("topic"), s.checkPageTopic)
	p, okP := guessSlug(r.PathValue("province"), func(x string) error { return s.cat.CheckProvinces(true, x) })
	if !okT || !okP {
		return nil
	}
	var q feedQuery
	if t != "" {
		q.Topics = []string{t}
	}
	if p != "" {
		q.Provinces = []string{p}
	}
	path := s.path(q.pagePath())
	if enc := r.URL.Query().Encode(); enc != "" {
		path += "?" + enc
	}
	return &suggestLink{Name: name, Path: path}
}

// guessSlug returns slug when check accepts it ("" stays ""), else the slug
// its *model.SlugError suggests; false when it suggests none.
func guessSlug(slug string, check func(string) error) (string, bool) {
	if slug == "" {
		return "", true
	}
	var se *model.SlugError
	if err := check(slug); err == nil {
		return slug, true
	} else if errors.As(err, &se) && se.Suggest != "" {
		return se.Suggest, true
	}
	return "", false
}

// suggestedName is the name pages show of the topic or province a
// *model.SlugError suggests, or "".
func (s *Server) suggestedName(err error) string {
	var se *model.SlugError
	if !errors.As(err, &se) || se.Suggest == "" {
		return ""
	}
	if t, ok := s.cat.Topic(se.Suggest); ok {
		return t.Name
	}
	if p, ok := s.cat.Province(se.Suggest); ok {
		return p.Name
	}
	return ""
}
