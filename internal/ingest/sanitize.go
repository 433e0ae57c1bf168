package ingest

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/microcosm-cc/bluemonday"
	"golang.org/x/net/html"

	"bantin/internal/urlpolicy"
)

// newPolicy is bluemonday's UGC policy made strict about URLs: no scripts,
// styles, iframes, forms or event attributes; rel=nofollow on links; and
// only absolute http(s) URLs with a host, since resolveLinks made every
// acceptable URL absolute before (a relative or mailto: URL left here is
// dropped).
func newPolicy() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("loading").OnElements("img")
	// The UGC policy keeps alt text only when it matches a narrow pattern
	// (no ':', '%', '?', quotes…), dropping captions such as "Ảnh: TTXVN".
	// Attribute values are escaped on output, so any text is safe here.
	p.AllowAttrs("alt").OnElements("img")
	p.AllowRelativeURLs(false)
	hasHost := func(u *url.URL) bool { return u.Host != "" }
	p.AllowURLSchemeWithCustomPolicy("http", hasHost)
	p.AllowURLSchemeWithCustomPolicy("https", hasHost)
	p.AllowURLSchemeWithCustomPolicy("mailto", func(*url.URL) bool { return false })
	return p
}

// sanitize returns raw as safe HTML. URLs are resolved first, against base
// (which passed urlpolicy, or is nil), and refused by urlpolicy where they
// would not be absolute http(s); then bluemonday removes everything its
// policy forbids, so that no resolution happens after sanitising. Markup
// fastSanitize knows is made the same in one cheaper pass.
func (p *Parser) sanitize(raw string, base *url.URL) string {
	if raw == "" {
		return ""
	}
	if out, ok := fastSanitize(raw, base); ok {
		return strings.TrimSpace(out)
	}
	return p.sanitizeSlow(raw, base)
}

// sanitizeSlow is sanitize by the general path: tokenised by resolveLinks,
// then by the policy.
func (p *Parser) sanitizeSlow(raw string, base *url.URL) string {
	return strings.TrimSpace(p.policy.Sanitize(resolveLinks(raw, base)))
}

// urlAttrs are the attributes holding a URL that a browser would follow or
// load; resolveLinks resolves or removes every one of them.
var urlAttrs = map[string]bool{"href": true, "src": true, "cite": true, "action": true, "formaction": true,
	"poster": true, "background": true, "longdesc": true, "data": true, "codebase": true, "xlink:href": true,
	"srcset": true, "icon": true, "manifest": true, "profile": true, "dynsrc": true, "lowsrc": true}

// resolveLinks tokenises raw as a browser would and rewrites each tag that
// carries a URL: every URL attribute is resolved against base by urlpolicy
// and removed when it fails (srcset always: its list syntax is not worth
// the risk), and a lazy <img> (data-src or data-original with a missing or
// data: src) gets its real src. Each </br> becomes <br>, which is what HTML
// parsers make of it (VnExpress puts one after its image link; an end tag
// for a void element is invalid in feeds). Everything else is copied byte
// for byte.
func resolveLinks(raw string, base *url.URL) string {
	z := html.NewTokenizer(strings.NewReader(raw))
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/8)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		if tt == html.EndTagToken {
			raw := z.Raw()
			if name, _ := z.TagName(); string(name) == "br" {
				b.WriteString("<br>")
			} else {
				b.Write(raw)
			}
			continue
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			b.Write(z.Raw())
			continue
		}
		raw := z.Raw()
		if !mayHoldURL(raw) { // most tags: copied without building a token
			b.Write(raw)
			continue
		}
		tok := z.Token()
		if fixed, ok := fixTag(&tok, base); ok {
			b.WriteString(fixed.String())
		} else {
			b.Write(raw)
		}
	}
}

// fixTag rewrites the URL attributes of t; false when it has none.
func fixTag(t *html.Token, base *url.URL) (*html.Token, bool) {
	changed, lazy, src := false, "", -1
	kept := t.Attr[:0:0]
	for _, a := range t.Attr {
		key := strings.ToLower(a.Key)
		if a.Namespace != "" {
			key = a.Namespace + ":" + key
		}
		switch {
		case t.Data == "img" && (key == "data-src" || key == "data-original"):
			lazy = a.Val
		case urlAttrs[key]:
			changed = true
			if key == "srcset" {
				continue
			}
			if key == "src" && t.Data == "img" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(a.Val)), "data:") {
				continue // a placeholder: the lazy source, if any, replaces it
			}
			v, ok := urlpolicy.Resolve(base, a.Val)
			if !ok {
				continue
			}
			a.Val = v
			if key == "src" {
				src = len(kept)
			}
		}
		kept = append(kept, a)
	}
	if lazy != "" && src < 0 {
		if v, ok := urlpolicy.Resolve(base, lazy); ok {
			kept = append(kept, html.Attribute{Key: "src", Val: v})
		}
		changed = true
	}
	if !changed {
		return nil, false
	}
	t.Attr = kept
	return t, true
}

// urlAttrHints are substrings, lower case, of which every name in urlAttrs
// contains one, and the lazy image attributes.
var urlAttrHints = [...]string{"href", "src", "cite", "action", "data", "poster", "background", "longdesc",
	"codebase", "icon", "manifest", "profile"}

// mayHoldURL reports whether the tag text raw may carry a URL attribute: it
// has a '=' and one of urlAttrHints in any case. A false answer is sure.
func mayHoldURL(raw []byte) bool {
	if bytes.IndexByte(raw, '=') < 0 {
		return false
	}
	for _, h := range urlAttrHints {
		if containsFold(raw, h) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring ASCII case.
func containsFold(s []byte, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
