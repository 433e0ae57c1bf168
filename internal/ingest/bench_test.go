package ingest

import (
	"bytes"
	"net/url"
	"strings"
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

// benchBody is a 5 KB article body as the benchmark corpus carries them.
var benchBody = strings.Repeat(`<p>Ngoài biểu diễn trên sân khấu, liền anh, liền chị hát đối đáp trên thuyền rồng giữa sông Cầu.</p>`+
	`<p>Tỉnh Bắc Ninh kỳ vọng chi phí logistics của doanh nghiệp giảm 15-20%.</p>`, 25)

// BenchmarkHTMLText is the text of a stored body, as the pipeline asks it.
func BenchmarkHTMLText(b *testing.B) {
	b.SetBytes(int64(len(benchBody)))
	b.ReportAllocs()
	for b.Loop() {
		HTMLText(benchBody)
	}
}

// BenchmarkSanitize is one article body made safe.
func BenchmarkSanitize(b *testing.B) {
	p := NewParser(nil)
	base, _ := url.Parse("https://bao3.example.vn/tin-tuc/bai-3-2.html")
	body := `<a href="https://bao3.example.vn/tin-tuc/bai-3-2.html"><img src="https://cdn.example.vn/3/2.jpg"></a></br>` + benchBody
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		p.sanitize(body, base)
	}
}
