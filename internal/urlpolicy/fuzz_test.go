package urlpolicy

import (
	"net/url"
	"strings"
	"testing"
)

// acceptable is the policy's promise, checked independently: an absolute
// http(s) URL with a host, that a browser reads the same way (no white
// space, control characters or quotes left to reinterpret).
func acceptable(t *testing.T, in, out string) {
	t.Helper()
	u, err := url.Parse(out)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Opaque != "" || u.User != nil {
		t.Fatalf("%q passed as %q (%v)", in, out, err)
	}
	if strings.ContainsFunc(out, func(r rune) bool { return r <= ' ' || r == 0x7f || r == '"' || r == '<' || r == '>' || r == '`' }) {
		t.Fatalf("%q passed as %q, which holds a character to reinterpret", in, out)
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"https://vnexpress.net/a.html", "javascript:alert(1)", "java\tscript:x", "&#106;avascript:x",
		"HTTP://X.VN/?a=\"<>", "http://u:p@x.vn/", "data:text/html,x", "//x.vn/", "http:x.vn", "http://[::1]:80/%41"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := Clean(s)
		if !ok {
			if out != "" {
				t.Fatalf("refused %q but returned %q", s, out)
			}
			return
		}
		acceptable(t, s, out)
		if again, ok := Clean(out); !ok || again != out {
			t.Fatalf("not stable: %q → %q → %q, %v", s, out, again, ok)
		}
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"b.html", "/img/1.jpg", "//cdn.vn/x", "x%0Aalert(1)", "javascript:alert(1)", "?q=1", "#top",
		" java\nscript:x", "\\\\evil.vn\\x", "../../../..", "http://other.vn/"} {
		f.Add("https://bao.vn/tin/a.html?x=1", s)
		f.Add("javascript://bao.vn/", s)
	}
	f.Fuzz(func(t *testing.T, base, ref string) {
		b, ok := Parse(base)
		if ok {
			acceptable(t, base, b.String())
		}
		out, ok := Resolve(b, ref)
		if !ok {
			if out != "" {
				t.Fatalf("refused %q but returned %q", ref, out)
			}
			return
		}
		acceptable(t, ref, out)
	})
}

func FuzzRedact(f *testing.F) {
	f.Add("https://user:pw@x.vn/rss?api_key=S&cat=1;token=T")
	f.Add("https://x.vn/rss?%74oken=T&a")
	r := NewRedactor(DefaultSecretParams)
	f.Fuzz(func(t *testing.T, s string) {
		out := r.Redact(s)
		if out == "" {
			return
		}
		acceptable(t, s, out)
		u, _ := url.Parse(out)
		for name := range u.Query() {
			if r.secret[normParam(name)] {
				t.Fatalf("%q → %q keeps %q", s, out, name)
			}
		}
	})
}
