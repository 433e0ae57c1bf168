package feeds

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ErrInvalid is returned (wrapped) by Render when the Feed cannot be rendered
// validly: an item without ID and URL, or an Atom feed without any id.
var ErrInvalid = errors.New("feeds: invalid feed")

// Render writes f to w in the given format. It returns an error wrapping
// ErrFormat for an invalid format, ErrInvalid for a feed that cannot be
// rendered validly, or the writer's error. Render does not modify f and is
// safe for concurrent use with the same f.
func Render(w io.Writer, f *Feed, format Format) error {
	if err := check(f, format); err != nil {
		return err
	}
	if format == JSON {
		doc := newJSON(f)
		return doc.encode(w)
	}
	_, err := w.Write(appendXML(make([]byte, 0, sizeHint(f)), f, format))
	return err
}

// Append renders f like Render and appends the bytes to dst, returning the
// extended slice, or dst itself with Render's errors (ErrFormat, ErrInvalid). Reusing dst across calls avoids
// growing a fresh buffer.
func Append(dst []byte, f *Feed, format Format) ([]byte, error) {
	if err := check(f, format); err != nil {
		return dst, err
	}
	if format != JSON {
		return appendXML(dst, f, format), nil
	}
	buf := bytes.NewBuffer(dst)
	doc := newJSON(f)
	if err := doc.encode(buf); err != nil {
		return dst, err
	}
	return buf.Bytes(), nil
}

// appendXML appends f, already checked, as RSS or Atom to dst: Feed to
// shape (newRSS, newAtom), then the shape's own writer.
func appendXML(dst []byte, f *Feed, format Format) []byte {
	if format == RSS {
		doc := newRSS(f)
		return doc.appendXML(dst)
	}
	doc := newAtom(f)
	return doc.appendXML(dst)
}

// sizeHint estimates the rendered size of f in bytes, so that Render
// allocates its buffer once in the common case.
func sizeHint(f *Feed) int {
	n := 1024
	for i := range f.Items {
		it := &f.Items[i]
		n += 768 + len(it.Title) + 2*len(it.Summary) + len(it.ContentHTML)
	}
	return n
}

// check validates the format and the parts of f every reader relies on.
func check(f *Feed, format Format) error {
	if format < RSS || format > JSON {
		return fmt.Errorf("%w: %v", ErrFormat, format)
	}
	if f == nil {
		return fmt.Errorf("%w: nil feed", ErrInvalid)
	}
	if format == Atom && f.id() == "" {
		return fmt.Errorf("%w: Atom needs Feed.ID, SelfURL or HomeURL", ErrInvalid)
	}
	for i := range f.Items {
		if f.Items[i].id() == "" {
			return fmt.Errorf("%w: item %d (%q) has neither ID nor URL", ErrInvalid, i, f.Items[i].Title)
		}
	}
	return nil
}

// id returns the feed's permanent id: ID, else SelfURL, else HomeURL.
func (f *Feed) id() string {
	return firstNonEmpty(f.ID, f.SelfURL, f.HomeURL)
}

// lang returns the feed language, DefaultLanguage when unset.
func (f *Feed) lang() string {
	return firstNonEmpty(f.Language, DefaultLanguage)
}

// updated returns Feed.Updated, else the latest item time, else zero.
func (f *Feed) updated() time.Time {
	if !f.Updated.IsZero() {
		return f.Updated
	}
	var t time.Time
	for i := range f.Items {
		if u := f.Items[i].updated(); u.After(t) {
			t = u
		}
	}
	return t
}

// id returns the item's permanent id: ID, else URL.
func (it *Item) id() string { return firstNonEmpty(it.ID, it.URL) }

// published returns Published, else Updated (either may be zero).
func (it *Item) published() time.Time {
	if it.Published.IsZero() {
		return it.Updated
	}
	return it.Published
}

// updated returns Updated, else Published (either may be zero).
func (it *Item) updated() time.Time {
	if it.Updated.IsZero() {
		return it.Published
	}
	return it.Updated
}

// author returns the name credited in Atom and JSON: the author, else the
// source publication (Atom requires an author on each entry or the feed).
func (it *Item) author() string { return firstNonEmpty(it.AuthorName, it.SourceName) }

// contentHTML returns ContentHTML, else the summary as an HTML paragraph,
// else "".
func (it *Item) contentHTML() string {
	if it.ContentHTML != "" || it.Summary == "" {
		return it.ContentHTML
	}
	return "<p>" + htmlText(it.Summary) + "</p>"
}

// hasEnclosure reports whether the image's type and length are known, which
// RSS <enclosure> requires (the W3C validator rejects length 0).
func (it *Item) hasEnclosure() bool {
	return it.ImageURL != "" && it.ImageType != "" && it.ImageLength > 0
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// utc normalises t for output: UTC, whole seconds.
func utc(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

// rfc3339 formats t for Atom, or "" when t is zero.
func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return utc(t).Format(time.RFC3339)
}

// rfc1123 formats t for RSS, or "" when t is zero.
func rfc1123(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return utc(t).Format(time.RFC1123Z)
}

// htmlText escapes plain text for use as HTML text (RSS description, JSON
// content_html fallback): only &, < and > matter outside attributes.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
