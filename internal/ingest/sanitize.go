package ingest

import (
	"net/url"
	"strings"

	"github.com/microcosm-cc/bluemonday"
)

// newPolicy is bluemonday's UGC policy: no scripts, styles, iframes, forms
// or event attributes; only http(s)/mailto and relative URLs; rel=nofollow
// on links.
func newPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("loading").OnElements("img")
	// The UGC policy keeps alt text only when it matches a narrow pattern
	// (no ':', '%', '?', quotes…), dropping captions such as "Ảnh: TTXVN".
	// Attribute values are escaped on output, so any text is safe here.
	p.AllowAttrs("alt").OnElements("img")
	return p
}

// sanitize returns raw as safe HTML: lazy images given their real src,
// everything the policy forbids removed, relative URLs made absolute
// against base.
func (p *Parser) sanitize(raw string, base *url.URL) string {
	if raw == "" {
		return ""
	}
	if strings.Contains(raw, "data-src=") || strings.Contains(raw, "data-original=") {
		raw = promoteLazy(raw)
	}
	raw = endBreaks(raw)
	return strings.TrimSpace(absolutize(p.policy.Sanitize(raw), base))
}

// promoteLazy gives each lazy-loading <img> (data-src or data-original with
// a missing or data: src) its real src, so sanitising keeps the picture.
func promoteLazy(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		t := nextTag(s, i)
		if t.end <= i {
			i++
			continue
		}
		if t.name == "img" && !t.closing {
			if fixed, ok := lazyImgTag(s[i:t.end]); ok {
				b.WriteString(s[last:i])
				b.WriteString(fixed)
				last = t.end
			}
		}
		i = t.end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// lazyImgTag rewrites one <img …> tag text; false when nothing is lazy.
func lazyImgTag(t string) (string, bool) {
	lazy, srcStart, srcEnd := "", -1, -1
	attrs(t, func(name, val string, start, end int) bool {
		switch name {
		case "src":
			srcStart, srcEnd = start, end
		case "data-src", "data-original":
			lazy = val
		}
		return true
	})
	if lazy == "" {
		return t, false
	}
	if srcStart < 0 {
		return `<img src="` + strings.ReplaceAll(lazy, `"`, "&#34;") + `"` + t[len("<img"):], true
	}
	if src := t[srcStart:srcEnd]; src != "" && !strings.HasPrefix(src, "data:") {
		return t, false
	}
	return t[:srcStart] + lazy + t[srcEnd:], true
}

// endBreaks rewrites each `</br>` (any case, spaces before '>') as `<br>`,
// which is what HTML parsers make of it: VnExpress puts one after its
// image link, and an end tag for a void element is invalid in feeds.
func endBreaks(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(s[i:], "</")
		if j < 0 {
			break
		}
		i += j
		k := i + 2
		if k+2 > len(s) || !strings.EqualFold(s[k:k+2], "br") {
			i = k
			continue
		}
		k += 2
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r') {
			k++
		}
		if k >= len(s) || s[k] != '>' {
			i = k
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString("<br>")
		last, i = k+1, k+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
