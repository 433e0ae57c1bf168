package ingest

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"bantin/internal/model"
)

// TestItemCaps: 10,000-character titles, authors, links and guids and a
// 2 MB body are stored within the caps: text cut at a character boundary,
// an over-long link dropped (the guid identifies the item), an over-long
// guid kept unique and stable, the body cut between tags with its open
// elements closed and a visible note.
func TestItemCaps(t *testing.T) {
	long := strings.Repeat("Hà Nội ", 1500)
	longGUID := "tag:tin.vn," + strings.Repeat("x", 10000)
	body := "<div><p>" + strings.Repeat("Nội dung <b>đậm</b> &amp; dài. ", 70000) + "</p></div>"
	items := "<item><title>" + long + "</title><author>" + long + "</author><link>https://tin.vn/" +
		strings.Repeat("a", 10000) + "</link><guid>" + longGUID + "1</guid><description><![CDATA[" + body +
		"]]></description></item>" +
		"<item><title>Hai</title><link>https://tin.vn/2</link><guid>" + longGUID + "2</guid></item>" +
		"<item><title>Ba</title><link>https://tin.vn/" + strings.Repeat("b", 10000) + "</link></item>"
	doc := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title><link>https://tin.vn/</link>` +
		items + "</channel></rss>"
	p := NewParser(nil).WithLimits(Limits{})
	feed, err := p.Parse([]byte(doc), "application/rss+xml", model.Source{URL: "https://tin.vn/rss"}, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Items) != 2 || feed.Skipped[SkipLongLink] != 1 {
		t.Fatalf("%d items, skipped %v; want 2 and the guid-less long link skipped", len(feed.Items), feed.Skipped)
	}
	a, b := feed.Items[0], feed.Items[1]
	for name, v := range map[string]string{"title": a.Title, "author": a.Author} {
		if n := utf8.RuneCountInString(v); n > DefaultMaxTitleChars || !utf8.ValidString(v) || !strings.HasSuffix(v, "…") {
			t.Errorf("%s: %d characters, ends %q", name, n, v[max(0, len(v)-8):])
		}
	}
	if a.URL != "" || len(a.GUID) > DefaultMaxGUIDBytes || a.GUID == b.GUID || len(a.Key) > DefaultMaxGUIDBytes+8 {
		t.Errorf("link %d bytes, guid %d bytes (unique %v), key %d bytes", len(a.URL), len(a.GUID), a.GUID != b.GUID, len(a.Key))
	}
	again, _ := p.Parse([]byte(doc), "application/rss+xml", model.Source{URL: "https://tin.vn/rss"}, fetchNow)
	if again.Items[0].Key != a.Key || again.Items[0].ContentHash != a.ContentHash {
		t.Error("the capped item's key or hash is not stable")
	}
	c := a.ContentHTML
	if len(c) > DefaultMaxContentBytes || !strings.HasSuffix(c, "</b></p></div>"+TruncatedNote) && !strings.HasSuffix(c, "</p></div>"+TruncatedNote) {
		t.Errorf("content %d bytes, ends %q", len(c), c[max(0, len(c)-160):])
	}
	if !utf8.ValidString(c) || strings.Count(c, "<b>") != strings.Count(c, "</b>") {
		t.Errorf("content cut badly: valid %v, <b> %d, </b> %d", utf8.ValidString(c), strings.Count(c, "<b>"), strings.Count(c, "</b>"))
	}
	if i := strings.LastIndexByte(c[:len(c)-len(TruncatedNote)], '&'); i >= 0 && !strings.Contains(c[i:], ";") {
		t.Errorf("an entity was cut: %q", c[i:min(len(c), i+12)])
	}
}

func TestTruncateHTML(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"<p>abc</p>", 100, "<p>abc</p>"},
		{"<p>abcdef</p><p>x</p>", 10, "<p>abc</p>"},
		{"<p>a<b>bc</b>de</p>", 16, "<p>a<b>b</b></p>"},
		{"<p>a<b>bc</b>de</p>", 15, "<p>a<b></b></p>"},
		{"<p>a &amp; b</p>", 12, "<p>a</p>"},
		{"<p>Hà Nội</p>", 10, "<p>Hà</p>"},
		{"<p>Hà Nội</p>", 9, "<p>H</p>"},
		{`<p><a href="https://x.vn/very/long">link</a></p>`, 20, "<p></p>"},
		{"<p>a<br>b<img src=x>c</p>", 16, "<p>a<br>b</p>"},
	}
	for _, tt := range tests {
		if got := truncateHTML(tt.in, tt.n); got != tt.want {
			t.Errorf("truncateHTML(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestCategoryCaps: an item with 20,000 categories keeps the first 32
// distinct ones, in order, without a duplicate, and drops a "category" of
// 10,000 characters.
func TestCategoryCaps(t *testing.T) {
	var cats strings.Builder
	cats.WriteString("<category>Thời sự</category><category>" + strings.Repeat("x", 10000) + "</category><category>Thời sự</category>")
	for i := range 20000 {
		cats.WriteString("<category>Mục " + strconv.Itoa(i) + "</category>")
	}
	doc := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title><link>https://tin.vn/</link>` +
		"<item><title>Một</title><link>https://tin.vn/1</link>" + cats.String() + "</item></channel></rss>"
	feed, err := NewParser(nil).Parse([]byte(doc), "application/rss+xml", model.Source{URL: "https://tin.vn/rss"}, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	got := feed.Items[0].Categories
	if len(got) != maxCategories || got[0] != "Thời sự" || got[1] != "Mục 0" || got[maxCategories-1] != "Mục 30" {
		t.Errorf("%d categories: %q…", len(got), got[:min(len(got), 3)])
	}
}

// TestTruncateDeepNesting: 200,000 nested elements are cut in one pass,
// the stack of open elements growing by doubling (a copy per start tag
// took seconds), and every element left open is closed.
func TestTruncateDeepNesting(t *testing.T) {
	s := strings.Repeat("<div>", 200000) + "x" + strings.Repeat("</div>", 200000)
	var out string
	allocs := testing.AllocsPerRun(1, func() { out = truncateHTML(s, DefaultMaxContentBytes) })
	if allocs > 100 {
		t.Errorf("%.0f allocations for one cut, want a few", allocs)
	}
	if len(out) > DefaultMaxContentBytes || strings.Count(out, "<div>") != strings.Count(out, "</div>") || !strings.HasSuffix(out, "</div>") {
		t.Errorf("cut to %d bytes, %d <div> and %d </div>", len(out), strings.Count(out, "<div>"), strings.Count(out, "</div>"))
	}
}
