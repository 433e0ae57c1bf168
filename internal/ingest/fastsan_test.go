package ingest

import (
	"bytes"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"bantin/internal/urlpolicy"
	"bantin/internal/vntext"
)

// sanitizeCase is one fragment sanitised against one base.
type sanitizeCase struct{ raw, base string }

// fixtureFragments are the descriptions and contents of every fixture
// feed's items as item() hands them to sanitize, with their items' links
// as bases.
func fixtureFragments(t *testing.T) []sanitizeCase {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "upstream", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []sanitizeCase
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		gf, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			continue
		}
		for _, it := range gf.Items {
			for _, s := range []string{it.Description, it.Content} {
				out = append(out, sanitizeCase{fixEncodedHTML(vntext.Normalize(s)), it.Link})
			}
		}
	}
	return out
}

// fuzzSeeds are the (markup, base) pairs of FuzzSanitize's seed corpus.
func fuzzSeeds(t *testing.T) []sanitizeCase {
	files, err := filepath.Glob(filepath.Join("testdata", "fuzz", "FuzzSanitize", "*"))
	if err != nil {
		t.Fatal(err)
	}
	var out []sanitizeCase
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var vals []string
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "string("); ok {
				if s, err := strconv.Unquote(strings.TrimSuffix(v, ")")); err == nil {
					vals = append(vals, s)
				}
			}
		}
		if len(vals) == 2 {
			out = append(out, sanitizeCase{vals[0], vals[1]})
		}
	}
	return out
}

// fastPieces are markup fastSanitize knows (in most contexts), nearMisses
// markup close to it; generatedFragments strings them together.
var fastPieces = []string{
	"<p>", "</p>", "<br>", "</br>", "<br/>", "<br />", "<strong>", "</strong>", "<figure>", "</figure>",
	"<figcaption>", "</figcaption>", "<h2>", "</h2>", "<ul>", "<li>", "</li>", "</ul>", "<table>", "<tr>", "<td>",
	"</td>", "</tr>", "</table>", "<blockquote>", "</blockquote>", "<div>", "</div>", "<span>", "<em>", "<hr>",
	"<pre>", "</pre>", "<a href=\"/bai-2.html\">", "<a href=\"https://x.vn/a?b=1&amp;c=2\">", "</a>",
	"<a href=\"//cdn.vn/x\">", "<a  href=\"/a\" >", "<a href=\"#top\">", "<img src=\"/a.jpg\">",
	"<img src=\"https://cdn.vn/b.jpg\" >", "<img src=\"/c.jpg\" alt=\"Ảnh: TTXVN &quot;x&quot; 'y' <z>\" />",
	"<img src=\"/d.jpg\" width=\"600\" height=\"50%\"/>", "<img src=\"/i.jpg\"\nalt=\"n\">",
	"<img src=\"/j&amp;k.jpg\">", "<img src=\"/k.jpg\" alt=\"&#7897;&nbsp;&amp;&lt;\">", "<img src=\"/p q.jpg\">",
	"<img src=\"/é.jpg\" alt=\"\">", "<a href=\"/x?a='b'&amp;c=<d>\">", "<a href=\"http://X.VN:80/../y#z\">",
	"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&#39;", "&#34;", "&#7897;", "&#160;", "&#65;",
	"\"", "'", "\n", "\t", " ", "  ", "\u00a0", "Hà Nội", "Đà Nẵng", "tin", "ngày 1/2", "a > b", "\xff",
	"\xe1\xbb", "x", "\f", "\v", "A & B", "&", "<img src=\"/t.jpg?w=1&h=0&q=100\" >", "<a href=\"/u?a&b\">",
	"<img src=\"/v.jpg\" alt=\"a & b &x= &\">", "&<", "&;", "& ", "nh&oacute;m", "&Agrave;", "&notin;", "&notit;",
	"&NotNestedGreaterGreater;", "&semi;", "<p class=\"byline\">", "<a href=\"/y\" target=\"_blank\" class=\"c\">",
	"<img class=\"i\" src=\"/z.jpg\" style=\"width:1px\">", "<span style=\"color:red\">", "<p onclick=\"x()\">",
	"<div class=\"a\" id=\"b\">", "<a href=\"/r\" rel=\"nofollow\">", "<img src=\"/ent.jpg\" alt=\"&oacute;&notit;\">",
}

