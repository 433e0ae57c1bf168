package ingest

import (
	"html"
	"testing"
	"time"

	"bantin/internal/model"
)

// An upstream's bidi overrides and isolates, raw or as character
// references, in a feed's title, an item's title, summary or author, are
// dropped: on a page one reversed "– 3 nguồn – Bản tin" after the title
// (a story page's <title>) and the time and "N nguồn" after a source's
// name. So are they in the item's body, as characters or as references
// (the feeds republish it). The marks U+200E/U+200F stay.
func TestParseDropsBidiControls(t *testing.T) {
	body := "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>" +
		"<title>Báo \u202eXYZ</title><link>https://bao.vn/</link>" +
		"<item><title>\u202eTP.HCM kẹt xe &#x202E;giờ cao điểm\u2066 x\u2069</title><link>https://bao.vn/a.html</link>" +
		"<author>ban@bao.vn (Minh\u202b Anh)</author>" +
		"<description>&lt;p&gt;Kẹt xe \u202d ở &amp;#8238;TP.HCM\u200f.&lt;/p&gt;</description></item>" +
		"</channel></rss>"
	f, err := NewParser(nil).Parse([]byte(body), "application/rss+xml", model.Source{URL: "https://bao.vn/rss"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 {
		t.Fatalf("%d items, want 1", len(f.Items))
	}
	a := f.Items[0]
	for _, tt := range []struct{ field, got, want string }{
		{"feed title", f.Title, "Báo XYZ"},
		{"title", a.Title, "TP.HCM kẹt xe giờ cao điểm x"},
		{"summary", a.Summary, "Kẹt xe ở TP.HCM\u200f."},
		{"author", a.Author, "Minh Anh"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s %q, want %q", tt.field, tt.got, tt.want)
		}
	}
	if body := html.UnescapeString(a.ContentHTML); body != "<p>Kẹt xe  ở TP.HCM\u200f.</p>" {
		t.Errorf("body %q reads %q", a.ContentHTML, body)
	}
}
