package ingest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"bantin/internal/model"
)

// TestFeedSlashDateOrder: an ambiguous zone-less slash date ("05/12/2026
// 08:00") is read in the order its feed's other dates prove — day first
// when one has a day over 12 (uxqa23: a Vietnamese feed's 5 December was
// stored as 12 May, seven months back), month first when one has a second
// number over 12 — and month first, as before, with no proof either way.
func TestFeedSlashDateOrder(t *testing.T) {
	for _, tt := range []struct {
		name  string
		dates []string
		want  string // the first item's publication, RFC 3339 UTC
	}{
		{"day first proved", []string{"05/12/2026 08:00", "25/11/2026 08:00"}, "2026-12-05T01:00:00Z"},
		{"day first proved by a weekday form", []string{"05/12/2026 08:00", "Thứ 4, 25/11/2026 08:00"}, "2026-12-05T01:00:00Z"},
		{"month first proved", []string{"05/12/2026 08:00", "11/25/2026 8:00 AM"}, "2026-05-12T01:00:00Z"},
		{"both: no proof", []string{"05/12/2026 08:00", "25/11/2026 08:00", "11/25/2026 8:00 AM"}, "2026-05-12T01:00:00Z"},
		{"alone", []string{"05/12/2026 08:00"}, "2026-05-12T01:00:00Z"},
		{"RFC 822 beside it", []string{"05/12/2026 08:00", "Wed, 25 Nov 2026 08:00:00 +0700"}, "2026-05-12T01:00:00Z"},
	} {
		var items []string
		for i, d := range tt.dates {
			items = append(items, fmt.Sprintf(`<item><title>Tin %d</title><link>https://a.vn/%d</link><pubDate>%s</pubDate></item>`, i, i, d))
		}
		body := `<rss version="2.0"><channel><title>x</title>` + strings.Join(items, "") + `</channel></rss>`
		f, err := NewParser(nil).Parse([]byte(body), "", model.Source{URL: "https://a.vn/rss"}, fetchNow.AddDate(0, 3, 0))
		if err != nil || len(f.Items) != len(tt.dates) {
			t.Fatalf("%s: %v, %d items", tt.name, err, len(f.Items))
		}
		if got := f.Items[0].PublishedAt.UTC().Format(time.RFC3339); got != tt.want {
			t.Errorf("%s: %q published %s, want %s", tt.name, tt.dates[0], got, tt.want)
		}
	}
}
