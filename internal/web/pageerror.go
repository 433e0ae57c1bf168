package web

import (
	"bytes"
	"cmp"
	"fmt"
	"net/http"
	"slices"
	"strings"
)

// pageError answers a page request that failed on its address (an unknown
// topic or province, a bad parameter) with an HTML page in Vietnamese and
// a way back, with the error's status; other errors are returned as they
// are. Feeds keep their plain-text messages.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) error {
	he, ok := asHTTPError(err)
	if !ok || he.status >= 500 {
		return err
	}
	heading := "Không có trang này"
	v := s.formView(heading, nil, nil) // every topic and province, to link to
	v.Message = "Địa chỉ này không ứng với chủ đề hay tỉnh, thành phố nào."
	if err == errNoPage {
		v.Message = "Không có trang nào ở địa chỉ này: có thể địa chỉ bị gõ sai."
	} else if err == noDigest {
		v.Message = "Không có bản tin của tuần này: tuần chưa tới, hoặc Bản tin chưa gửi bản tin nào trong tuần đó."
	} else if t := r.PathValue("topic"); t != "" && s.cat.CheckTopics(t) != nil {
		v.Message, v.Provinces, v.Legacy = "Không có chủ đề “"+t+"”.", nil, nil
		v.Suggest = s.slugSuggestion(r, s.checkPageTopic(t))
	} else if p := r.PathValue("province"); p != "" && s.cat.CheckProvinces(true, p) != nil {
		v.Message, v.Topics = "Không có tỉnh, thành phố “"+p+"”.", nil
		v.Suggest = s.slugSuggestion(r, s.cat.CheckProvinces(true, p))
	} else if r.PathValue("id") != "" && he.status == http.StatusNotFound {
		v.Message = "Không còn tin này: có thể nguồn đăng tin đã được gỡ khỏi Bản tin."
	} else if he.status == http.StatusBadRequest {
		heading = "Địa chỉ không hợp lệ"
		v = s.formView(heading, nil, nil)
		v.Message = "Tham số của địa chỉ không hợp lệ: " + cmp.Or(he.vi, he.msg)
	}
	return s.writeErrorPage(w, r, he.status, v)
}

// writeErrorPage writes error.html for v with status, never cached. It
// writes nothing when the page cannot be rendered, and returns why.
func (s *Server) writeErrorPage(w http.ResponseWriter, r *http.Request, status int, v subView) error {
	v.Description = v.Message
	if v.Suggest != nil {
		v.Description += " Có phải " + v.Suggest.Name + "?"
	}
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, "error.html", v); err != nil {
		return fmt.Errorf("web: page error.html: %w", err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(b.Bytes())
	}
	return nil
}

// htmlRoute reports whether route answers with pages: its 5xx answers are
// the HTML error page too (see serverErrorPage), not plain text.
func htmlRoute(route string) bool {
	switch route {
	case "home", "page", "search", "story", "feeds", "sources", "topics", "provinces", "not_found",
		"subscribe", "confirm", "preferences", "unsubscribe", "archive":
		return true
	}
	return false
}

// serverErrorPage writes the 5xx answer of a page request (status, with
// the request id when there is one) as the HTML error page in Vietnamese,
// with links on. It returns an error, and writes nothing, when the page
// cannot be rendered: the caller then writes plain text.
func (s *Server) serverErrorPage(w http.ResponseWriter, r *http.Request, status int, id string) error {
	heading, msg := "Đã có lỗi", "Đã có lỗi khi mở trang này. Vui lòng thử lại sau."
	if status == http.StatusServiceUnavailable {
		heading, msg = "Bản tin tạm thời không trả lời", "Bản tin tạm thời không đọc được dữ liệu. Vui lòng thử lại sau ít phút."
	}
	v := s.formView(heading, nil, nil)
	v.Message = msg
	if id != "" {
		v.Message += " (mã yêu cầu " + id + ")"
	}
	return s.writeErrorPage(w, r, status, v)
}

// errNoPage is the error of an address that no route matches.
var errNoPage = notFound("no page at this address")

// noDigest is the error of a digest archive page of a week without one.
var noDigest = notFound("no digest for this week")

// notFoundRoute registers the catch-all of the site's path: a GET or HEAD
// of an address no route matches is the HTML 404 page (Vietnamese, with
// links on) instead of Go's plain-text "404 page not found". Another
// method gets 405 where a GET would have found a page, else a plain 404,
// as the mux alone answered. Matched addresses never come here, so the
// routes cost nothing more.
func (s *Server) notFoundRoute(mux router) {
	catchAll := mux.prefixed("/")
	mux.Handle("/", s.handle("not_found", func(w http.ResponseWriter, r *http.Request) error {
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			return s.pageError(w, r, errNoPage)
		}
		var allow []string
		probe := r.WithContext(r.Context())
		for _, m := range []string{http.MethodGet, http.MethodPost} { // the methods bantin's routes take
			if probe.Method = m; m != r.Method {
				if _, pattern := mux.mux.Handler(probe); pattern != catchAll {
					allow = append(allow, m)
				}
			}
		}
		if len(allow) == 0 {
			return notFound("404 page not found")
		}
		if allow[0] == http.MethodGet {
			allow = slices.Insert(allow, 1, http.MethodHead)
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		return &httpError{status: http.StatusMethodNotAllowed, msg: "method not allowed"}
	}))
}
