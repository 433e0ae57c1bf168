package ingest

import (
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestHostileLinks: the URL tricks of issue 10 in item links, images and
// content, with a javascript: channel link; nothing but absolute http(s)
// URLs comes out, and relative links in content resolve against the feed's
// URL, never against a refused item or channel link.
func TestHostileLinks(t *testing.T) {
	body := `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>T</title><link>javascript://evil.vn/%0Aalert(1)</link>
<item><title>&lt;b&gt;Một&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;tin</title><link>javascript:alert(3)</link><guid>g1</guid>
<enclosure url="JaVaScRiPt:alert(1)" type="image/jpeg" length="1"/>
<description><![CDATA[<a href="#top">top</a> <a href="x%0Aalert(document.domain)">a</a> <img src="DATA:text/html,<script>alert(1)</script>"> <a href="java&#09;script:alert(1)">b</a> <a href="&amp;#106;avascript:alert(1)">c</a>]]></description></item>
<item><title>Hai</title><link>java	script:alert(1)</link><guid>g2</guid><media:content url="data:text/html,x" medium="image"/></item>
<item><title>Ba</title><link>&amp;#106;avascript:alert(1)</link><guid>g3</guid><description>&lt;img src="vbscript:msgbox(1)"&gt;</description></item>
<item><title>Bốn</title><link>/bai-4.html</link></item>
</channel></rss>`
	src := model.Source{URL: "https://ed:pw@bao.vn/rss/tin.rss?api_key=S3CR3T"}
	f, err := NewParser(nil).Parse([]byte(body), "application/rss+xml", src, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 4 || f.HomeURL != "" {
		t.Fatalf("%d items, home %q; want 4 and no home", len(f.Items), f.HomeURL)
	}
	for _, a := range f.Items {
		if strings.Contains(a.ContentHTML+a.URL+a.ImageURL, "S3CR3T") || strings.Contains(a.ContentHTML, "pw@") {
			t.Errorf("%q: the source URL's credentials leak: %s %s", a.Title, a.URL, a.ContentHTML)
		}
		for _, u := range []string{a.URL, a.ImageURL} {
			if u != "" && !strings.HasPrefix(u, "https://bao.vn/") {
				t.Errorf("%q: URL %q", a.Title, u)
			}
		}
		low := strings.ToLower(a.ContentHTML)
		for _, bad := range []string{"javascript", "vbscript", "data:", "<script"} {
			if strings.Contains(low, bad) {
				t.Errorf("%q: content keeps %s: %s", a.Title, bad, a.ContentHTML)
			}
		}
	}
	if a := f.Items[0]; a.Title != "Một tin" || a.URL != "" || a.ImageURL != "" ||
		!strings.Contains(a.ContentHTML, `href="https://bao.vn/rss/x%0Aalert(document.domain)"`) {
		t.Errorf("item 1: title %q url %q image %q content %s", a.Title, a.URL, a.ImageURL, a.ContentHTML)
	}
	if a := f.Items[3]; a.URL != "https://bao.vn/bai-4.html" {
		t.Errorf("relative item link against the feed URL: %q", a.URL)
	}
}
