package app

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"os/exec"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Checkers of the hostile corpus test: they read bantin's output with real
// parsers (encoding/xml, encoding/json, golang.org/x/net/html) and report
// everything a browser or feed reader could execute. Each returns one line
// per problem, naming where it is.

// safeURL reports a URL value a browser would only ever fetch or navigate
// to over http(s): read as a browser reads an attribute (references
// decoded, C0 controls and space trimmed, tab and newlines removed), then
// parsed; it must be absolute with an http or https scheme and a host.
func safeURL(v string) bool {
	v = html.UnescapeString(v)
	v = strings.TrimFunc(v, func(r rune) bool { return r <= ' ' })
	v = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(v)
	u, err := url.Parse(v)
	if err != nil {
		return false
	}
	s := strings.ToLower(u.Scheme)
	return (s == "http" || s == "https") && u.Host != "" && u.Opaque == ""
}

// forbiddenElements are the elements that run code, load documents or
// submit data, or rewrite how the rest of the page is read.
var forbiddenElements = map[atom.Atom]bool{atom.Script: true, atom.Iframe: true, atom.Frame: true,
	atom.Frameset: true, atom.Object: true, atom.Embed: true, atom.Applet: true, atom.Form: true,
	atom.Input: true, atom.Button: true, atom.Textarea: true, atom.Select: true, atom.Base: true,
	atom.Meta: true, atom.Link: true, atom.Svg: true, atom.Math: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true}

// urlAttrs are the attributes a browser fetches or follows.
var urlAttrs = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "data": true,
	"poster": true, "cite": true, "background": true, "xlink:href": true, "srcset": true, "codebase": true,
	"longdesc": true, "lowsrc": true, "dynsrc": true, "ping": true}

// htmlProblems parses s as a browser parses a fragment inside <div> (or a
// whole document) and reports executable content. In a document, the
// page's own <style> elements and style attributes (bantin's templates,
// the email's inlined CSS), <link>s to http(s) or same-origin URLs and
// forms posting to bantin itself and scripts loaded from bantin itself are
// allowed, but checked for script URLs.
func htmlProblems(where, s string, document bool) []string {
	var nodes []*html.Node
	if document {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return []string{where + ": " + err.Error()}
		}
		nodes = []*html.Node{doc}
	} else {
		ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		var err error
		if nodes, err = html.ParseFragment(strings.NewReader(s), ctx); err != nil {
			return []string{where + ": " + err.Error()}
		}
	}
	var bad []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			bad = append(bad, elementProblems(where, n, document)...)
		}
		bad = append(bad, bidiProblems(where, n)...)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return bad
}

// bidiControls are the bidi embedding, override and isolate controls a
// reader must not be handed (U+202A–U+202E, U+2066–U+2069).
const bidiControls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// bidiProblems: a parsed node's text or attribute values (decoded as a
// browser decodes them) hold no bidi control.
func bidiProblems(where string, n *html.Node) []string {
	var bad []string
	if n.Type == html.TextNode && strings.ContainsAny(n.Data, bidiControls) {
		bad = append(bad, fmt.Sprintf("%s: bidi control in text %q", where, n.Data))
	}
	for _, a := range n.Attr {
		if strings.ContainsAny(a.Val, bidiControls) {
			bad = append(bad, fmt.Sprintf("%s: bidi control in <%s %s=%q>", where, n.Data, a.Key, a.Val))
		}
	}
	return bad
}

func elementProblems(where string, n *html.Node, document bool) []string {
	var bad []string
	allowed := document && n.Namespace == "" && (n.DataAtom == atom.Style || n.DataAtom == atom.Meta ||
		n.DataAtom == atom.Link && (safeURL(attr(n, "href")) || strings.HasPrefix(attr(n, "href"), "/")) ||
		n.DataAtom == atom.Form && sameDocument(attr(n, "action")) ||
		n.DataAtom == atom.Input || n.DataAtom == atom.Button || n.DataAtom == atom.Select || // bantin's own forms
		n.DataAtom == atom.Script && sameDocument(attr(n, "src")) && textOf(n) == "") // bantin's own scripts
	if (forbiddenElements[n.DataAtom] || n.Namespace != "") && !allowed {
		bad = append(bad, fmt.Sprintf("%s: <%s %s>", where, n.Data, n.Namespace))
	}
	if n.DataAtom == atom.Style && styleProblem(textOf(n)) {
		bad = append(bad, fmt.Sprintf("%s: <style> %q", where, textOf(n)))
	}
	for _, a := range n.Attr {
		key := strings.ToLower(a.Key)
		if a.Namespace != "" {
			key = a.Namespace + ":" + key
		}
		switch {
		case strings.HasPrefix(key, "on"):
			bad = append(bad, fmt.Sprintf("%s: <%s %s=%q>", where, n.Data, key, a.Val))
		case key == "style" && (!document || styleProblem(a.Val)):
			bad = append(bad, fmt.Sprintf("%s: <%s style=%q>", where, n.Data, a.Val))
		case urlAttrs[key] && !(safeURL(a.Val) || document && sameDocument(a.Val)):
			bad = append(bad, fmt.Sprintf("%s: <%s %s=%q>", where, n.Data, key, a.Val))
		case key == "http-equiv" && !strings.EqualFold(a.Val, "Content-Type") ||
			key == "content" && strings.Contains(strings.ToLower(a.Val), "url="):
			bad = append(bad, fmt.Sprintf("%s: <%s %s=%q>", where, n.Data, key, a.Val))
		}
	}
	return bad
}

