package ingest

import (
	"html"
	"strings"
	"unicode/utf8"

	"bantin/internal/vntext"
)

// maxUnescape bounds "decode until stable" against adversarial input.
const maxUnescape = 4

// cleanText turns upstream plain text (titles, names, categories) into
// bantin text: entities decoded until stable (so a double-encoded
// "n&amp;agrave;y" reads "này"), NFC with Đ folded and controls removed,
// then markup removed as HTMLText removes it (an RSS title escaped once, an
// Atom type="html" title: "<b>Hà Nội</b>" reads "Hà Nội", a script's text
// is dropped; after the controls, so that "<\x13A>" cannot become a tag),
// whitespace collapsed and trimmed. What it returns is text in which an
// HTML reader finds no tag.
func cleanText(s string) string {
	return collapseSpace(stripTags(vntext.DropBidi(vntext.Normalize(unescapeStable(s)))))
}

// stripTags removes markup until none is left: HTMLText until the text
// stops changing, then any '<' that would still open a tag ("<<b>x" reads
// "<x" after one pass), and any '<' before another '<' ("<</0" must not
// become "</0"). The result holds no '<' followed by a letter, '/', '!',
// '?' or '<'.
func stripTags(s string) string {
	for i := 0; i < maxUnescape && strings.IndexByte(s, '<') >= 0; i++ {
		t := HTMLText(s)
		if t == s {
			break
		}
		s = t
	}
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		// Only '<' is ever dropped, so a '<' kept is followed by the
		// character after it in s: keep it only before a harmless one.
		if s[i] == '<' && i+1 < len(s) && (isAlpha(s[i+1]) || strings.IndexByte("/!?<", s[i+1]) >= 0) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// unescapeStable decodes HTML entities until the text stops changing.
func unescapeStable(s string) string {
	for i := 0; i < maxUnescape && strings.IndexByte(s, '&') >= 0; i++ {
		u := html.UnescapeString(s)
		if u == s {
			break
		}
		s = u
	}
	return s
}

// fixEncodedHTML repairs HTML that was entity-encoded once too often:
// markup delivered as "&lt;p&gt;" with no real tag is decoded once, and
// "&amp;agrave;" inside markup becomes "&agrave;".
func fixEncodedHTML(s string) string {
	if strings.IndexByte(s, '<') < 0 && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	for i := 0; i < maxUnescape && strings.Contains(s, "&amp;"); i++ {
		u := collapseAmp(s)
		if u == s {
			break
		}
		s = u
	}
	return s
}

// collapseAmp rewrites "&amp;name;" and "&amp;#123;" to "&name;"/"&#123;".
func collapseAmp(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(s[i:], "&amp;")
		if j < 0 {
			break
		}
		j += i
		k := j + len("&amp;")
		e := k
		for e < len(s) && e-k < 32 && (isAlnum(s[e]) || s[e] == '#') {
			e++
		}
		if e > k && e < len(s) && s[e] == ';' {
			b.WriteString(s[last : j+1])
			last = k
		}
		i = k
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// truncateWords returns s cut to at most n characters at a word boundary,
// with "…" appended when anything was cut.
func truncateWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if sp := strings.LastIndexByte(s, ' '); sp > len(s)/2 {
		s = s[:sp]
	}
	return strings.TrimRight(s, " ,;:-–") + "…"
}
