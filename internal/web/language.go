package web

import (
	"cmp"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bantin/internal/model"
)

// prefersVietnamese reports whether r's Accept-Language puts Vietnamese
// ("vi", "vi-VN") first: the highest weight, the first of equal ones. A
// weight that does not parse counts as 1; q=0 refuses the language.
func prefersVietnamese(r *http.Request) bool {
	best, bestQ := "", 0.0
	for _, h := range r.Header.Values("Accept-Language") {
		for part := range strings.SplitSeq(h, ",") {
			tag, params, _ := strings.Cut(part, ";")
			tag = strings.ToLower(strings.TrimSpace(tag))
			q := 1.0
			if k, v, ok := strings.Cut(params, "="); ok && strings.TrimSpace(k) == "q" {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
			if tag != "" && q > bestQ {
				best, bestQ = tag, q
			}
		}
	}
	return best == "vi" || strings.HasPrefix(best, "vi-")
}

// vietnameseMessage is the plain-text answer of err (status as writeError
// decided it) for a client that prefers Vietnamese: the widget, a visitor
// opening a feed in a browser. It returns "" when err has no Vietnamese
// form (the English one is sent then).
func vietnameseMessage(err error, status int) string {
	if he, ok := asHTTPError(err); ok {
		return capitalize(cmp.Or(he.viText, he.vi))
	}
	switch {
	case errors.Is(err, model.ErrUnavailable):
		return "Bản tin tạm thời không đọc được dữ liệu; vui lòng thử lại sau ít phút."
	case errors.Is(err, model.ErrReadOnly):
		return "Bản tin tạm thời không ghi được dữ liệu; vui lòng thử lại sau ít phút."
	case status >= 500:
		return "Máy chủ Bản tin gặp lỗi; vui lòng thử lại sau."
	case errors.Is(err, model.ErrNotFound):
		return "Không tìm thấy."
	}
	return ""
}

// slugMessages returns the English and Vietnamese answers naming an
// unknown topic or province and the valid ones, or ok false when err is
// not a *model.SlugError.
func slugMessages(err error) (en, vi string, ok bool) {
	var se *model.SlugError
	if !errors.As(err, &se) {
		return "", "", false
	}
	guess := ""
	if se.Suggest != "" {
		guess = fmt.Sprintf(" Có phải “%s”?", se.Suggest)
	}
	if se.Kind == "topic" {
		vi = fmt.Sprintf("Không có chủ đề “%s”.%s Các chủ đề: %s.", se.Slug, guess, strings.Join(se.Valid, ", "))
	} else {
		vi = fmt.Sprintf("Không có tỉnh, thành phố “%s”.%s Các tỉnh, thành phố: %s", se.Slug, guess, strings.Join(se.Valid, ", "))
		if len(se.Former) > 0 {
			vi += " (tỉnh cũ: " + strings.Join(se.Former, ", ") + ")"
		}
		vi += "."
	}
	return se.Error(), vi, true
}

// slugNotFound is the 404 of a feed path naming an unknown topic or
// province (err from the catalog's checks).
func slugNotFound(err error) error {
	he := &httpError{status: http.StatusNotFound, msg: err.Error()}
	if _, vi, ok := slugMessages(err); ok {
		he.viText = vi
	}
	return he
}

// capitalize upper-cases the first letter of a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
