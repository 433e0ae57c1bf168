package ingest

import (
	"bytes"
	"testing"

	"github.com/mmcdole/gofeed"

	"bantin/internal/model"
)

// BenchmarkParse measures the whole normalisation over a realistic 50-item
// VnExpress-style feed (CDATA images, half the items with content:encoded).
func BenchmarkParse(b *testing.B) {
	body := fixture(b, "bench-50.rss")
	p := NewParser(nil)
	src := model.Source{URL: "https://vnexpress.net/rss/thoi-su.rss"}
	items := 0
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := p.Parse(body, "application/rss+xml", src, fetchNow)
		if err != nil {
			b.Fatal(err)
		}
		items += len(f.Items)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkGofeedBare is gofeed alone, with its defaults, over the same bytes.
func BenchmarkGofeedBare(b *testing.B) {
	body := fixture(b, "bench-50.rss")
	items := 0
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		items += len(f.Items)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}
