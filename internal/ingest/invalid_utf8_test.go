package ingest

import (
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestInvalidUTF8IsRepaired: one invalid byte in an otherwise UTF-8 feed
// (declared in the prolog, in Content-Type only, or not at all) does not
// reject the feed nor misread it as a legacy charset: the byte becomes
// U+FFFD, the item carrying it is flagged, the others are intact.
func TestInvalidUTF8IsRepaired(t *testing.T) {
	item := func(n, title, body string) string {
		return "<item><title>" + title + "</title><link>https://tin.vn/" + n + "</link><guid>" + n +
			"</guid><description><![CDATA[<p>" + body + "</p>]]></description></item>"
	}
	items := item("1", "Hà Nội mở rộng đường Vành đai 4", "Công trình trọng điểm") +
		item("2", "Đà Nẵng đón khách \xff quốc tế", "Du lịch phục hồi") +
		item("3", "Cần Thơ khánh thành cầu mới", "Giao thông \xc3 miền Tây")
	channel := "<rss version=\"2.0\"><channel><title>Tin</title><link>https://tin.vn/</link>" + items + "</channel></rss>"
	tests := []struct{ name, body, contentType string }{
		{"prolog utf-8", `<?xml version="1.0" encoding="UTF-8"?>` + channel, "application/rss+xml"},
		{"content type utf-8", channel, "application/rss+xml; charset=utf-8"},
		{"undeclared", channel, "text/xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			feed, err := NewParser(nil).Parse([]byte(tt.body), tt.contentType, model.Source{URL: "https://tin.vn/rss"}, fetchNow)
			if err != nil {
				t.Fatalf("feed rejected: %v", err)
			}
			if len(feed.Items) != 3 {
				t.Fatalf("%d items, want 3", len(feed.Items))
			}
			want := []struct {
				title   string
				flagged bool
			}{
				{"Hà Nội mở rộng đường Vành đai 4", false},
				{"Đà Nẵng đón khách \uFFFD quốc tế", true},
				{"Cần Thơ khánh thành cầu mới", true},
			}
			for i, w := range want {
				a := feed.Items[i]
				if a.Title != w.title || a.Mojibake != w.flagged {
					t.Errorf("item %d: %q flagged %v; want %q flagged %v", i, a.Title, a.Mojibake, w.title, w.flagged)
				}
			}
			if !strings.Contains(feed.Items[2].ContentHTML, "Giao thông \uFFFD miền Tây") {
				t.Errorf("content: %q", feed.Items[2].ContentHTML)
			}
		})
	}
}
