package ingest

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"bantin/internal/model"
)

// TestParseLogsNameTheSource: the parser's warnings and notes about a feed
// (a broken feed, skipped items, an unknown time zone) name the source with
// the keys the fetch pipeline's lines use (source_id, url), so that an
// operator finds every line of one source with one search. A broken feed
// is a warning the first time, then (its source records the note) a
// debug line.
func TestParseLogsNameTheSource(t *testing.T) {
	body := fixture(t, "bench-50.rss")
	for _, tc := range []struct {
		name, msg, level string
		body             []byte
		src              model.Source
	}{
		{"broken", "broken feed", "WARN", body[:len(body)/2], model.Source{ID: 42, URL: "https://vnexpress.net/rss"}},
		{"broken again", "broken feed", "DEBUG", body[:len(body)/2], model.Source{ID: 42, URL: "https://vnexpress.net/rss",
			LastError: "broken feed: read 21 items, then the XML breaks (…)", LastErrorKind: model.KindBrokenFeed}},
		{"zone", "unknown source time zone", "WARN", body, model.Source{ID: 42, URL: "https://vnexpress.net/rss", TimeZone: "Asia/Nowhere"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
			if _, err := NewParser(log).Parse(tc.body, "", tc.src, fetchNow); err != nil {
				t.Fatal(err)
			}
			var line string
			for l := range strings.SplitSeq(buf.String(), "\n") {
				if strings.Contains(l, tc.msg) {
					line = l
				}
			}
			if !strings.Contains(line, " level="+tc.level+" ") || !strings.Contains(line, " source_id=42 ") || !strings.Contains(line, " url=https://vnexpress.net/rss") {
				t.Errorf("log line %q: want level=%s, source_id=42 and url=https://vnexpress.net/rss", line, tc.level)
			}
		})
	}
}

// TestParseLogsSkipReasons: the "items skipped" line counts each reason as
// a key of a "reasons" group (reasons.no_link_and_no_guid=1), sorted, not
// as the text of a Go map (reasons="map[no link and no guid:1]").
func TestParseLogsSkipReasons(t *testing.T) {
	body := []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://b.vn/</link>
<item><title>Không có liên kết</title></item>
<item><title>Một</title><link>https://b.vn/1</link></item>
<item><title>Một lần nữa</title><link>https://b.vn/1</link></item></channel></rss>`)
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	if _, err := NewParser(log).Parse(body, "", model.Source{ID: 7, URL: "https://b.vn/rss"}, fetchNow); err != nil {
		t.Fatal(err)
	}
	want := ` skipped=2 reasons.duplicate_key_in_feed=1 reasons.no_link_and_no_guid=1`
	if !strings.Contains(buf.String(), want) || strings.Contains(buf.String(), "map[") {
		t.Errorf("log:\n%s\nwant %q", buf.String(), want)
	}
}
