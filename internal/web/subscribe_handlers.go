package web

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"bantin/internal/model"
	"bantin/internal/signing"
)

// maxFormBytes bounds every subscription form body.
const maxFormBytes = 16 << 10

// subscribeForm shows the subscription form, with the topics and provinces
// of the query (comma-separated slugs, as in feed URLs) checked: 400 for
// an unknown one.
func (s *Server) subscribeForm(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	topics, provinces, err := s.tagParams(q["topic"], q["province"])
	if err != nil {
		return s.pageError(w, r, unknownTags(err))
	}
	return s.subPage(w, r, http.StatusOK, "subscribe.html", s.formView("Đăng ký bản tin hằng tuần", topics, provinces))
}

// subscribePost validates the form and records the request in the
// background. Known and unknown addresses get the same page after the same
// work; see Subscriptions.
func (s *Server) subscribePost(w http.ResponseWriter, r *http.Request) error {
	cfg := s.cfg.Subscriptions
	if ok, wait := cfg.limiter.allow(s.clientKey(r), s.cfg.Now()); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
		v := s.formView("Đăng ký bản tin hằng tuần", nil, nil)
		v.Message = "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút."
		return s.subPage(w, r, http.StatusTooManyRequests, "subscribe.html", v)
	}
	topics, provinces, err := s.parseChoices(w, r)
	if he, ok := asHTTPError(err); ok && he.status == http.StatusBadRequest {
		v := s.formView("Đăng ký bản tin hằng tuần", nil, nil)
		v.Email, v.Message = r.PostFormValue("email"), capitalize(he.msg)
		return s.subPage(w, r, http.StatusBadRequest, "subscribe.html", v)
	} else if err != nil {
		return err
	}
	email, err := NormalizeEmail(r.PostFormValue("email"))
	if err != nil {
		v := s.formView("Đăng ký bản tin hằng tuần", topics, provinces)
		v.Email, v.Message = r.PostFormValue("email"), capitalize(strings.TrimSuffix(err.Error(), ": "+model.ErrInvalid.Error()))
		v.EmailInvalid = true
		return s.subPage(w, r, http.StatusBadRequest, "subscribe.html", v)
	}
	s.requestInBackground(email, topics, provinces, s.cfg.Now())
	v := s.formView("Kiểm tra hộp thư của bạn", nil, nil)
	v.Email = email
	return s.subPage(w, r, http.StatusOK, "subscribe_done.html", v)
}

// parseChoices reads the topic and province fields (repeated or
// comma-separated) and checks every slug against the catalog. Its 400s
// carry a Vietnamese message for the form (a choice the catalog lacks: a
// form left open across an upgrade, or a forged one).
func (s *Server) parseChoices(w http.ResponseWriter, r *http.Request) (topics, provinces []string, err error) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		return nil, nil, badRequest("biểu mẫu không đọc được: %v", err)
	}
	topics, provinces, err = s.tagParams(r.PostForm["topic"], r.PostForm["province"])
	var se *model.SlugError
	switch {
	case errors.As(err, &se) && se.Kind == "topic":
		return nil, nil, badRequest("chủ đề %q không có; hãy chọn trong danh sách", se.Slug)
	case errors.As(err, &se):
		return nil, nil, badRequest("tỉnh, thành %q không có; hãy chọn trong danh sách", se.Slug)
	}
	if len(topics) > 32 || len(provinces) > 128 {
		return nil, nil, badRequest("chọn quá nhiều mục")
	}
	return dedupeSlugs(topics), dedupeSlugs(provinces), nil
}

