package vntext

import (
	"html"
	"strings"
	"testing"
)

func TestDropBidi(t *testing.T) {
	for in, want := range map[string]string{
		"Hà Nội":                              "Hà Nội",
		"\u202aa\u202bb\u202cc\u202dd\u202ee": "abcde",
		"\u2066a\u2067b\u2068c\u2069":         "abc",
		"a\u200eb\u200fc":                     "a\u200eb\u200fc",
		strings.Repeat("\u202e", 3):           "",
	} {
		if got := DropBidi(in); got != want {
			t.Errorf("DropBidi(%q) = %q, want %q", in, got, want)
		}
	}
}

// Each hostile body reads, once decoded as a browser decodes it, without
// a bidi control; what is not one is left byte for byte.
func TestDropBidiHTML(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<p>Hà Nội &amp; TP.HCM</p>", "<p>Hà Nội &amp; TP.HCM</p>"},
		{"<p>\u202egnp.exe</p>", "<p>gnp.exe</p>"},
		{"<p>a&#x202E;b&#X202e;c&#8238;d&#8238e&#x0000202e;f</p>", "<p>abcdef</p>"},
		{`<img alt="&#x2066;Ảnh&#8297;" src="https://bao.vn/a.jpg">`, `<img alt="Ảnh" src="https://bao.vn/a.jpg">`},
		{"<p>&amp;#8238; &#8206; &#x200f; &#65; &# &#x; &#99999999999;</p>", "<p>&amp;#8238; &#8206; &#x200f; &#65; &# &#x; &#99999999999;</p>"},
		{"&#8238", ""},
		{"x&#", "x&#"},
		// A reference dropped from inside another's start must not join
		// the two halves into a new one: the start is escaped.
		{"&#&#x202E;x202E;", "&amp;#x202E;"},
		{"&#x20&#x202E;2E;", "&amp;#x202E;"},
		{"&&#8238;#8238;", "&amp;#8238;"},
		{"&#&#&#x202E;x202E;x202E;", "&#&amp;#x202E;x202E;"},
		{"&#x202\u202eE;", ""},
		{`<img alt="&#&#8238;8238;">`, `<img alt="&amp;#8238;">`},
	} {
		got := DropBidiHTML(tt.in)
		if got != tt.want {
			t.Errorf("DropBidiHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if strings.ContainsAny(html.UnescapeString(got), bidiControls) {
			t.Errorf("DropBidiHTML(%q) = %q decodes to a bidi control", tt.in, got)
		}
	}
}
