package app

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"bantin/internal/model"
	"bantin/internal/pipeline"
	"bantin/internal/store"
	"bantin/internal/store/storetest"
	"bantin/mailer/mailtest"
)

// hostilePayloads is the corpus of issue 10: script tags, event handlers,
// every URL-scheme trick, SVG, CSS, <base>, meta refresh, forms and RTL
// overrides. Each one is put in every upstream field of an RSS, an Atom
// and a JSON feed.
var hostilePayloads = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(1)>`,
	`javascript:alert(1)`,
	"java\tscript:alert(1)",
	`&#106;avascript:alert(1)`,
	`&amp;#106;avascript:alert(1)`,
	`JaVaScRiPt:alert(1)`,
	` javascript:alert(1)`,
	`vbscript:msgbox(1)`,
	`data:text/html,<script>alert(1)</script>`,
	`DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
	`javascript://bao.vn/%0Aalert(1)`,
	`x%0Aalert(document.domain)`,
	`<svg onload=alert(1)><script>alert(1)</script></svg>`,
	`<a href="javascript:alert(1)">a</a><a href="java&#9;script:alert(1)">b</a><a href="&#x6A;avascript:alert(1)">c</a>`,
	`<a href="x%0Aalert(document.domain)">relative</a><img src="x%0Aalert(1)">`,
	`<style>body{background:url(javascript:alert(1))}</style><div style="background:url(javascript:alert(1))">css</div>`,
	`<base href="javascript:alert(1)//"><a href="/tin">base</a>`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
	`<form action="javascript:alert(1)"><input name=a><button formaction="javascript:alert(1)">x</button></form>`,
	"\u202egnp.exe <a href=\"https://bao.vn/\u202etxt.exe\">rtl</a>",
	`<p title="&#x202e;gnp">&#8238;gnp.exe &#X2067;x&#x2069; <img alt="&#x202E;ảnh" src="https://bao.vn/a.jpg"></p>`,
	`<iframe src="javascript:alert(1)"></iframe><object data="javascript:alert(1)"></object><embed src="data:text/html,x">`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
	`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
	`"><script>alert(1)</script>`,
	`<img src="data:image/svg+xml,<svg onload=alert(1)>"><img data-src="javascript:alert(1)" src="data:image/gif;base64,R0l">`,
	`<a href="https://bao.vn/ok" onclick="alert(1)">ok</a>`,
	`<!--<img src=x onerror=alert(1)>--><p>bình thường</p>`,
}

// hostileSecrets are in every source URL and must appear in no output.
var hostileSecrets = []string{"s3cretPW", "S3CR3T-KEY", "T0KEN-42"}

