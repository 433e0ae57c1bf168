package ingest

import (
	"html"
	"slices"
	"strings"
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

// documentParts returns the parts (itemPartsOf) of each of raws and their
// boilerplate (findBoilerplate over the summaries' texts), or nil, nil when
// the document has fewer than boilerMinItems items or every item is
// unchanged (its raw hash is stored[key]): then each changed item's parts
// are read as it is made, and there is no boilerplate to cut.
func documentParts(raws []rawItem, stored map[string]string, fc *feedCtx) ([]itemParts, []boiler) {
	if len(raws) < boilerMinItems || !slices.ContainsFunc(raws, func(r rawItem) bool { return r.key == "" || stored[r.key] != r.raw }) {
		return nil, nil
	}
	parts := make([]itemParts, len(raws))
	texts := make([]string, len(raws))
	for i, r := range raws {
		parts[i] = itemPartsOf(r.it, fc)
		texts[i] = parts[i].text
	}
	return parts, findBoilerplate(texts)
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
