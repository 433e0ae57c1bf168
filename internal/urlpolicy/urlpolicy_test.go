package urlpolicy

import (
	"net/url"
	"testing"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://vnexpress.net/a.html", "https://vnexpress.net/a.html"},
		{"HTTPS://VnExpress.net/A", "https://VnExpress.net/A"},
		{"  http://x.vn/a b.jpg \n", "http://x.vn/a%20b.jpg"},
		{"http://x.vn/?a=1&amp;b=2", "http://x.vn/?a=1&b=2"},
		{"http://x.vn/?a=1&amp;amp;b=2", "http://x.vn/?a=1&b=2"},
		{"http://x.vn/?a=1&region=vn", "http://x.vn/?a=1&region=vn"},
		{"http://x.vn/?q=\"<b>`", "http://x.vn/?q=%22%3Cb%3E%60"},
		{"http://user:pw@x.vn/p", "http://x.vn/p"},
		{"http://x.vn/\u202ep\u200b", "http://x.vn/p"},
		{"ht\ttp://x.vn/", "http://x.vn/"},
		{"http://[2001:db8::1]/", "http://[2001:db8::1]/"},
		// Internationalised hosts leave in their ASCII form (RFC 3986 §3.2.2:
		// what every resolver and feed reader understands), however given.
		{"http://báo.vn/", "http://xn--bo-mia.vn/"},
		{"HTTPS://BÁO.VN:8443/Tin?a=1", "https://xn--bo-mia.vn:8443/Tin?a=1"},
		{"http://b%C3%A1o.vn/", "http://xn--bo-mia.vn/"},
		{"http://xn--bo-mia.vn/", "http://xn--bo-mia.vn/"},
		{"http://ví-dụ.vn/a", "http://xn--v-d-rma6749a.vn/a"},
		{"http://áb.vn/", "http://xn--b-tfa.vn/"}, // NFD: mapped to NFC first
		{"http://aא.vn/", ""},                      // Latin and Hebrew in one label: no valid name
		{"http://x.vn/%zz", ""},
		{"javascript:alert(1)", ""},
		{"JaVaScRiPt:alert(1)", ""},
		{"java\tscript:alert(1)", ""},
		{"java\nscript:alert(1)", ""},
		{"\x01javascript:alert(1)", ""},
		{"&#106;avascript:alert(1)", ""},
		{"&#x6A;avascript:alert(1)", ""},
		{"&#106avascript:alert(1)", ""},
		{"&amp;#106;avascript:alert(1)", ""},
		{"javascript&colon;alert(1)", ""},
		{"javascript://x.vn/%0Aalert(1)", ""},
		{"vbscript:msgbox(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"DATA:image/png;base64,AAAA", ""},
		{"mailto:a@b.vn", ""},
		{"file:///etc/passwd", ""},
		{"http:x.vn", ""},
		{"https:\\\\x.vn", ""},
		{"//x.vn/a", ""},
		{"/a/b", ""},
		{"http://<x>/", ""},
		{"http:///path", ""},
		{"", ""},
	} {
		got, ok := Clean(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Clean(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestResolve(t *testing.T) {
	base, ok := Parse("https://baomoi.vn/tin/a.html?x=1")
	if !ok {
		t.Fatal("base refused")
	}
	for _, tc := range []struct {
		base      *url.URL
		ref, want string
	}{
		{base, "b.html", "https://baomoi.vn/tin/b.html"},
		{base, "/img/1.jpg", "https://baomoi.vn/img/1.jpg"},
		{base, "//cdn.vn/1.jpg", "https://cdn.vn/1.jpg"},
		{base, "x%0Aalert(document.domain)", "https://baomoi.vn/tin/x%0Aalert(document.domain)"},
		{base, "http://other.vn/", "http://other.vn/"},
		{base, "javascript:alert(1)", ""},
		{base, " java\tscript:alert(1)", ""},
		{base, "data:text/html,x", ""},
		{base, "", ""},
		{nil, "b.html", ""},
		{nil, "https://x.vn/b", "https://x.vn/b"},
	} {
		got, ok := Resolve(tc.base, tc.ref)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("Resolve(%v, %q) = %q, %v; want %q", tc.base, tc.ref, got, ok, tc.want)
		}
	}
	if _, ok := Parse("javascript://baomoi.vn/"); ok {
		t.Error("Parse accepted a javascript: base")
	}
}

func TestRedact(t *testing.T) {
	r := NewRedactor(DefaultSecretParams)
	for _, tc := range []struct{ in, want string }{
		{"https://x.vn/rss", "https://x.vn/rss"},
		{"https://user:pass@x.vn/rss?api_key=S3CR3T&cat=1", "https://x.vn/rss?cat=1"},
		{"https://x.vn/rss?cat=1&Token=abc;sig=z&X_API_KEY=q", "https://x.vn/rss?cat=1"},
		{"https://x.vn/rss?%6Bey=abc", "https://x.vn/rss"},
		{"https://x.vn/rss?token=abc", "https://x.vn/rss"},
		{"javascript:alert(1)", ""},
	} {
		if got := r.Redact(tc.in); got != tc.want {
			t.Errorf("Redact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := NewRedactor("cat").Redact("https://x.vn/rss?cat=1&token=2"); got != "https://x.vn/rss?token=2" {
		t.Errorf("configured list: %q", got)
	}
}

func TestSanitizedHTML(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`<p><a href="https://x.vn/a?b=1&amp;c=2" rel="nofollow">a</a></p>`, `<p><a href="https://x.vn/a?b=1&amp;c=2" rel="nofollow">a</a></p>`},
		{`<a href="javascript:///x%0Aalert(1)" rel="nofollow">a</a>`, `<a rel="nofollow">a</a>`},
		{`<img src="&#106;avascript:alert(1)" alt="x"><q cite="data:text/html,x">q</q>`, `<img alt="x"><q>q</q>`},
		{`<img data-src="javascript:x" src="/rel.jpg">`, `<img data-src="javascript:x">`},
		{`<p title="a href=&#34;javascript:x&#34;">t</p>`, `<p title="a href=&#34;javascript:x&#34;">t</p>`},
	} {
		if got := SanitizedHTML(tc.in); got != tc.want {
			t.Errorf("SanitizedHTML(%q)\n = %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestScrub(t *testing.T) {
	r := NewRedactor(DefaultSecretParams)
	raw := "https://ed:p%40ssw0rd@x.vn/rss?api_key=S3CR3T&cat=1&sig=a%2Fb"
	got := r.Scrub(`Get "https://ed:***@x.vn/rss?api_key=S3CR3T&cat=1&sig=a%2Fb": p@ssw0rd a/b`, raw)
	if want := `Get "https://ed:***@x.vn/rss?api_key=…&cat=1&sig=…": … …`; got != want {
		t.Errorf("Scrub = %q, want %q", got, want)
	}
}

// ASCIIHost gives DNS's form of a host, UnicodeHost a reader's; a host
// with nothing to convert, or an xn-- label that does not convert back to
// itself, stays as it is.
func TestHosts(t *testing.T) {
	for _, tc := range []struct{ host, ascii, unicode string }{
		{"vnexpress.net", "vnexpress.net", "vnexpress.net"},
		{"báo.vn", "xn--bo-mia.vn", "báo.vn"},
		{"ví-dụ.vn", "xn--v-d-rma6749a.vn", "ví-dụ.vn"},
		{"aא.vn", "", ""},
	} {
		a, ok := ASCIIHost(tc.host)
		if a != tc.ascii || ok != (tc.ascii != "") {
			t.Errorf("ASCIIHost(%q) = %q, %v; want %q", tc.host, a, ok, tc.ascii)
		}
		if ok {
			if u := UnicodeHost(a); u != tc.unicode {
				t.Errorf("UnicodeHost(%q) = %q, want %q", a, u, tc.unicode)
			}
		}
	}
	for _, h := range []string{"xn--zz.vn", "example.xn--"} {
		if u := UnicodeHost(h); u != h {
			t.Errorf("UnicodeHost(%q) = %q, want it unchanged", h, u)
		}
	}
}

// TestRedactIn: every URL named in a text loses its secrets there, a URL
// that extends another named before it included, and the rest of the
// text stays.
func TestRedactIn(t *testing.T) {
	r := NewRedactor(DefaultSecretParams)
	for _, tc := range []struct {
		text string
		urls []string
		want string
	}{
		{"it names the feed https://x.vn/rss?token=abc&cat=1: give that URL instead", []string{"https://x.vn/rss?token=abc&cat=1"},
			"it names the feed https://x.vn/rss?cat=1: give that URL instead"},
		{"the feeds https://x.vn/rss?token=abc, https://x.vn/rss?token=abcdef: one of those",
			[]string{"https://x.vn/rss?token=abc", "https://x.vn/rss?token=abcdef"},
			"the feeds https://x.vn/rss, https://x.vn/rss: one of those"},
		{"the feed https://x.vn/rss", []string{"https://x.vn/rss", "javascript:alert(1)"}, "the feed https://x.vn/rss"},
		{"no URL", nil, "no URL"},
	} {
		if got := r.RedactIn(tc.text, tc.urls); got != tc.want {
			t.Errorf("RedactIn(%q, %q)\n = %q\nwant %q", tc.text, tc.urls, got, tc.want)
		}
	}
}
