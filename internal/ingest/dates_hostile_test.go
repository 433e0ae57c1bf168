package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestImplausibleDatesAreFetchTime: an item dated before 1990 or after
// 2200 is stored at the fetch time, whichever reader understood the date
// (bantin's own or gofeed's, its fallback): such a date is a broken or
// hostile upstream, and an article of 1900 sorts under every other one in
// feeds and archives. 1970-01-01 (a Unix time of 0) is how a content system
// says it has no date: stored as such, its article was listed last in every
// feed, with no date in RSS and JSON Feed and the feed's own date in Atom.
// Dates in range are kept.
func TestImplausibleDatesAreFetchTime(t *testing.T) {
	dates := []struct{ rss, iso, want string }{
		{"Mon, 01 Jan 1900 00:00:00 +0000", "1900-01-01T00:00:00Z", fetchNow.Format(time.RFC3339)},
		{"Wed, 31 Dec 1969 23:59:59 +0000", "1969-12-31T23:59:59Z", fetchNow.Format(time.RFC3339)},
		{"Thu, 01 Jan 1970 00:00:00 +0000", "1970-01-01T00:00:00Z", fetchNow.Format(time.RFC3339)},
		{"Thu, 01 Jan 1970 07:00:00 +0700", "1970-01-01T07:00:00+07:00", fetchNow.Format(time.RFC3339)},
		{"Tue, 01 Jan 1980 00:00:00 +0000", "1980-01-01T00:00:00Z", fetchNow.Format(time.RFC3339)},
		{"Mon, 01 Jan 1996 09:00:00 +0700", "1996-01-01T09:00:00+07:00", "1996-01-01T02:00:00Z"},
		{"Tue, 01 Jan 2999 00:00:00 +0000", "2999-01-01T00:00:00Z", fetchNow.Format(time.RFC3339)},
		{"Sat, 14 Sep 2024 05:00:00 +0000", "2024-09-14T05:00:00Z", "2024-09-14T05:00:00Z"},
	}
	var rss, atom, js []string
	for i, d := range dates {
		rss = append(rss, fmt.Sprintf(`<item><title>Tin %d</title><link>https://a.vn/%d</link><pubDate>%s</pubDate></item>`, i, i, d.rss))
		atom = append(atom, fmt.Sprintf(`<entry><title>Tin %d</title><id>https://a.vn/%d</id><link href="https://a.vn/%d"/><updated>%s</updated><published>%s</published></entry>`, i, i, i, d.iso, d.iso))
		js = append(js, fmt.Sprintf(`{"id":"https://a.vn/%d","url":"https://a.vn/%d","title":"Tin %d","date_published":%q}`, i, i, i, d.iso))
	}
	for name, body := range map[string]string{
		"rss":  `<rss version="2.0"><channel><title>x</title>` + strings.Join(rss, "") + `</channel></rss>`,
		"atom": `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>x</id>` + strings.Join(atom, "") + `</feed>`,
		"json": `{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[` + strings.Join(js, ",") + `]}`,
	} {
		f, err := NewParser(nil).Parse([]byte(body), "", model.Source{URL: "https://a.vn/rss"}, fetchNow)
		if err != nil || len(f.Items) != len(dates) {
			t.Fatalf("%s: %v, %d items", name, err, len(f.Items))
		}
		for i, a := range f.Items {
			if got := a.PublishedAt.UTC().Format(time.RFC3339); got != dates[i].want {
				t.Errorf("%s: item dated %s published %s, want %s", name, dates[i].iso, got, dates[i].want)
			}
		}
	}
}
