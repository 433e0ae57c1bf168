package app

import (
	"context"
	"log/slog"

	"bantin/internal/urlpolicy"
)

// redactKeys are the log attributes that hold a source's feed URL, which
// may carry a key or token in its query or user info.
var redactKeys = map[string]bool{"url": true, "source_url": true}

// redactHandler removes credentials (user info, the query parameters of
// BANTIN_SECRET_QUERY_PARAMS) from the URL attributes of every record, so
// that a source added with ?token=… does not put its token in the logs a
// collector keeps. Other attributes pass unchanged.
type redactHandler struct {
	slog.Handler
	r *urlpolicy.Redactor
}

func (h redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, rec.Message, rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.redact(a))
		return true
	})
	return h.Handler.Handle(ctx, out)
}

func (h redactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.redact(a)
	}
	return redactHandler{Handler: h.Handler.WithAttrs(clean), r: h.r}
}

func (h redactHandler) WithGroup(name string) slog.Handler {
	return redactHandler{Handler: h.Handler.WithGroup(name), r: h.r}
}

// redact returns a with its URL redacted when its key names a URL; a
// value that is no URL the policy accepts is left as it is.
func (h redactHandler) redact(a slog.Attr) slog.Attr {
	if !redactKeys[a.Key] || a.Value.Kind() != slog.KindString {
		return a
	}
	if clean := h.r.Redact(a.Value.String()); clean != "" {
		a.Value = slog.StringValue(clean)
	}
	return a
}
