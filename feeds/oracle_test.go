package feeds

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	gf "github.com/gorilla/feeds"
)

// oracleXML is the encoding/xml serialisation Render used before the
// hand-written writer: the header, v indented by two spaces, a newline.
func oracleXML(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatalf("encoding/xml: %v", err)
	}
	buf.WriteString("\n")
	return buf.Bytes()
}

// checkOracle requires Render, Append and the hand-written writers to
// produce exactly encoding/xml's bytes for f in RSS and Atom.
func checkOracle(t testing.TB, name string, f *Feed) {
	t.Helper()
	for _, format := range []Format{RSS, Atom} {
		if check(f, format) != nil {
			continue
		}
		var want []byte
		if format == RSS {
			want = oracleXML(t, newRSS(f))
		} else {
			want = oracleXML(t, newAtom(f))
		}
		got := render(t, f, format)
		appended, err := Append([]byte("prefix"), f, format)
		if err != nil || !bytes.Equal(appended, append([]byte("prefix"), want...)) {
			t.Errorf("%s/%v: Append differs from encoding/xml (err %v)", name, format, err)
		}
		if !bytes.Equal(got, want) {
			i := firstDiff(got, want)
			t.Errorf("%s/%v: differs from encoding/xml at byte %d:\ngot  %q\nwant %q",
				name, format, i, window(got, i), window(want, i))
		}
	}
}

// firstDiff returns the index of the first byte where a and b differ.
func firstDiff(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

// window returns up to 60 bytes of b either side of i.
func window(b []byte, i int) []byte {
	return b[max(0, i-60):min(len(b), i+60)]
}

// nasty holds strings that exercise every escaping and CDATA rule.
var nasty = []string{
	"", " ", "plain", "a & b <c> \"d\" 'e'", "&amp; &lt;b&gt; &#34; &#x9;",
	"]]>", "x]]>y]]>z", "]]]]>>", "<![CDATA[inner]]>", "]]", "]>",
	"tab\there\nnl\r\ncr\rend", "ctl\x00\x01\x08\x0b\x0c\x1f\x7f",
	"bad\xff\xfe utf8 \xc3\x28 \xe2\x82 \xed\xa0\x80 surrogate",
	"nonchar \uFFFE \uFFFF \uFFFD ok", "astral 😀 \U0010FFFF",
	"Vie\u0302\u0323t Nam Ti\u00ea\u0301ng Vi\u00ea\u0323t", // NFD and NFC
	"Đổi mới & phát triển “quoted” — dash", "<p>html <b>bold</b></p>\n<img src=\"x\">",
	"trailing ]]", "\n\n", "\t", "\xef", "a\xef\xbf", "a\xef\xbf\xbe", "x\x01y\xffz\x02\uFFFE\x03",
	"eight+bytes\x01clean\nthen\x1fmore ascii text\x00", "ĐĐĐĐĐĐĐĐ\x05ĐĐĐĐ\xc3",
}

// nastyFeed builds a feed whose fields cycle through nasty, with items
// with and without author, summary, content, image data and categories.
func nastyFeed(seed int) *Feed {
	s := func(k int) string { return nasty[(seed*7+k)%len(nasty)] }
	f := &Feed{
		ID: "tag:x," + s(1), Title: s(2), Description: s(3), HomeURL: s(4),
		SelfURL: s(5), HubURL: s(6), Language: s(7), IconURL: s(8), LogoURL: s(10), FaviconURL: s(11), Generator: s(9),
	}
	if seed%3 == 0 {
		f.Updated = time.Date(2026, 11, 26, 8, 30, 15, 999, time.FixedZone("Z", 3600*seed%13))
	}
	for i := range seed % 6 {
		k := 10 + i*13
		it := Item{ID: s(k), URL: s(k + 1), Title: s(k + 2), Summary: s(k + 3),
			ContentHTML: s(k + 4), AuthorName: s(k + 5), AuthorEmail: s(k + 6),
			ImageURL: s(k + 7), ImageType: s(k + 8), ImageLength: int64((seed + i) % 3 * 1000),
			SourceName: s(k + 9), SourceURL: s(k + 10)}
		if it.ID == "" && it.URL == "" {
			it.ID = "id" + strconv.Itoa(i)
		}
		if (seed+i)%2 == 0 {
			it.Published = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC).Add(time.Duration(i) * time.Hour)
		}
		for c := range (seed + i) % 4 {
			it.Categories = append(it.Categories, Category{Term: s(k + c), Label: s(k + 11 + c), Scheme: s(k + 12 + c)})
		}
		f.Items = append(f.Items, it)
	}
	return f
}

// TestRenderMatchesEncodingXML is the byte-identity oracle over fixtures
// and generated nasty feeds.
func TestRenderMatchesEncodingXML(t *testing.T) {
	for _, format := range formats {
		for name, f := range allFixtures(format) {
			checkOracle(t, format.String()+"/"+name, f)
		}
		checkOracle(t, "many200", manyItems(200, format))
	}
	for seed := range 400 {
		checkOracle(t, "nasty"+strconv.Itoa(seed), nastyFeed(seed))
	}
}