// The hostile payload corpus through ingest and out through RSS, Atom,
// JSON Feed, the pages (front, topic, story, search, sources), a digest
// email and its archive page: nothing
// executable survives, read by real parsers; no credential of a source URL
// is republished.
func TestHostileCorpus(t *testing.T) {
	storetest.Engines(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		up := httptest.NewServer(http.HandlerFunc(hostileUpstream))
		defer up.Close()
		in := mailtest.NewServer(t, mailtest.Options{})
		var h http.Handler
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { h.ServeHTTP(w, r) }))
		defer ts.Close()

		cfg := testConfig(t, "")
		cfg.BaseURL, cfg.SMTPURL = ts.URL, "smtp://"+in.Addr()+"?tls=none"
		m, err := New(ctx, cfg, st, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		defer m.Close()
		h = m.Server.Handler()
		m.Digester.Now = func() time.Time { return time.Date(2026, 11, 30, 0, 30, 0, 0, time.UTC) }
		hostPort := strings.TrimPrefix(up.URL, "http://")
		for i := range hostilePayloads {
			for _, f := range []string{"rss", "atom", "json"} {
				u := fmt.Sprintf("http://editor:%s@%s/%d.%s?api_key=%s&cat=%d&Token=%s", hostileSecrets[0], hostPort, i, f,
					hostileSecrets[1], i, hostileSecrets[2])
				if err := m.Store.AddSource(ctx, &model.Source{URL: u, Name: "Báo " + f, DefaultTopics: []string{"kinh-te"}}); err != nil {
					t.Fatal(err)
				}
			}
		}
		// A source that cannot be reached: its error, shown on /sources,
		// names its URL.
		dead := fmt.Sprintf("http://editor:%s@127.0.0.1:1/dead.rss?api_key=%s&Token=%s", hostileSecrets[0], hostileSecrets[1], hostileSecrets[2])
		if err := m.Store.AddSource(ctx, &model.Source{URL: dead, Name: "Báo chết"}); err != nil {
			t.Fatal(err)
		}
		sum, err := m.Pipeline.RunOnce(ctx, pipeline.RunOptions{All: true})
		if err != nil {
			t.Fatalf("fetch: %v (%+v)", err, sum)
		}
		m.Server.Invalidate()
		if n := countArticles(t, m.Store); n < 2*len(hostilePayloads) {
			t.Fatalf("%d articles stored from %d hostile feeds", n, 3*len(hostilePayloads))
		}
		sub := &model.Subscriber{Email: "ban@example.com", Status: model.StatusActive, ConfirmedAt: time.Now()}
		if err := m.Store.AddSubscriber(ctx, sub); err != nil {
			t.Fatal(err)
		}
		runDigests(t, m)

		outputs := map[string][]byte{}
		pages := []string{"/", "/topics/kinh-te/", "/search?q=tin", "/sources"}
		for _, p := range append([]string{"/feed.rss?limit=200", "/feed.atom?limit=200", "/feed.json?limit=200"}, pages...) {
			outputs[p] = httpGet(t, ts.URL+p)
		}
		story := regexp.MustCompile(`/stories/\d+`).FindString(string(outputs["/topics/kinh-te/"]))
		if story == "" {
			t.Fatal("no story page linked from the topic page")
		}
		outputs[story] = httpGet(t, ts.URL+story)
		pages = append(pages, story)
		mails := in.Received("ban@example.com")
		if len(mails) != 1 {
			t.Fatalf("%d digests, want 1", len(mails))
		}
		text, htmlPart, err := mimeBodies(mails[0])
		if err != nil {
			t.Fatal(err)
		}
		outputs["digest.html"], outputs["digest.txt"] = []byte(htmlPart), []byte(text)
		view := regexp.MustCompile(`http://\S+/digests/2026-W48\S*`).FindString(text)
		if view == "" {
			t.Fatalf("no archive link in the digest:\n%s", text)
		}
		outputs["archive"] = httpGet(t, view)

		var bad []string
		bad = append(bad, xmlFeedProblems("rss", outputs["/feed.rss?limit=200"])...)
		bad = append(bad, xmlFeedProblems("atom", outputs["/feed.atom?limit=200"])...)
		bad = append(bad, jsonFeedProblems("json", outputs["/feed.json?limit=200"])...)
		for _, p := range pages {
			bad = append(bad, htmlProblems(p, string(outputs[p]), true)...)
		}
		bad = append(bad, htmlProblems("digest", htmlPart, true)...)
		bad = append(bad, htmlProblems("archive", string(outputs["archive"]), true)...)
		for _, b := range bad {
			t.Error(b)
		}
		for name, body := range outputs {
			for _, s := range hostileSecrets {
				if strings.Contains(string(body), s) {
					t.Errorf("%s republishes the secret %q", name, s)
				}
			}
		}
		checkHostileCounts(t, outputs)
		checkFeedparserTitles(t, outputs)
	})
}

// checkFeedparserTitles: feedparser, which reads an RSS title as HTML when
// it looks like HTML, reads every title of the RSS and Atom feeds as the
// plain text the JSON feed carries.
func checkFeedparserTitles(t *testing.T, outputs map[string][]byte) {
	t.Helper()
	var jf struct{ Items []struct{ ID, Title string } }
	if err := json.Unmarshal(outputs["/feed.json?limit=200"], &jf); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"/feed.rss?limit=200", "/feed.atom?limit=200"} {
		titles, err := feedparserTitles(outputs[f])
		if err != nil {
			t.Fatal(err)
		}
		if titles == nil {
			t.Log("python3-feedparser not installed: titles not checked with it")
			return
		}
		for _, it := range jf.Items {
			if got, ok := titles[it.ID]; !ok || got != it.Title {
				t.Errorf("%s: feedparser reads the title of %s as %q, want %q", f, it.ID, got, it.Title)
			}
		}
	}
}

