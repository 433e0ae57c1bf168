package ingest

import (
	"html"
	"slices"
	"strings"

	"github.com/mmcdole/gofeed"

	"bantin/internal/vntext"
)

// strip returns text without b's head and tail; text that is all
// boilerplate becomes "".
func (b boiler) strip(text string) string {
	if b.head != "" && strings.HasPrefix(text, b.head) {
		text = text[len(b.head):]
	}
	if b.tail != "" && strings.HasSuffix(text, b.tail) {
		text = text[:len(text)-len(b.tail)]
	}
	return strings.TrimSpace(text)
}

// documentBoilerplate returns the boilerplate of each of raws (nil when
// none has any, or when every item is unchanged: its raw hash is
// stored[key]): findBoilerplate over the text each item's summary is made
// of (its description's, else its content's).
func documentBoilerplate(raws []rawItem, stored map[string]string) []boiler {
	if len(raws) < boilerMinItems || !slices.ContainsFunc(raws, func(r rawItem) bool { return r.key == "" || stored[r.key] != r.raw }) {
		return nil
	}
	texts := make([]string, len(raws))
	for i, r := range raws {
		if r.it != nil {
			texts[i] = itemText(r.it)
		}
	}
	return findBoilerplate(texts)
}

// itemText is the text item makes its summary of, before the byline is
// split off: its description's, else its content's.
func itemText(it *gofeed.Item) string {
	text, _ := textAndImage(fixEncodedHTML(vntext.Normalize(it.Description)), nil)
	if text == "" && it.Content != "" {
		text, _ = textAndImage(fixEncodedHTML(vntext.Normalize(it.Content)), nil)
	}
	return text
}

// stripHTML returns the sanitised body h without b's head and tail where
// they stand in it as written (as text, or escaped) at its start or end,
// with only tags and white space before the head or after the tail; h
// otherwise (boilerplate split across elements stays in the body).
func (b boiler) stripHTML(h string) string {
	if b.tail != "" {
		for _, t := range [...]string{b.tail, html.EscapeString(b.tail)} {
			if i := strings.LastIndex(h, t); i >= 0 && onlyTags(h[i+len(t):]) {
				h = strings.TrimRight(h[:i], " ") + h[i+len(t):]
				break
			}
		}
	}
	if b.head != "" {
		for _, t := range [...]string{b.head, html.EscapeString(b.head)} {
			if i := strings.Index(h, t); i >= 0 && onlyTags(h[:i]) {
				h = h[:i] + strings.TrimLeft(h[i+len(t):], " ")
				break
			}
		}
	}
	return h
}

// onlyTags reports whether s holds nothing but tags and white space.
func onlyTags(s string) bool {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		end := strings.IndexByte(s, '>')
		if s[0] != '<' || end < 0 {
			return false
		}
		s = s[end+1:]
	}
	return true
}