var nearMisses = []string{
	"<a>", "<a href=\"javascript:alert(1)\">", "<a href=\"mailto:a@b.vn\">", "<a href=\"\">",
	"<a href=\"https://x.vn/ a\">", "<a href=\"https://x.vn/%zz\">", "<a href=\"/a\" target=\"_blank\">",
	"<a href='/q'>", "<A HREF=\"/up\">", "<img src=\"/e.jpg\" width=\"6x\">", "<img alt=\"x\">",
	"<img src=\"data:image/gif;base64,R0l\" data-src=\"/lazy.jpg\">", "<img src=\"/f.jpg\" src=\"/g.jpg\">",
	"<img src=\"/h.jpg\" loading=\"lazy\">", "<img src=\"/l.jpg\" alt=\"&bogus;\">", "<script>", "</script>",
	"<style>x</style>", "<!-- c -->", "<!DOCTYPE html>", "<iframe src=\"/v\">", "<p class=\"x\">",
	"<p onclick=\"x()\">", "<P>", "< p>", "<p >", "</p >", "<>", "</>", "<", "&", "&#128;", "&#0;", "&#13;",
	"&#x41;", "&amp", "&copy;", "&AMP;", "&#99999999;", "\r", "\r\n", "\x00", "a < b", "<h7>", "<p1>", "<wbr>",
	"<sub>", "<noscript>", "</noscript>", "<textarea>", "<title>", "<svg>", "<math>", "<a href=\"/m\"/>",
	"<img src=\"/n.jpg\"/ >", "<img src=\"/o.jpg\"alt=\"p\">", "<img src=\"/q.jpg\" alt=\"unterminated>",
	"<img src=\"/r.jpg\" alt=\"a\rb\">", "&x", "&amp=", "&copy=", "<img src=\"/w?a=1&copy=2&copy\">",
	"<img src=\"/x?&#1\">", "&#", "&#;", "&x;", "</img>", "</br >", "<br/ >", "<a href=\"/s\">x</a >",
}

// generatedFragments strings pieces together, from a fixed seed: mostly
// fastPieces, a near miss now and then.
func generatedFragments(n int) []sanitizeCase {
	bases := []string{"https://bao.vn/tin/a.html", "javascript://bao.vn/", "", "https://ed:pw@bao.vn/rss?k=1"}
	r := rand.New(rand.NewPCG(14, 10))
	out := make([]sanitizeCase, 0, n)
	for range n {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			if r.IntN(20) == 0 {
				b.WriteString(nearMisses[r.IntN(len(nearMisses))])
			} else {
				b.WriteString(fastPieces[r.IntN(len(fastPieces))])
			}
		}
		out = append(out, sanitizeCase{b.String(), bases[r.IntN(len(bases))]})
	}
	return out
}

// TestFastSanitizeMatches holds fastSanitize to the general path, byte for
// byte, wherever it takes a fragment, and checks that it takes enough of
// them for the test to mean something.
func TestFastSanitizeMatches(t *testing.T) {
	p := NewParser(nil)
	cases := append(fixtureFragments(t), fuzzSeeds(t)...)
	cases = append(cases, generatedFragments(100000)...)
	fast := 0
	for _, c := range cases {
		base, _ := urlpolicy.Parse(c.base)
		out, ok := fastSanitize(c.raw, base)
		if !ok {
			continue
		}
		fast++
		if want := p.sanitizeSlow(c.raw, base); strings.TrimSpace(out) != want {
			t.Fatalf("fastSanitize(%q, %q) = %q, want %q", c.raw, c.base, out, want)
		}
	}
	if fast < len(cases)/3 {
		t.Errorf("fast path took %d of %d fragments", fast, len(cases))
	}
	t.Logf("fast path took %d of %d fragments", fast, len(cases))
}

