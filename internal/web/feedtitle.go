package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"bantin/internal/model"
)

// feedTitle names the selection: "Xây dựng Đảng · Thái Nguyên", a story's
// feed by its page's heading. It returns a 404 when q.Story has no
// article, a 400 naming the known sources when q.Source does not exist.
func (s *Server) feedTitle(ctx context.Context, q feedQuery) (string, error) {
	parts := s.selectionNames(q)
	if q.Story != 0 {
		arts, err := s.storyArticles(ctx, q.Story)
		if err != nil {
			return "", err
		}
		parts = append([]string{storyHeading(arts)}, parts...)
	}
	if q.Source != 0 {
		src, err := s.st.Source(ctx, q.Source)
		if errors.Is(err, model.ErrNotFound) {
			list, viList := s.sourceList(ctx), "chưa có"
			if list != "none" {
				viList = list
			}
			return "", &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf("unknown source %d; valid sources: %s", q.Source, list),
				viText: fmt.Sprintf("Không có nguồn tin số %d. Các nguồn: %s.", q.Source, viList)}
		} else if err != nil {
			return "", err
		}
		// Named after its channel at its first fetch; until then by its
		// host: its URL may carry credentials or a key (BANTIN_SECRET_QUERY_PARAMS).
		parts = append(parts, sourceName(src.Name, s.redact.Redact(src.URL)))
	}
	if q.Q != "" {
		parts = append(parts, "“"+q.Q+"”")
	}
	if len(parts) == 0 {
		return "Tất cả tin", nil
	}
	return strings.Join(parts, " · "), nil
}

// selectionNames returns the display names of q's topics and of its
// provinces, each group comma-joined.
func (s *Server) selectionNames(q feedQuery) []string {
	var parts, names []string
	for _, t := range q.Topics {
		tp, _ := s.cat.Topic(t)
		names = append(names, tp.Name)
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, ", "))
	}
	names = names[:0]
	for _, p := range q.Provinces {
		pr, _ := s.cat.Province(p)
		names = append(names, provinceLabel(pr))
	}
	if len(names) > 0 {
		parts = append(parts, strings.Join(names, ", "))
	}
	return parts
}

// sourceList names the sources for an error message: "1 (VnExpress), …",
// one not yet named by its host (sourceName).
func (s *Server) sourceList(ctx context.Context) string {
	srcs, err := s.st.Sources(ctx)
	if err != nil || len(srcs) == 0 {
		return "none"
	}
	out := make([]string, 0, len(srcs))
	for _, src := range srcs {
		out = append(out, strconv.FormatInt(src.ID, 10)+" ("+sourceName(src.Name, s.redact.Redact(src.URL))+")")
	}
	return strings.Join(out, ", ")
}
