package ingest

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"bantin/internal/model"
	"bantin/internal/urlpolicy"
)

// executable parses s as a browser parses a fragment and returns the first
// thing in it that could run or load something other than an http(s) URL,
// or "".
func executable(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return err.Error()
	}
	var walk func(n *html.Node) string
	walk = func(n *html.Node) string {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "iframe", "object", "embed", "form", "input", "button", "base", "meta", "link",
				"svg", "math", "frame", "frameset", "template", "noscript", "textarea", "select":
				return "<" + n.Data + ">"
			}
			if n.Namespace != "" {
				return "<" + n.Namespace + " " + n.Data + ">"
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "style" || a.Key == "srcset" || a.Key == "action" {
					return a.Key + "=" + a.Val
				}
				if a.Key == "href" || a.Key == "src" || a.Key == "cite" {
					if out, ok := urlpolicy.Clean(a.Val); !ok || out != a.Val {
						return a.Key + "=" + a.Val
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if bad := walk(c); bad != "" {
				return bad
			}
		}
		return ""
	}
	for _, n := range nodes {
		if bad := walk(n); bad != "" {
			return bad
		}
	}
	return ""
}

// FuzzSanitize is the sanitiser and URL resolution pair: whatever the
// markup and the base, the result holds no executable element, handler or
// style, and every href, src and cite is an absolute http(s) URL in the
// policy's own spelling.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{`<a href="x%0Aalert(document.domain)">a</a>`, `<img src="data:x" data-src="/a.jpg">`,
		`<a href="java&#9;script:alert(1)">b</a>`, `<svg><a xlink:href="javascript:x">c</a></svg>`,
		`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, `<base href="javascript:x//"><a href="/y">`,
		`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`, `<a href="https://x.vn/" onclick="x()">ok</a>`} {
		f.Add(s, "https://bao.vn/tin/a.html")
		f.Add(s, "javascript://bao.vn/")
	}
	p := NewParser(nil)
	f.Fuzz(func(t *testing.T, raw, baseURL string) {
		base, _ := urlpolicy.Parse(baseURL)
		out := p.sanitize(raw, base)
		if bad := executable(out); bad != "" {
			t.Fatalf("sanitize(%q, %q) = %q keeps %s", raw, baseURL, out, bad)
		}
	})
}

// FuzzParse is feed normalisation: any body parses or fails with a
// *ParseError; every article's link and image pass the URL policy in its
// spelling, its content is safe, and its title, author and categories
// hold no markup.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"thanhnien.rss", "cafef.rss", "bench-50.rss"} {
		if b := fixture(f, name); len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte(`<rss version="2.0"><channel><link>javascript://x/</link><item><title>&lt;b&gt;t&lt;/b&gt;</title><link>a</link>` +
		`<description>&lt;a href="x%0Aalert(1)"&gt;x&lt;/a&gt;</description><enclosure url="DATA:text/html,x" type="image/png"/></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;script&gt;x&lt;/script&gt;t</title>` +
		`<id>1</id><link href="java&#9;script:x"/><content type="html">&lt;img src=x onerror=y&gt;</content></entry></feed>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"vbscript:x","image":"javascript:x","title":"<b>t</b>","content_html":"<a href=\"x\">a</a>"}]}`))
	p := NewParser(nil)
	src := model.Source{URL: "https://bao.vn/rss/tin.rss"}
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, body []byte) {
		feed, err := p.Parse(body, "", src, now)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error %T %v", err, err)
			}
			return
		}
		for _, a := range feed.Items {
			for _, u := range []string{a.URL, a.ImageURL, feed.HomeURL} {
				if out, ok := urlpolicy.Clean(u); u != "" && (!ok || out != u) {
					t.Fatalf("URL %q does not pass the policy as it is", u)
				}
			}
			if bad := executable(a.ContentHTML); bad != "" {
				t.Fatalf("content %q keeps %s", a.ContentHTML, bad)
			}
			for _, s := range append([]string{a.Title, a.Author, feed.Title}, a.Categories...) {
				if hasMarkup(s) {
					t.Fatalf("markup in text %q", s)
				}
			}
		}
	})
}

// hasMarkup reports whether an HTML tokenizer finds anything but text in s.
func hasMarkup(s string) bool {
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.TextToken:
		default:
			return true
		}
	}
}

// FuzzCleanText: plain text fields never hold markup, whatever the
// nesting of escapes and tags.
func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"&lt;b&gt;Hà Nội&lt;/b&gt;", "<<b>x", "&amp;lt;script&amp;gt;", "a < b", "<3", "x</ y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if out := cleanText(s); hasMarkup(out) {
			t.Fatalf("cleanText(%q) = %q holds markup", s, out)
		}
	})
}

// FuzzSanitizeStable: the sanitiser's output is a fixed point, of the
// sanitiser (a body refetched or re-normalised does not change) and of
// urlpolicy.SanitizedHTML, the check stored HTML passes on its way out (it
// must not rewrite what ingest already made safe).
func FuzzSanitizeStable(f *testing.F) {
	for _, s := range []string{`<a href="/a b">x</a><img src="//cdn.vn/1.jpg" alt="&quot;">`, `<p>a<b>b<i>c</b>d</i></p>`,
		`<table><tr><td>x<td>y</table>`, `<a href="https://x.vn/?a=1&amp;b=2#c">k</a>`, `<ul><li>1<li>2</ul><br/><hr>`,
		`<img src="data:image/png;base64,AAA"><a href="https://bao.vn/%E1%BA%A1">ạ</a>`, "<p>\u202e\u200bx&nbsp;y</p>"} {
		f.Add(s, "https://bao.vn/tin/a.html")
	}
	p := NewParser(nil)
	f.Fuzz(func(t *testing.T, raw, baseURL string) {
		base, _ := urlpolicy.Parse(baseURL)
		out := p.sanitize(raw, base)
		if again := p.sanitize(out, base); again != out {
			t.Fatalf("sanitize(%q) = %q, and sanitized again %q", raw, out, again)
		}
		if checked := urlpolicy.SanitizedHTML(out); checked != out {
			t.Fatalf("sanitize(%q) = %q, which SanitizedHTML rewrites as %q", raw, out, checked)
		}
	})
}