// TestFastSanitizeTakesFeeds: the markup of the usual feeds (VnExpress's
// linked image, paragraphs, figures) goes the fast way.
func TestFastSanitizeTakesFeeds(t *testing.T) {
	base, _ := url.Parse("https://vnexpress.net/a.html")
	for _, raw := range []string{
		`<a href="https://vnexpress.net/a.html"><img src="https://i.vnecdn.net/a.jpg" ></a></br>Tóm tắt`,
		`<p>Một &amp; hai</p><figure><img src="/b.jpg" alt="Ảnh: TTXVN" /><figcaption>Chú thích</figcaption></figure>`,
		`Chỉ là "văn bản" thuần`,
		`<p class="byline">Linh Lan</p><p>Nh&oacute;m ng&agrave;nh</p><a href="/x" target="_blank">x</a>`,
	} {
		if _, ok := fastSanitize(raw, base); !ok {
			t.Errorf("fastSanitize(%q) took the general path", raw)
		}
	}
}

// TestFastEntitiesDecodeAsTokenizer: every entity fastSanitize reads
// decodes to what the HTML tokenizer makes of it.
func TestFastEntitiesDecodeAsTokenizer(t *testing.T) {
	ents := []string{"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&oacute;", "&Agrave;", "&ecirc;",
		"&notin;", "&notit;", "&not;", "&semi;", "&AMP;", "&copy;", "&bogus;", "&a;", "&NotNestedGreaterGreater;",
		"&CounterClockwiseContourIntegral;", "&ampx;", "&lt1;"}
	for x := 0; x < 0x110000; x += 1 + x/4096 {
		ents = append(ents, "&#"+strconv.Itoa(x)+";")
	}
	for _, e := range ents {
		d, end, ok := entityAt(e, 0)
		if !ok {
			continue
		}
		if end != len(e) || d != html.UnescapeString(e) {
			t.Errorf("entityAt(%q) = %q, %d; the tokenizer reads %q", e, d, end, html.UnescapeString(e))
		}
	}
}

func FuzzFastSanitize(f *testing.F) {
	for _, c := range generatedFragments(64) {
		f.Add(c.raw, c.base)
	}
	p := NewParser(nil)
	f.Fuzz(func(t *testing.T, raw, baseURL string) {
		base, _ := urlpolicy.Parse(baseURL)
		if out, ok := fastSanitize(raw, base); ok {
			if want := p.sanitizeSlow(raw, base); strings.TrimSpace(out) != want {
				t.Fatalf("fastSanitize(%q, %q) = %q, want %q", raw, baseURL, out, want)
			}
		}
	})
}

// TestFastSanitizeEveryElement: for every HTML element, whatever
// fastSanitize does with it, bare, closed, self-closed, with text and with
// an attribute, is what the general path does.
func TestFastSanitizeEveryElement(t *testing.T) {
	names := strings.Fields(`a abbr acronym address area article aside audio b base bdi bdo big blink blockquote
		body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div
		dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup
		hr html i iframe image img input ins kbd keygen label legend li link main map mark marquee math menu meta
		meter nav nobr noembed noframes noscript object ol optgroup option output p param picture plaintext pre
		progress q rb rp rt rtc ruby s samp script search section select slot small source span strike strong style
		sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp`)
	p := NewParser(nil)
	base, _ := url.Parse("https://bao.vn/a.html")
	fast := 0
	for _, n := range names {
		for _, raw := range []string{"<" + n + ">x</" + n + ">y", "<" + n + "/>", "<" + n + " />z", "</" + n + ">",
			"<" + n + ` title="t">x</` + n + ">", "<" + n + ">&lt;p&gt;</" + n + "><p>z</p>",
			"<" + n + ` class="c" style="s">x</` + n + ">", "<" + n + ` onclick="x()" target="_top"/>`} {
			out, ok := fastSanitize(raw, base)
			if !ok {
				continue
			}
			fast++
			if want := p.sanitizeSlow(raw, base); strings.TrimSpace(out) != want {
				t.Errorf("fastSanitize(%q) = %q, want %q", raw, out, want)
			}
		}
	}
	t.Logf("fast path took %d fragments", fast)
}