func dedupeSlugs(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// openLink opens the signed token in the path for purpose and returns its
// subscriber, or a signing error (ErrInvalid, ErrExpired). A confirmation
// link is bound to the request it was mailed for: after a newer request it
// is invalid (and it never re-activates an unsubscribed address, since only
// pending subscribers are confirmed).
func (s *Server) openLink(r *http.Request, p signing.Purpose) (model.Subscriber, error) {
	var sub model.Subscriber
	signer := s.cfg.Subscriptions.Links.Signer()
	_, err := signer.Open(r.PathValue("token"), p, func(id int64) (string, error) {
		var err error
		sub, err = s.st.Subscriber(r.Context(), id)
		if p == signing.Confirm {
			return signing.ConfirmBinding(sub.Email, sub.ConfirmSentAt), err
		}
		return sub.Email, err
	})
	return sub, err
}

// subscriber is openLink for pages: an invalid or expired link is answered
// with a 400 page saying so, and ok is false.
func (s *Server) subscriber(w http.ResponseWriter, r *http.Request, p signing.Purpose) (model.Subscriber, bool, error) {
	sub, err := s.openLink(r, p)
	if err == nil {
		return sub, true, nil
	}
	msg := "Liên kết không hợp lệ. Hãy dùng đúng liên kết trong thư chúng tôi gửi."
	if errors.Is(err, signing.ErrExpired) {
		msg = "Liên kết đã hết hạn. Hãy đăng ký lại để nhận thư xác nhận mới."
	}
	v := s.formView("Liên kết không dùng được", nil, nil)
	v.Message = msg
	return sub, false, s.subPage(w, r, http.StatusBadRequest, "subscribe_error.html", v)
}

func (s *Server) confirmPage(w http.ResponseWriter, r *http.Request) error {
	sub, ok, err := s.subscriber(w, r, signing.Confirm)
	if !ok {
		return err
	}
	if sub.Status == model.StatusActive {
		// A used link (opened again from the mail): nothing left to do.
		v := s.formView("Đã xác nhận", sub.Topics, sub.Provinces)
		v.Email, v.Status = sub.Email, sub.Status
		v.Message = "Đăng ký này đã được xác nhận trước đó: bạn không cần làm gì thêm."
		v.PreferencesURL = s.cfg.Subscriptions.Links.Preferences(sub.ID, sub.Email)
		return s.subPage(w, r, http.StatusOK, "confirm_done.html", v)
	}
	v := s.formView("Xác nhận đăng ký", sub.Topics, sub.Provinces)
	v.Email, v.Action = sub.Email, r.URL.Path
	return s.subPage(w, r, http.StatusOK, "confirm.html", v)
}

func (s *Server) confirmPost(w http.ResponseWriter, r *http.Request) error {
	sub, ok, err := s.subscriber(w, r, signing.Confirm)
	if !ok {
		return err
	}
	if sub, err = s.st.ConfirmSubscriber(r.Context(), sub.ID, s.cfg.Now()); err != nil {
		return err
	}
	s.log.Info("subscriber confirmed", "subscriber_id", sub.ID, "status", sub.Status)
	v := s.formView("Đã xác nhận", sub.Topics, sub.Provinces)
	v.Email, v.Status = sub.Email, sub.Status
	v.PreferencesURL = s.cfg.Subscriptions.Links.Preferences(sub.ID, sub.Email)
	return s.subPage(w, r, http.StatusOK, "confirm_done.html", v)
}

func (s *Server) preferencesPage(w http.ResponseWriter, r *http.Request) error {
	sub, ok, err := s.subscriber(w, r, signing.Preferences)
	if !ok {
		return err
	}
	return s.subPage(w, r, http.StatusOK, "preferences.html", s.preferencesView(sub, r.URL.Path, sub.Topics, sub.Provinces))
}

// preferencesView is the preferences page of sub with topics and
// provinces checked and its form posting to action.
func (s *Server) preferencesView(sub model.Subscriber, action string, topics, provinces []string) subView {
	v := s.formView("Chủ đề và tỉnh thành nhận tin", topics, provinces)
	v.Email, v.Action, v.Status = sub.Email, action, sub.Status
	v.UnsubscribeURL = s.cfg.Subscriptions.Links.Unsubscribe(sub.ID, sub.Email)
	if u, err := url.Parse(v.UnsubscribeURL); err == nil && sub.Status == model.StatusUnsubscribed {
		v.UndoAction = u.Path // the page's own origin: form-action 'self'
	}
	return v
}

func (s *Server) preferencesPost(w http.ResponseWriter, r *http.Request) error {
	sub, ok, err := s.subscriber(w, r, signing.Preferences)
	if !ok {
		return err
	}
	topics, provinces, err := s.parseChoices(w, r)
	if he, ok := asHTTPError(err); ok && he.status == http.StatusBadRequest {
		v := s.preferencesView(sub, r.URL.Path, sub.Topics, sub.Provinces)
		v.Message = capitalize(he.msg) + ". Lựa chọn chưa được lưu."
		return s.subPage(w, r, http.StatusBadRequest, "preferences.html", v)
	} else if err != nil {
		return err
	}
	if err := s.st.SetSubscriberFilters(r.Context(), sub.ID, topics, provinces); err != nil {
		return err
	}
	v := s.preferencesView(sub, r.URL.Path, topics, provinces)
	v.Message = "Đã lưu. Bản tin tới sẽ theo lựa chọn mới."
	return s.subPage(w, r, http.StatusOK, "preferences.html", v)
}

// unsubscribePage shows one button: link scanners that GET the link do not
// unsubscribe anyone.
func (s *Server) unsubscribePage(w http.ResponseWriter, r *http.Request) error {
	sub, ok, err := s.subscriber(w, r, signing.Unsubscribe)
	if !ok {
		return err
	}
	v := s.formView("Hủy đăng ký bản tin", nil, nil)
	v.Email, v.Action, v.Status = sub.Email, r.URL.Path, sub.Status
	return s.subPage(w, r, http.StatusOK, "unsubscribe.html", v)
}

// unsubscribePost unsubscribes at once. With the RFC 8058 body
// "List-Unsubscribe=One-Click" (a mail client's one-click) it answers 200
// with no page; from the page's button it shows the result, whose own
// button (undoField) takes it back (resubscribe).
func (s *Server) unsubscribePost(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		if err := r.ParseMultipartForm(maxFormBytes); err != nil {
			return badRequest("form: %v", err)
		}
	} else if err := r.ParseForm(); err != nil {
		return badRequest("form: %v", err)
	}
	oneClick := r.PostFormValue("List-Unsubscribe") == "One-Click"
	var sub model.Subscriber
	if oneClick {
		var err error
		if sub, err = s.openLink(r, signing.Unsubscribe); err != nil {
			return badRequest("invalid or expired unsubscribe link")
		}
	} else {
		var ok bool
		var err error
		if sub, ok, err = s.subscriber(w, r, signing.Unsubscribe); !ok {
			return err
		}
		if r.PostFormValue(undoField) != "" {
			return s.resubscribe(w, r, sub)
		}
	}
	if err := s.st.SetSubscriberStatus(r.Context(), sub.ID, model.StatusUnsubscribed); err != nil {
		return err
	}
	s.log.Info("subscriber unsubscribed", "subscriber_id", sub.ID, "one_click", oneClick)
	if oneClick {
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusOK)
		return nil
	}
	v := s.formView("Đã hủy đăng ký", nil, nil)
	v.Email, v.Action = sub.Email, r.URL.Path
	return s.subPage(w, r, http.StatusOK, "unsubscribe_done.html", v)
}

// subPage renders a subscription page, never cached and never sending the
// token-bearing URL as a Referer, and never indexed when it shows an
// address. The address is shown in its Unicode form (DisplayEmail).
func (s *Server) subPage(w http.ResponseWriter, r *http.Request, status int, name string, v subView) error {
	v.Email = DisplayEmail(v.Email)
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, v); err != nil {
		return fmt.Errorf("web: page %s: %w", name, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("X-Content-Type-Options", "nosniff")
	if v.Email != "" {
		// A page showing a subscriber's address (a signed link's page, the
		// answer to the form) is never indexed, wherever its link was seen.
		h.Set("X-Robots-Tag", "noindex, nofollow")
	}
	return s.writeBody(w, r, status, b.Bytes())
}
