package web

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"bantin/internal/model"
)

// httpError is an error with the status and message the client sees.
type httpError struct {
	status int
	msg    string
	err    error // cause, logged for 5xx
}

func (e *httpError) Error() string {
	if e.err != nil {
		return e.msg + ": " + e.err.Error()
	}
	return e.msg
}

func (e *httpError) Unwrap() error { return e.err }

func badRequest(format string, args ...any) error {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &httpError{status: http.StatusNotFound, msg: fmt.Sprintf(format, args...)}
}

// handlerFunc is an HTTP handler that returns its error instead of writing it.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// handle adapts fn to http.Handler: it translates fn's error to a status
// and a plain-text message once, here, and counts the request under route.
func (s *Server) handle(route string, fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		err := fn(sw, r)
		if err != nil {
			s.writeError(sw, r, route, err)
		}
		s.metrics.request(route, sw.code())
	})
}

// writeError sends err as a plain-text response with its status.
func (s *Server) writeError(w *statusWriter, r *http.Request, route string, err error) {
	if w.wrote {
		s.log.Warn("error after response started", "route", route, "path", r.URL.Path, "error", err)
		return
	}
	status, msg := http.StatusInternalServerError, "internal server error"
	if he, ok := asHTTPError(err); ok {
		status, msg = he.status, he.msg
	} else if errors.Is(err, model.ErrNotFound) {
		status, msg = http.StatusNotFound, "not found"
	} else if errors.Is(err, model.ErrInvalid) {
		status, msg = http.StatusBadRequest, err.Error()
	}
	if status >= 500 {
		s.log.Error("request failed", "route", route, "method", r.Method, "path", r.URL.Path,
			"status", status, "error", err)
	}
	h := w.Header()
	for _, k := range []string{"ETag", "Last-Modified", "Content-Encoding", "Content-Length"} {
		h.Del(k)
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
