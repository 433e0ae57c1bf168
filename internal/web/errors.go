package web

import (
	"cmp"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"bantin/internal/model"
)

// httpError is an error with the status and message the client sees.
type httpError struct {
	status int
	msg    string // in English: plain-text answers (feed readers, the operator)
	vi     string // the message in Vietnamese for an HTML page, when it has one
	viText string // in Vietnamese for a plain-text answer, when vi does not fit (see vietnameseMessage)
	param  string // the query parameter at fault, when it is known
	err    error  // cause, logged for 5xx
}

func (e *httpError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *httpError) Unwrap() error { return e.err }

// badRequest returns an *httpError of status 400 whose English message
// is the formatted text.
func badRequest(format string, args ...any) error {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// badParam is badRequest with the Vietnamese message an HTML page shows
// (see pageError); feeds and other plain-text answers show en.
func badParam(vi, en string) error {
	return &httpError{status: http.StatusBadRequest, msg: en, vi: vi}
}

// notFound returns an *httpError of status 404 whose English message is
// the formatted text.
func notFound(format string, args ...any) error {
	return &httpError{status: http.StatusNotFound, msg: fmt.Sprintf(format, args...)}
}

// noStory is the 404 of a story id that is malformed (id as given) or names
// no story, with its Vietnamese message for a client that prefers it: a
// story's feed answers a reader in the language every other feed error is in.
func noStory(id string, malformed bool) error {
	if malformed {
		return &httpError{status: http.StatusNotFound,
			msg: fmt.Sprintf("no story %q: story ids are positive numbers, as in the \"N nguồn\" links", id),
			vi:  fmt.Sprintf("không có câu chuyện “%s”: số của một câu chuyện là một số nguyên dương, như trong các liên kết “N nguồn”.", id)}
	}
	return &httpError{status: http.StatusNotFound,
		msg: fmt.Sprintf("no story %s: it may have been removed", id),
		vi:  fmt.Sprintf("không có câu chuyện số %s: có thể nguồn đăng tin đã được gỡ khỏi Bản tin.", id)}
}

// handlerFunc is an HTTP handler that returns its error instead of writing it.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts fn to http.Handler: it translates fn's error to a status
// and a plain-text message once, here, and records the request's status
// and latency under route.
func (s *Server) handle(route string, fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		err := fn(sw, r)
		if err != nil {
			s.writeError(sw, r, route, err)
		}
		s.metrics.Request(route, sw.code(), time.Since(start))
	})
}

// errorStatus returns the status and English message of err: an httpError's
// own, 404 for model.ErrNotFound, 400 with err's text for model.ErrInvalid,
// 503 for model.ErrUnavailable and for model.ErrReadOnly (a database that
// refuses writes for now, a PostgreSQL primary demoted under a running
// server), else 500.
func errorStatus(err error) (int, string) {
	if he, ok := asHTTPError(err); ok {
		return he.status, he.msg
	}
	switch {
	case errors.Is(err, model.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.Is(err, model.ErrInvalid):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, model.ErrUnavailable):
		return http.StatusServiceUnavailable, "temporarily unavailable: the database cannot be reached; try again shortly"
	case errors.Is(err, model.ErrReadOnly):
		return http.StatusServiceUnavailable, "temporarily unavailable: the database refuses changes; try again shortly"
	}
	return http.StatusInternalServerError, "internal server error"
}

// writeError sends err as a plain-text response with its status:
// *httpError as given, model.ErrNotFound 404, model.ErrInvalid 400,
// model.ErrUnavailable and model.ErrReadOnly 503 with Retry-After,
// anything else 500. Errors of
// 500 and above are logged with the request id, which the message shows;
// on a page's route (htmlRoute) they are the HTML error page instead. A
// client that prefers Vietnamese (Accept-Language) gets the message in
// Vietnamese where it has one.
func (s *Server) writeError(w *statusWriter, r *http.Request, route string, err error) {
	id := requestID(r.Context())
	if w.wrote {
		s.log.Warn("error after response started", "route", route, "path", r.URL.Path, "request_id", id, "error", err)
		return
	}
	status, msg := errorStatus(err)
	h := w.Header()
	if (errors.Is(err, model.ErrUnavailable) || errors.Is(err, model.ErrReadOnly)) && status == http.StatusServiceUnavailable {
		h.Set("Retry-After", strconv.Itoa(int(s.cfg.RetryAfter.Seconds())))
	}
	// The answer depends on Accept-Language: English by default, Vietnamese
	// for a client that prefers it (the widget asks for it).
	h.Add("Vary", "Accept-Language")
	vi := ""
	if prefersVietnamese(r) {
		vi = vietnameseMessage(err, status)
	}
	if status >= 500 {
		level := slog.LevelError
		if status == http.StatusServiceUnavailable {
			level = slog.LevelWarn
		}
		s.log.Log(r.Context(), level, "request failed", "route", route, "method", r.Method, "path", r.URL.Path,
			"status", status, "client", s.clientString(r), "request_id", id, "error", err)
		if id != "" {
			msg += " (request id " + id + ")"
			if vi != "" {
				vi += " (mã yêu cầu " + id + ")"
			}
		}
	}
	msg = cmp.Or(vi, msg)
	for _, k := range []string{"ETag", "Last-Modified", "Content-Encoding", "Content-Length"} {
		h.Del(k)
	}
	if status >= 500 && htmlRoute(route) && s.serverErrorPage(w, r, status, id) == nil {
		return
	}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		fmt.Fprintln(w, msg)
	}
}

// statusWriter records the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.status, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) code() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.status
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// httpTime formats t for Last-Modified.
func httpTime(t time.Time) string { return t.UTC().Format(http.TimeFormat) }

// asHTTPError is errors.As for a *httpError.
func asHTTPError(err error) (*httpError, bool) {
	var he *httpError
	ok := errors.As(err, &he)
	return he, ok
}
