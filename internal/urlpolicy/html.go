package urlpolicy

import (
	"html"
	"strings"
)

// SanitizedHTML re-checks stored HTML on its way out: every href, src and
// cite value that fails Clean is removed with its attribute (an article
// stored before this policy existed may hold a "javascript:///…" link made
// by resolving after sanitising). It expects what an HTML sanitiser writes
// (bluemonday, html/template): every attribute value in double quotes and
// '"' escaped in text, so ` href="` occurs only inside tags. It returns s
// itself when nothing is removed.
func SanitizedHTML(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], `="`)
		if j < 0 {
			break
		}
		j += i
		vs := j + 2
		ve := strings.IndexByte(s[vs:], '"')
		if ve < 0 {
			break
		}
		ve += vs
		i = ve + 1
		name := attrName(s[:j])
		if name == "" {
			continue
		}
		if _, ok := Clean(html.UnescapeString(s[vs:ve])); ok {
			continue
		}
		b.WriteString(s[last : j-len(name)-1]) // drop the space before the name too
		last = ve + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// attrName returns the URL attribute name that s ends with (" href"), or "".
func attrName(s string) string {
	for _, n := range [...]string{"href", "src", "cite"} {
		if len(s) > len(n) && strings.HasSuffix(s, n) && isSpace(s[len(s)-len(n)-1]) {
			return n
		}
	}
	return ""
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
