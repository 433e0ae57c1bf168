package vntext

import (
	"html"
	"strings"
	"testing"
)

// FuzzDropBidiHTML: what DropBidiHTML returns decodes (as HTML text or an
// attribute value) to no bidirectional control, and dropping is idempotent.
func FuzzDropBidiHTML(f *testing.F) {
	for _, s := range []string{"&#&#x202E;x202E;", "&#x20&#x202E;2E;", "&&#8238;#8238;", "&#x202\u202eE;",
		`<img alt="&#&#8238;8238;">`, "&#0008238", "&#X202e", "&#8238x", "a&#8206;b&#65;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := DropBidiHTML(s)
		if dec := html.UnescapeString(got); strings.ContainsAny(dec, bidiControls) {
			t.Fatalf("DropBidiHTML(%q) = %q, which decodes to %q", s, got, dec)
		}
		if again := DropBidiHTML(got); again != got {
			t.Fatalf("DropBidiHTML(%q) = %q, and again %q", s, got, again)
		}
	})
}
