package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"bantin/internal/model"
)

// rawFeed is an RSS feed of two items; edit rewrites the second item's
// markup (old → new) before it is parsed.
func rawFeed(old, new string) []byte {
	second := `<item><title>Mưa lớn ở Huế</title><link>https://bao.example.vn/mua-hue.html</link>
<description><![CDATA[<p>Mưa lớn kéo dài.</p>]]></description><pubDate>Mon, 14 Sep 2026 08:00:00 +0700</pubDate>
<enclosure url="https://bao.example.vn/a.jpg" type="image/jpeg"/><category>Thời sự</category>
<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="https://bao.example.vn/t.jpg"/></item>`
	if old != "" {
		second = strings.Replace(second, old, new, 1)
	}
	return fmt.Appendf(nil, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo</title>
<link>https://bao.example.vn/</link>
<item><title>Giá vàng tăng</title><link>https://bao.example.vn/gia-vang.html</link>
<description>Giá vàng hôm nay tăng mạnh.</description><pubDate>Mon, 14 Sep 2026 09:00:00 +0700</pubDate></item>
%s</channel></rss>`, second)
}

func rawHashes(t *testing.T, p *Parser, body []byte, src model.Source) map[string]string {
	t.Helper()
	feed, err := p.Parse(body, "", src, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, a := range feed.Items {
		if a.RawHash == "" {
			t.Fatalf("%s: no raw hash", a.Key)
		}
		out[a.Key] = a.RawHash
	}
	return out
}

// TestRawHashChangesWithTheItem: the raw hash of an item is the same for
// the same upstream bytes, and changes with any field normalising reads,
// and with the feed context and caps, while the other item's stays.
func TestRawHashChangesWithTheItem(t *testing.T) {
	src := model.Source{URL: "https://bao.example.vn/rss"}
	p := NewParser(nil)
	base := rawHashes(t, p, rawFeed("", ""), src)
	if again := rawHashes(t, p, rawFeed("", ""), src); fmt.Sprint(again) != fmt.Sprint(base) {
		t.Fatalf("same bytes, other hashes: %v vs %v", again, base)
	}
	const first, second = "url:https://bao.example.vn/gia-vang.html", "url:https://bao.example.vn/mua-hue.html"
	tests := []struct {
		name     string
		old, new string
		p        *Parser
		src      model.Source
	}{
		{"title", "Mưa lớn ở Huế", "Mưa rất lớn ở Huế", p, src},
		{"description", "kéo dài.", "kéo dài ba ngày.", p, src},
		{"date", "08:00:00", "08:05:00", p, src},
		{"enclosure", "a.jpg", "b.jpg", p, src},
		{"category", "Thời sự", "Xã hội", p, src},
		{"media thumbnail", "t.jpg", "u.jpg", p, src},
		{"content added", "</description>", "</description><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">Toàn văn</content:encoded>", p, src},
		{"source time zone", "", "", p, model.Source{URL: src.URL, TimeZone: "Asia/Bangkok"}},
		{"caps", "", "", p.WithLimits(Limits{TitleChars: 10}), src},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rawHashes(t, tt.p, rawFeed(tt.old, tt.new), tt.src)
			if got[second] == "" || got[second] == base[second] {
				t.Errorf("second item's hash %q did not change (was %q)", got[second], base[second])
			}
			if changesAll := tt.old == ""; changesAll != (got[first] != base[first]) {
				t.Errorf("first item's hash changed: %v, want %v", got[first] != base[first], changesAll)
			}
		})
	}
}

// TestParseChangedSkipsKnownItems: items whose key and raw hash known
// reports are left out and counted; the others, including one of a known
// key whose bytes changed, are normalised as Parse would; known is asked
// once, with every key; its error fails the parse.
func TestParseChangedSkipsKnownItems(t *testing.T) {
	src := model.Source{URL: "https://bao.example.vn/rss"}
	p := NewParser(nil)
	body := rawFeed("", "")
	hashes := rawHashes(t, p, body, src)
	const first, second = "url:https://bao.example.vn/gia-vang.html", "url:https://bao.example.vn/mua-hue.html"
	calls := 0
	known := func(stored map[string]string) KnownFunc {
		return func(keys []string) (map[string]string, error) {
			calls++
			if fmt.Sprint(keys) != fmt.Sprint([]string{first, second}) {
				t.Errorf("known asked for %v", keys)
			}
			return stored, nil
		}
	}
	feed, err := p.ParseChanged(body, "", "", src, fetchNow, known(hashes))
	if err != nil || feed.Unchanged != 2 || len(feed.Items) != 0 || calls != 1 {
		t.Fatalf("all known: err %v, unchanged %d, items %d, calls %d", err, feed.Unchanged, len(feed.Items), calls)
	}
	edited := rawFeed("kéo dài.", "kéo dài ba ngày.")
	feed, err = p.ParseChanged(edited, "", "", src, fetchNow, known(hashes))
	if err != nil || feed.Unchanged != 1 || len(feed.Items) != 1 {
		t.Fatalf("one edited: err %v, unchanged %d, items %d", err, feed.Unchanged, len(feed.Items))
	}
	want := itemByTitle(t, parsed(t, p, edited, src), "Mưa lớn")
	if got := feed.Items[0]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("edited item\n got %+v\nwant %+v", got, want)
	}
	boom := errors.New("store down")
	if _, err := p.ParseChanged(body, "", "", src, fetchNow, func([]string) (map[string]string, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("known's error: got %v", err)
	}
}

func parsed(t *testing.T, p *Parser, body []byte, src model.Source) *Feed {
	t.Helper()
	feed, err := p.Parse(body, "", src, fetchNow)
	if err != nil {
		t.Fatal(err)
	}
	return feed
}

// TestRawHashPinned: the raw hash is stored, so its bytes must never move
// by accident (a deliberate change bumps normVersion). The two items of
// rawFeed hash as they did when identify fed a sha256.Hash field by field.
func TestRawHashPinned(t *testing.T) {
	got := rawHashes(t, NewParser(nil), rawFeed("", ""), model.Source{URL: "https://bao.example.vn/rss"})
	want := map[string]string{
		"url:https://bao.example.vn/gia-vang.html": "960f96d77dbef831ddd50cf82e3fbc69",
		"url:https://bao.example.vn/mua-hue.html":  "9a18f7794ddbb37b10fe104b0fe71398",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: raw hash %s, want %s", k, got[k], v)
		}
	}
}