// checkHostileCounts makes sure the checks looked at something: every
// format lists the hostile items, with their source URL (redacted), and
// the page and digest show them.
func checkHostileCounts(t *testing.T, outputs map[string][]byte) {
	t.Helper()
	var rss struct {
		Items []struct {
			Source struct {
				URL string `xml:"url,attr"`
			} `xml:"source"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(outputs["/feed.rss?limit=200"], &rss); err != nil || len(rss.Items) < 2*len(hostilePayloads) {
		t.Fatalf("RSS: %d items, %v", len(rss.Items), err)
	}
	if u := rss.Items[0].Source.URL; !strings.Contains(u, "cat=") || strings.Contains(u, "@") {
		t.Errorf("RSS source url %q: want the feed URL without credentials", u)
	}
	var jf jsonFeed
	if err := json.Unmarshal(outputs["/feed.json?limit=200"], &jf); err != nil || len(jf.Items) < 2*len(hostilePayloads) {
		t.Fatalf("JSON: %d items, %v", len(jf.Items), err)
	}
	if n := strings.Count(string(outputs["/topics/kinh-te/"]), "<article"); n < 10 {
		t.Errorf("the page lists %d articles", n)
	}
	if n := strings.Count(string(outputs["digest.html"]), "<h3"); n < 10 {
		t.Errorf("the digest shows %d stories", n)
	}
	for _, o := range []string{"digest.html", "archive", "/feed.json?limit=200"} {
		if !strings.Contains(string(outputs[o]), "/stories/") {
			t.Errorf("%s: no article whose link was refused points to its story page on bantin", o)
		}
	}
}

func countArticles(t *testing.T, st *store.Store) int {
	t.Helper()
	arts, err := st.Articles(context.Background(), model.Filter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return len(arts)
}

func httpGet(t *testing.T, u string) []byte {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v\n%s", u, resp.StatusCode, err, b)
	}
	return b
}

var hostileFeeds sync.Map // path → body, built once per payload and format

// hostileUpstream serves /N.rss, /N.atom and /N.json: payload N in every
// field of two items (the first with the payload as its link, the second
// with a valid link), and as the channel's link and title.
func hostileUpstream(w http.ResponseWriter, r *http.Request) {
	var i int
	var format string
	if _, err := fmt.Sscanf(strings.Replace(r.URL.Path, ".", " ", 1), "/%d %s", &i, &format); err != nil || i >= len(hostilePayloads) {
		http.NotFound(w, r)
		return
	}
	body, _ := hostileFeeds.LoadOrStore(r.URL.Path, hostileFeed(hostilePayloads[i], i, format))
	w.Write(body.([]byte))
}

func hostileFeed(p string, i int, format string) []byte {
	pub := time.Date(2026, 11, 25, 3, i%60, 0, 0, time.UTC)
	links := []string{p, fmt.Sprintf("https://bao.vn/%s/%d.html", format, i)}
	var b strings.Builder
	switch format {
	case "rss":
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>`)
		fmt.Fprintf(&b, `<title>%s</title><link>%s</link><description>%s</description>`, x(p), x(p), x(p))
		for k, link := range links {
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><guid isPermaLink="false">rss-%d-%d</guid><pubDate>%s</pubDate>`+
				`<description><![CDATA[%s Tin kinh tế %d]]></description><content:encoded>%s</content:encoded><dc:creator>%s</dc:creator><category>%s</category>`+
				`<enclosure url="%s" type="image/jpeg" length="1"/><media:content url="%s" medium="image"/><media:thumbnail url="%s"/></item>`,
				x(p), x(link), i, k, pub.Format(time.RFC1123Z), strings.ReplaceAll(p, "]]>", ""), i, x(p), x(p), x(p), x(p), x(p), x(p))
		}
		b.WriteString(`</channel></rss>`)
	case "atom":
		b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">`)
		fmt.Fprintf(&b, `<title type="html">%s</title><id>urn:x:%d</id><link href="%s"/><updated>%s</updated>`, x(p), i, x(p), pub.Format(time.RFC3339))
		for k, link := range links {
			fmt.Fprintf(&b, `<entry><title type="html">%s</title><id>atom-%d-%d</id><link rel="alternate" href="%s"/><link rel="enclosure" type="image/png" href="%s"/>`+
				`<updated>%s</updated><author><name>%s</name><uri>%s</uri></author><category term="%s" label="%s"/>`+
				`<summary type="html">%s</summary><content type="html">%s Tin kinh tế %d</content><media:thumbnail url="%s"/></entry>`,
				x(p), i, k, x(link), x(p), pub.Format(time.RFC3339), x(p), x(p), x(p), x(p), x(p), x(p), i, x(p))
		}
		b.WriteString(`</feed>`)
	case "json":
		items := make([]map[string]any, 0, 2)
		for k, link := range links {
			items = append(items, map[string]any{"id": fmt.Sprintf("json-%d-%d", i, k), "url": link, "external_url": p,
				"title": p, "content_html": p + " Tin kinh tế", "summary": p, "image": p, "banner_image": p,
				"date_published": pub.Format(time.RFC3339), "authors": []map[string]string{{"name": p, "url": p}}, "tags": []string{p}})
		}
		j, _ := json.Marshal(map[string]any{"version": "https://jsonfeed.org/version/1.1", "title": p, "home_page_url": p, "items": items})
		b.Write(j)
	}
	return []byte(b.String())
}

// x escapes s for XML text and attribute values.
func x(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
