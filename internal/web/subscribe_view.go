package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"bantin/internal/model"
	"bantin/mailer"
)

// subView is what the subscription pages receive. Title, Heading,
// Description, Feeds and OPML feed the shared layout.
type subView struct {
	Title, Heading, Description string
	Feeds                       []feedLink
	OPML                        string
	Subscribe                   string // header link to the form

	Message        string       // error or notice shown above the form
	Suggest        *suggestLink // on a 404 page: the page its address most likely meant
	Email          string
	EmailInvalid   bool   // Message is why Email was refused: the field points to it
	Status         string // subscriber status, on signed pages
	Action         string // form action path
	PreferencesURL string
	UnsubscribeURL string
	UndoAction     string // path the "Đăng ký lại" button posts to (resubscribe); "" when it has none
	Topics         []choice
	Provinces      []choice // current units
	Legacy         []choice // former provinces
	Archive        *mailer.Archive
	SendsOn        string    // when digests go out: "sáng thứ Hai" (see Subscriptions.SendsOn)
	Share          shareView // the link preview: the site's (layout.html reads it on every page)
}

// choice is one checkbox.
type choice struct {
	Slug, Name string
	Checked    bool
}

// formView returns a page view titled title with every topic and province
// as a checkbox, the given ones checked.
func (s *Server) formView(title string, topics, provinces []string) subView {
	v := subView{Title: title + " – Bản tin", Heading: title, OPML: s.absURL("/opml"), Subscribe: s.subscribePath(),
		Description: "Bản tin email hằng tuần theo chủ đề và tỉnh, thành phố bạn chọn.",
		Action:      s.path("/subscribe"), SendsOn: "sáng thứ Hai"}
	if sub := s.cfg.Subscriptions; sub != nil && sub.SendsOn != "" {
		v.SendsOn = sub.SendsOn
	}
	for _, t := range s.cat.Topics() {
		v.Topics = append(v.Topics, choice{Slug: t.Slug, Name: t.Name, Checked: slices.Contains(topics, t.Slug)})
	}
	for _, p := range s.cat.Provinces() {
		c := choice{Slug: p.Slug, Name: p.Name, Checked: slices.Contains(provinces, p.Slug)}
		if p.Legacy() {
			v.Legacy = append(v.Legacy, c)
		} else {
			v.Provinces = append(v.Provinces, c)
		}
	}
	return v
}

// archivePage shows a past digest (or the current week's so far) for the filters in the query (topic,
// province: comma-separated slugs, as in feed URLs). An unknown tag, a
// period that is not a week and a week with no digest get the HTML error
// page (pageError).
func (s *Server) archivePage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	topics, provinces, err := s.tagParams(q["topic"], q["province"])
	if err != nil {
		return s.pageError(w, r, unknownTags(err))
	}
	a, err := s.cfg.Subscriptions.Archive(r.Context(), r.PathValue("period"), topics, provinces)
	switch {
	case errors.Is(err, model.ErrNotFound):
		return s.pageError(w, r, noDigest)
	case errors.Is(err, model.ErrInvalid):
		return s.pageError(w, r, badParam("tuần "+strconv.Quote(r.PathValue("period"))+" không đúng: cần dạng 2026-W48", err.Error()))
	case err != nil:
		return err
	}
	v := s.formView("Bản tin tuần "+a.Label, nil, nil)
	v.Archive = &a
	v.Description = "Các tin nổi bật tuần " + a.Label + " theo chủ đề và tỉnh, thành phố."
	v.Topics, v.Provinces, v.Legacy = nil, nil, nil
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, "archive.html", v); err != nil {
		return fmt.Errorf("web: page archive.html: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	if a.Ongoing { // new stories may still arrive
		h.Set("Cache-Control", "public, max-age=300")
	} else {
		h.Set("Cache-Control", "public, max-age=3600")
	}
	h.Set("X-Content-Type-Options", "nosniff")
	return s.writeBody(w, r, http.StatusOK, b.Bytes())
}