// sameDocument reports a path or fragment of bantin's own pages ("/x",
// "#x"), which templates write and which cannot carry a scheme.
func sameDocument(v string) bool {
	return strings.HasPrefix(v, "#") || strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "//")
}

// styleProblem reports CSS that could run or load something.
func styleProblem(css string) bool {
	l := strings.ToLower(html.UnescapeString(css))
	return strings.Contains(l, "javascript") || strings.Contains(l, "expression(") ||
		strings.Contains(l, "@import") || strings.Contains(l, "behavior") || strings.Contains(l, "url(")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// textProblems reports a plain-text value (a title, a name) that a reader
// reading it as HTML, as feedparser does with RSS titles, would find
// markup in.
func textProblems(where, s string) []string {
	if strings.ContainsAny(s, bidiControls) {
		return []string{fmt.Sprintf("%s: bidi control in text %q", where, s)}
	}
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.TextToken:
		default:
			return []string{fmt.Sprintf("%s: markup in text %q", where, s)}
		}
	}
}

// xmlFeedProblems walks an RSS or Atom document: URL attributes and link
// elements must be safe URLs; HTML content (content:encoded, Atom
// type="html", RSS description) must be free of executable content; titles,
// names and categories plain text.
func xmlFeedProblems(where string, body []byte) []string {
	var bad []string
	d := xml.NewDecoder(strings.NewReader(string(body)))
	var stack []xml.StartElement
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return bad
		}
		if err != nil {
			return append(bad, where+": "+err.Error())
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t)
			for _, a := range t.Attr {
				if (a.Name.Local == "href" || a.Name.Local == "url" || a.Name.Local == "src") && !safeURL(a.Value) {
					bad = append(bad, fmt.Sprintf("%s: <%s %s=%q>", where, t.Name.Local, a.Name.Local, a.Value))
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 || strings.TrimSpace(string(t)) == "" {
				continue
			}
			bad = append(bad, xmlTextProblems(where, stack, string(t))...)
		}
	}
}

func xmlTextProblems(where string, stack []xml.StartElement, text string) []string {
	el := stack[len(stack)-1]
	parent := ""
	if len(stack) > 1 {
		parent = stack[len(stack)-2].Name.Local
	}
	at := where + " " + parent + "/" + el.Name.Local
	isHTML := el.Name.Local == "description" || el.Name.Local == "encoded" ||
		(el.Name.Local == "content" || el.Name.Local == "summary") && attrValue(el, "type") == "html"
	switch {
	case isHTML:
		return htmlProblems(at, text, false)
	case el.Name.Local == "link" && !safeURL(text):
		return []string{fmt.Sprintf("%s: %q", at, text)}
	case el.Name.Local == "title" || el.Name.Local == "name" || el.Name.Local == "creator" ||
		el.Name.Local == "category" || el.Name.Local == "source":
		return textProblems(at, text)
	}
	return nil
}

func attrValue(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// jsonFeed is what JSON Feed consumers read.
type jsonFeed struct {
	HomePageURL string `json:"home_page_url"`
	FeedURL     string `json:"feed_url"`
	Title       string
	Items       []struct {
		ID, URL, Title, Summary, Image string
		ExternalURL                    string `json:"external_url"`
		BannerImage                    string `json:"banner_image"`
		ContentHTML                    string `json:"content_html"`
		Authors                        []struct{ Name, URL string }
		Tags                           []string
		Bantin                         struct {
			Source struct{ Name, URL string }
		} `json:"_bantin"`
	}
}

func jsonFeedProblems(where string, body []byte) []string {
	var f jsonFeed
	if err := json.Unmarshal(body, &f); err != nil {
		return []string{where + ": " + err.Error()}
	}
	var bad []string
	urls := []string{f.HomePageURL, f.FeedURL}
	for i, it := range f.Items {
		at := fmt.Sprintf("%s item %d", where, i)
		urls = append(urls, it.URL, it.ExternalURL, it.Image, it.BannerImage, it.Bantin.Source.URL)
		bad = append(bad, htmlProblems(at+" content_html", it.ContentHTML, false)...)
		for _, s := range append([]string{it.Title, it.Bantin.Source.Name}, it.Tags...) {
			bad = append(bad, textProblems(at, s)...)
		}
		for _, a := range it.Authors {
			urls = append(urls, a.URL)
			bad = append(bad, textProblems(at+" author", a.Name)...)
		}
	}
	for _, u := range urls {
		if u != "" && !safeURL(u) && !strings.HasPrefix(u, "mailto:") {
			bad = append(bad, fmt.Sprintf("%s: URL %q", where, u))
		}
	}
	return bad
}

// feedparserTitles returns, per entry id, the title python3-feedparser
// reads from an RSS or Atom body (it reads RSS titles as HTML when they
// look like HTML), or nil when python3 with feedparser is not installed.
func feedparserTitles(body []byte) (map[string]string, error) {
	py := ""
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(p); err == nil && exec.Command(path, "-c", "import feedparser").Run() == nil {
			py = path
			break
		}
	}
	if py == "" {
		return nil, nil
	}
	cmd := exec.Command(py, "-c", `import feedparser, json, sys
d = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({e.get("id", ""): e.get("title", "") for e in d.entries}))`)
	cmd.Stdin = bytes.NewReader(body)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("feedparser: %w", err)
	}
	titles := map[string]string{}
	return titles, json.Unmarshal(out, &titles)
}
