package feeds

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// gapCase asserts substrings present (want) and absent (not) in one
// rendering. Each case names the gorilla/feeds gap it guards against.
type gapCase struct {
	name   string
	feed   func(Format) *Feed
	format Format
	want   []string
	not    []string
}

func TestGorillaGapsFixed(t *testing.T) {
	cases := append(append(rssGaps(), atomGaps()...), jsonGaps()...)
	for _, tc := range cases {
		t.Run(tc.format.String()+"/"+tc.name, func(t *testing.T) {
			out := string(render(t, tc.feed(tc.format), tc.format))
			for _, s := range tc.want {
				if !strings.Contains(out, s) {
					t.Errorf("missing %q", s)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(out, s) {
					t.Errorf("unexpected %q", s)
				}
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}

func rssGaps() []gapCase {
	return []gapCase{
		{name: "atom self link with namespace", feed: fullFeed, format: RSS, want: []string{
			`xmlns:atom="http://www.w3.org/2005/Atom"`,
			`<atom:link href="https://bantin.example/topics/xay-dung-dang/provinces/thai-nguyen/feed.rss" rel="self" type="application/rss+xml">`}},
		{name: "hub link when configured", feed: fullFeed, format: RSS,
			want: []string{`<atom:link href="https://hub.example/" rel="hub">`}},
		{name: "no hub link otherwise", feed: emptyFeed, format: RSS, not: []string{`rel="hub"`}},
		{name: "author only as email (Name)", feed: fullFeed, format: RSS,
			want: []string{`<author>hang.nt@baothainguyen.vn (Nguyễn Thị Hằng)</author>`},
			not:  []string{`<author>Trần Văn Đức</author>`, `<author>Báo`}},
		{name: "dc:creator without email", feed: fullFeed, format: RSS, want: []string{
			`xmlns:dc="http://purl.org/dc/elements/1.1/"`, `<dc:creator>Trần Văn Đức</dc:creator>`},
			not: []string{`<dc:creator>Nguyễn Thị Hằng`}},
		{name: "guid not a permalink", feed: fullFeed, format: RSS,
			want: []string{`<guid isPermaLink="false">tag:bantin.example,2026:article/1001</guid>`}},
		{name: "source with url", feed: fullFeed, format: RSS,
			want: []string{`<source url="https://baothainguyen.vn/rss/xay-dung-dang.rss">Báo Thái Nguyên</source>`}},
		{name: "category per category with domain", feed: fullFeed, format: RSS, want: []string{
			`<category domain="https://bantin.example/topics/">Xây dựng Đảng</category>`,
			`<category domain="https://bantin.example/provinces/">Bắc Kạn (cũ)</category>`,
			`<category>xay-dung-dang</category>`}},
		{name: "language and lastBuildDate", feed: fullFeed, format: RSS, want: []string{
			`<language>vi</language>`, `<lastBuildDate>Thu, 26 Nov 2026 08:30:00 +0000</lastBuildDate>`,
			`<pubDate>Wed, 25 Nov 2026 02:15:00 +0000</pubDate>`}},
		{name: "enclosure only with type and length", feed: fullFeed, format: RSS, want: []string{
			`<enclosure url="https://baothainguyen.vn/img/1001.jpg" length="48213" type="image/jpeg">`,
			`xmlns:media="http://search.yahoo.com/mrss/"`,
			`<media:content url="https://baobackan.vn/img/1002.png" medium="image">`},
			not: []string{`<enclosure url="https://baobackan.vn`, `length="0"`}},
		{name: "content:encoded and HTML-escaped description", feed: fullFeed, format: RSS, want: []string{
			`<content:encoded><![CDATA[<p>Sáng 25/11, <strong>Tỉnh ủy</strong>`,
			`<description>Tỉnh rà soát các xã có &amp;lt;b&amp;gt;dưới&amp;lt;/b&amp;gt; 5.000 dân`,
			`<title>Sáp nhập xã, phường: 12 đơn vị &lt; 5.000 dân &amp; kế hoạch 2026</title>`}},
		{name: "CDATA end and control characters are safe", feed: fullFeed, format: RSS,
			want: []string{`]]]]><![CDATA[>`, "\uFFFD"}, not: []string{"\x0b"}},
		{name: "empty link omitted", feed: noURLFeed, format: RSS, not: []string{`<link></link>`}},
	}
}

func atomGaps() []gapCase {
	return []gapCase{
		{name: "feed id is Feed.ID", feed: fullFeed, format: Atom,
			want: []string{`<id>tag:bantin.example,2026:feed/topics/xay-dung-dang/provinces/thai-nguyen</id>`}},
		{name: "entry id from Item.ID, never random", feed: fullFeed, format: Atom,
			want: []string{`<id>tag:bantin.example,2026:article/1001</id>`}, not: []string{"urn:uuid:"}},
		{name: "published and updated", feed: fullFeed, format: Atom, want: []string{
			`<published>2026-11-25T02:15:00Z</published>`, `<updated>2026-11-25T03:00:00Z</updated>`,
			`<published>2026-11-24T20:05:09Z</published>`, `<updated>2026-11-24T20:05:09Z</updated>`}},
		{name: "category term label scheme", feed: fullFeed, format: Atom, want: []string{
			`<category term="xay-dung-dang" scheme="https://bantin.example/topics/" label="Xây dựng Đảng">`,
			`<category term="xay-dung-dang"></category>`}},
		{name: "self alternate hub links", feed: fullFeed, format: Atom, want: []string{
			`<link href="https://bantin.example/topics/xay-dung-dang/provinces/thai-nguyen/feed.atom" rel="self" type="application/atom+xml">`,
			`<link href="https://bantin.example/topics/xay-dung-dang/provinces/thai-nguyen" rel="alternate" type="text/html">`,
			`<link href="https://hub.example/" rel="hub">`,
			`<link href="https://thainguyen.gov.vn/tin-tuc/1003" rel="alternate" type="text/html">`}},
		{name: "no hub otherwise", feed: emptyFeed, format: Atom, not: []string{`rel="hub"`}},
		{name: "author falls back to source name", feed: fullFeed, format: Atom, want: []string{
			"<author>\n      <name>Báo Bắc Kạn</name>\n    </author>",
			"<name>Nguyễn Thị Hằng</name>\n      <email>hang.nt@baothainguyen.vn</email>"}},
		{name: "empty feed still has an author", feed: emptyFeed, format: Atom,
			want: []string{"<author>\n    <name>Lâm Đồng | Bản tin</name>"}},
		{name: "source for the original publication", feed: fullFeed, format: Atom, want: []string{
			"<source>\n      <id>https://baothainguyen.vn/rss/xay-dung-dang.rss</id>\n      <title>Báo Thái Nguyên</title>"}},
		{name: "language, summary text, content html", feed: fullFeed, format: Atom, want: []string{
			`xml:lang="vi"`, `<summary type="text">Tỉnh rà soát các xã có &lt;b&gt;dưới&lt;/b&gt;`,
			`<content type="html"><![CDATA[<p>Sáng 25/11, <strong>`}},
		{name: "entry without link gets content", feed: noURLFeed, format: Atom,
			want: []string{`<content type="html"><![CDATA[<p>Giá &lt;b&gt;xăng`}},
		{name: "empty feed updated is deterministic", feed: emptyFeed, format: Atom,
			want: []string{`<updated>1970-01-01T00:00:00Z</updated>`}},
	}
}

func jsonGaps() []gapCase {
	return []gapCase{
		{name: "items present when empty", feed: emptyFeed, format: JSON, want: []string{`"items":[]`}},
		{name: "version feed_url language hubs", feed: fullFeed, format: JSON, want: []string{
			`"version":"https://jsonfeed.org/version/1.1"`,
			`"feed_url":"https://bantin.example/topics/xay-dung-dang/provinces/thai-nguyen/feed.json"`,
			`"home_page_url":"https://bantin.example/topics/xay-dung-dang/provinces/thai-nguyen"`,
			`"language":"vi"`, `"type":"WebSub"`, `"url":"https://hub.example/"`}},
		{name: "no hubs otherwise", feed: emptyFeed, format: JSON, not: []string{`"hubs"`}},
		{name: "no mis-tagged or deprecated fields", feed: fullFeed, format: JSON,
			not: []string{`"banner_"`, `"size"`, `"author":`}},
		{name: "content_html falls back to escaped summary", feed: summaryOnlyFeed, format: JSON,
			want: []string{`"content_html":"<p>Giá &lt;b&gt;xăng&lt;/b&gt; giảm &amp; điện tăng</p>"`}},
		{name: "authors tags dates image summary", feed: fullFeed, format: JSON, want: []string{
			`"authors":[`, `"name":"Báo Bắc Kạn"`, `"url":"mailto:hang.nt@baothainguyen.vn"`,
			`"tags":[`, `"Bắc Kạn (cũ)"`, `"date_published":"2026-11-25T02:15:00Z"`,
			`"date_modified":"2026-11-25T03:00:00Z"`, `"image":"https://baobackan.vn/img/1002.png"`,
			`"summary":"Sáng 25/11`}},
		{name: "_bantin extension", feed: fullFeed, format: JSON, want: []string{
			`"_bantin":{`, `"term":"bac-kan"`, `"label":"Bắc Kạn (cũ)"`,
			`"name":"Báo Thái Nguyên"`, `"url":"https://baothainguyen.vn/rss/xay-dung-dang.rss"`}},
		{name: "no _bantin.story for a list of reports", feed: fullFeed, format: JSON, not: []string{`"story"`}},
		{name: "_bantin.story of a list of stories", feed: storyFeed, format: JSON, want: []string{
			`"_bantin":{"story":{"url":"https://bantin.example/stories/7","sources":4}}`}},
		{name: "HTML not escaped as \\u003c", feed: fullFeed, format: JSON,
			want: []string{`<strong>Tỉnh ủy</strong>`}, not: []string{`\u003c`}},
	}
}

// summaryOnlyFeed has one item with only a summary containing markup.
func summaryOnlyFeed(format Format) *Feed {
	f := emptyFeed(format)
	f.Items = []Item{{
		ID: "tag:bantin.example,2026:article/9", URL: "https://a.example/9",
		Title: "Giá xăng", Summary: "Giá <b>xăng</b> giảm & điện tăng",
		Published: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
	}}
	return f
}

// storyFeed has one item standing for a story of four outlets, with no
// source or categories.
func storyFeed(format Format) *Feed {
	f := summaryOnlyFeed(format)
	f.Items[0].Story = &Story{URL: "https://bantin.example/stories/7", Sources: 4}
	return f
}

// storiesFeed is a feed of stories (bantin's per=story) as bantin renders
// it: each item the story's (its id the story's tag: URI, its Story set),
// linking the report shown, updated later than that report was published
// (a newer report of the story the feed does not show).
func storiesFeed(format Format) *Feed {
	f := fullFeed(format)
	for i := range f.Items {
		it := &f.Items[i]
		it.ID = TagURI("bantin.example", 2026, "story/"+strconv.Itoa(7+i))
		it.Story = &Story{URL: base + "/stories/" + strconv.Itoa(7+i), Sources: 3 - i}
		it.Updated = it.Published.Add(90 * time.Minute)
	}
	return f
}

// noURLFeed has one item identified by ID only.
func noURLFeed(format Format) *Feed {
	f := summaryOnlyFeed(format)
	f.Items[0].URL = ""
	return f
}
