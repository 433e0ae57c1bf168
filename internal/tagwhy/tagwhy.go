// Package tagwhy tells a reader, in plain Vietnamese, why an article carries
// a topic or province tag. It reads the reason string the classifier stores
// with each tag (model.TopicTag.Reason, model.ProvinceTag.Reason; the forms
// are listed in topic.go and province.go) and never imports the classifier:
// the pages depend on the stored string only, so rows written by any earlier
// release render too.
package tagwhy

import (
	"strconv"
	"strings"
)

// Names resolves the slugs a reason may carry to the names readers know.
// A nil func, or one returning "", leaves the slug as written.
type Names struct {
	Topic    func(slug string) string
	Province func(slug string) string
}

func (n Names) topic(slug string) string    { return lookup(n.Topic, slug) }
func (n Names) province(slug string) string { return lookup(n.Province, slug) }

func lookup(f func(string) string, slug string) string {
	if f != nil {
		if s := f(slug); s != "" {
			return s
		}
	}
	return slug
}

// Fallback is the explanation given for a reason in no known form (a
// hand-made tag, a form of a newer classifier this release does not know).
const Fallback = "gắn tự động, không có giải thích chi tiết"

// fields maps the classifier's field names to the words a reader knows.
var fields = map[string]string{"title": "tiêu đề", "summary": "đoạn dẫn", "body": "nội dung"}

// quote puts s in Vietnamese curly quotes.
func quote(s string) string { return "“" + s + "”" }

// scanner reads a reason left to right; every method returns false and
// leaves the position alone when the text does not match.
type scanner struct{ s string }

// lit consumes p.
func (r *scanner) lit(p string) bool {
	if !strings.HasPrefix(r.s, p) {
		return false
	}
	r.s = r.s[len(p):]
	return true
}

// goQuoted consumes a Go-quoted string ("…" as strconv.Quote writes it)
// and returns its value.
func (r *scanner) goQuoted() (string, bool) {
	q, err := strconv.QuotedPrefix(r.s)
	if err != nil {
		return "", false
	}
	v, err := strconv.Unquote(q)
	if err != nil {
		return "", false
	}
	r.s = r.s[len(q):]
	return v, true
}

// until consumes text up to the first sep, and sep; it returns the text.
func (r *scanner) until(sep string) (string, bool) {
	i := strings.Index(r.s, sep)
	if i < 0 {
		return "", false
	}
	v := r.s[:i]
	r.s = r.s[i+len(sep):]
	return v, true
}

// word consumes a run of bytes none of which is in stop (at least one).
func (r *scanner) word(stop string) (string, bool) {
	i := strings.IndexAny(r.s, stop)
	if i < 0 {
		i = len(r.s)
	}
	if i == 0 {
		return "", false
	}
	v := r.s[:i]
	r.s = r.s[i:]
	return v, true
}

// field consumes a field name and returns its Vietnamese word.
func (r *scanner) field() (string, bool) {
	for en, vi := range fields {
		if r.lit(en) {
			return vi, true
		}
	}
	return "", false
}