// TestWriterCoversShapeFields sets every shape field Render leaves empty or
// constant to arbitrary text, and removes optional elements Render always
// writes, and checks the writers still match encoding/xml. (gorilla fields
// the writers never emit, RssImage.Width/Height and AtomPerson.Uri, stay
// zero: set, they would make this and the oracle test fail.)
func TestWriterCoversShapeFields(t *testing.T) {
	for seed := range 40 {
		f := nastyFeed(seed)
		s := func(k int) string { return nasty[(seed*5+k)%len(nasty)] }
		rss := newRSS(f)
		rss.Version, rss.ContentNS, rss.AtomNS, rss.DCNS, rss.MediaNS = s(1), s(2), s(3), s(4), s(5)
		ch := &rss.Channel
		ch.Language, ch.LastBuildDate = s(6), s(7)
		ch.Image = &gf.RssImage{Url: s(11), Title: s(12), Link: s(13)}
		for i := range ch.AtomLinks {
			ch.AtomLinks[i].Rel, ch.AtomLinks[i].Type = s(14+i), s(15+i)
		}
		for i := range ch.Items {
			it := &ch.Items[i]
			it.Content = &gf.RssContent{Content: s(19 + i)}
			it.GUID.IsPermaLink = s(20 + i)
			it.Enclosure = &gf.RssEnclosure{Url: s(21 + i), Length: s(22 + i), Type: s(23 + i)}
			it.Media = &mediaContent{URL: s(24 + i), Medium: s(25 + i)}
			it.Source = &rssSource{URL: s(26 + i), Name: s(27 + i)}
		}
		compareWriter(t, "rss", rss.appendXML(nil), oracleXML(t, rss))
		atom := newAtom(f)
		atom.Xmlns, atom.Lang, atom.MediaNS = s(4), s(5), s(6)
		atom.Author = gf.AtomAuthor{AtomPerson: gf.AtomPerson{Name: s(7), Email: s(8)}}
		for i := range atom.Entries {
			e := &atom.Entries[i]
			e.Published = s(9 + i)
			e.Summary = &gf.AtomSummary{Content: s(10 + i), Type: s(11 + i)}
			e.Author = &gf.AtomAuthor{AtomPerson: gf.AtomPerson{Email: s(12 + i)}}
			e.Content = &atomContent{Type: s(13 + i), HTML: s(14 + i)}
			e.Media = &mediaContent{URL: s(15 + i), Medium: s(16 + i)}
			e.Source = &atomSource{ID: s(17 + i), Title: s(18 + i), Updated: s(19 + i),
				Link: gf.AtomLink{Href: s(20 + i), Rel: s(21 + i), Type: s(22 + i), Length: s(23 + i)}}
		}
		compareWriter(t, "atom", atom.appendXML(nil), oracleXML(t, atom))
	}
}

// compareWriter fails t when got differs from want.
func compareWriter(t *testing.T, name string, got, want []byte) {
	t.Helper()
	if !bytes.Equal(got, want) {
		i := firstDiff(got, want)
		t.Errorf("%s: differs at byte %d:\ngot  %q\nwant %q", name, i, window(got, i), window(want, i))
	}
}

// xmlSafeRef is the rune-by-rune definition xmlSafe must match.
func xmlSafeRef(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if xmlChar(r, n) {
			b.WriteString(s[i : i+n])
		} else {
			b.WriteRune(utf8.RuneError)
		}
		i += n
	}
	return b.String()
}

// TestXMLSafe checks xmlSafe's fast paths against xmlSafeRef.
func TestXMLSafe(t *testing.T) {
	for _, a := range nasty {
		for _, b := range nasty {
			if got, want := xmlSafe(a+b), xmlSafeRef(a+b); got != want {
				t.Errorf("xmlSafe(%q) = %q, want %q", a+b, got, want)
			}
		}
	}
}

// FuzzRenderMatchesEncodingXML puts arbitrary titles, summaries and content
// into the full fixture and requires encoding/xml's bytes.
func FuzzRenderMatchesEncodingXML(f *testing.F) {
	for i, s := range nasty {
		f.Add(s, nasty[(i+1)%len(nasty)], nasty[(i+2)%len(nasty)])
	}
	f.Fuzz(func(t *testing.T, title, summary, content string) {
		feed := fullFeed(RSS)
		feed.Title, feed.Description = title, summary
		for i := range feed.Items {
			it := &feed.Items[i]
			it.Title, it.Summary, it.ContentHTML = title, summary, content
			if i == 1 {
				it.AuthorName, it.SourceName = title, summary
				it.Categories = append(it.Categories, Category{Term: title, Label: summary, Scheme: content})
			}
		}
		checkOracle(t, "fuzz", feed)
		if got, want := xmlSafe(content), xmlSafeRef(content); got != want {
			t.Errorf("xmlSafe(%q) = %q, want %q", content, got, want)
		}
	})
}
