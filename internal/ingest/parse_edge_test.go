package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

func TestParseTTL(t *testing.T) {
	if ttl := parseFixture(t, "tuoitre.rss").TTL; ttl != 20*time.Minute {
		t.Fatalf("TTL %s", ttl)
	}
	if ttl := parseFixture(t, "nhandan.atom").TTL; ttl != 0 {
		t.Fatalf("atom TTL %s", ttl)
	}
}

func TestParseStableKeyAndEdit(t *testing.T) {
	for i := 0; i < 3; i++ {
		a := itemByTitle(t, parseFixture(t, "baothainguyen.rss"), "Ngành Tổ chức")
		eq(t, "key", a.Key, "url:https://baothainguyen.vn/chinh-tri/xay-dung-dang/nganh-to-chuc-xay-dung-dang-can-tiep-tuc-thuc-hien-hieu-qua-10-nhom-nhiem-vu-giai-phap-316181.html")
	}
	before, after := parseFixture(t, "vnexpress.rss"), parseFixture(t, "vnexpress-edited.rss")
	for i := range before.Items {
		b, a := before.Items[i], after.Items[i]
		if b.Key != a.Key {
			t.Fatalf("key changed: %s → %s", b.Key, a.Key)
		}
		edited := strings.HasPrefix(b.Title, "Thủ tướng")
		if (b.ContentHash != a.ContentHash) != edited {
			t.Errorf("%s: hash changed=%v, edited=%v", b.Title, b.ContentHash != a.ContentHash, edited)
		}
	}
}

func TestParseCharsetSources(t *testing.T) {
	p := NewParser(nil)
	legacy := fixture(t, "legacy-windows-1258.rss")
	noProlog := legacy[strings.Index(string(legacy), "?>")+2:]
	utf8Feed := fixture(t, "vnexpress.rss")
	utf8NoProlog := utf8Feed[strings.Index(string(utf8Feed), "?>")+2:]
	latin1Prolog := append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?>`), utf8NoProlog...)
	tests := []struct {
		name, ct, want string
		body           []byte
	}{
		{"prolog", "", "windows-1258", legacy},
		{"content-type", "application/rss+xml; charset=windows-1258", "windows-1258", noProlog},
		{"sniffed legacy", "", "windows-1258", noProlog},
		{"server says utf-8 over legacy bytes", "text/xml; charset=utf-8", "windows-1258", noProlog},
		{"utf-16 prolog lies", "", "utf-8", fixture(t, "vietnambiz.rss")},
		// A CMS template or a server default that names a legacy charset over
		// UTF-8 text: decoding as declared would store every title as mojibake.
		{"latin-1 prolog over utf-8", "", "utf-8", latin1Prolog},
		{"server says latin-1 over utf-8", "text/xml; charset=ISO-8859-1", "utf-8", utf8NoProlog},
		{"server says windows-1258 over utf-8", "text/xml; charset=windows-1258", "utf-8", utf8NoProlog},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := p.Parse(tt.body, tt.ct, model.Source{URL: "http://127.0.0.1/rss"}, fetchNow)
			if err != nil {
				t.Fatal(err)
			}
			eq(t, "charset", f.Charset, tt.want)
			if len(f.Items) == 0 || vnBad(f.Items[0].Title) {
				t.Errorf("items %+v", f.Items)
			}
		})
	}
}

func vnBad(s string) bool { return strings.ContainsAny(s, "\uFFFDÃ") || s == "" }

func TestParseErrors(t *testing.T) {
	p := NewParser(nil)
	for name, body := range map[string][]byte{
		"empty":     []byte("  \n"),
		"malformed": fixture(t, "malformed.rss"),
		"html page": fixture(t, "not-a-feed.html"),
	} {
		t.Run(name, func(t *testing.T) {
			_, err := p.Parse(body, "", model.Source{URL: "http://127.0.0.1/rss"}, fetchNow)
			var pe *ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(Describe(err), "parse: ") {
				t.Fatalf("err = %v, want *ParseError", err)
			}
		})
	}
}

func TestParseKeepsItemsBeforeABreak(t *testing.T) {
	body := fixture(t, "bench-50.rss")
	f, err := NewParser(nil).Parse(body[:len(body)/2], "", model.Source{URL: "https://vnexpress.net/rss"}, fetchNow)
	if err != nil || !f.Partial || len(f.Items) < 20 || len(f.Items) >= 50 {
		t.Fatalf("err %v partial %v items %d", err, f != nil && f.Partial, len(f.Items))
	}
	want := fmt.Sprintf("broken feed: read %d items, then the XML breaks (XML syntax error on line ", len(f.Items))
	if !strings.HasPrefix(f.Break, want) {
		t.Errorf("Break = %q, want it to start with %q", f.Break, want)
	}
	whole, err := NewParser(nil).Parse(body, "", model.Source{URL: "https://vnexpress.net/rss"}, fetchNow)
	if err != nil || whole.Partial || whole.Break != "" {
		t.Errorf("a whole feed: err %v, partial %v, break %q", err, whole.Partial, whole.Break)
	}
}

func TestParseSkipsUnidentifiable(t *testing.T) {
	body := []byte(`<rss version="2.0"><channel><title>x</title>
<item><title>Không có link</title><description>...</description></item>
<item><title>Có link</title><link>https://a.vn/1</link></item>
<item><title>Trùng</title><link>https://a.vn/1#top</link></item></channel></rss>`)
	f, err := NewParser(nil).Parse(body, "", model.Source{URL: "https://a.vn/rss"}, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Items) != 1 || f.Skipped[SkipNoIdentity] != 1 || f.Skipped[SkipDuplicate] != 1 {
		t.Fatalf("items %d skipped %v", len(f.Items), f.Skipped)
	}
	eqTime(t, f.Items[0].PublishedAt, fetchNow.Format(time.RFC3339)) // missing date → fetch time
}

func TestSummaryTruncatedAtWord(t *testing.T) {
	long := strings.Repeat("Thái Nguyên phát triển kinh tế số. ", 40)
	s := truncateWords(long, summaryMax)
	if n := len([]rune(s)); n > summaryMax+1 || !strings.HasSuffix(s, "…") || strings.HasSuffix(s, " …") {
		t.Fatalf("len %d: %q", n, s)
	}
}
