package feeds

import (
	"io"
	"strconv"
	"testing"
)

// BenchmarkRender renders realistic feeds (full items with ~1 KB of HTML
// each) of 50 and 200 items in every format.
func BenchmarkRender(b *testing.B) {
	for _, format := range formats {
		for _, n := range []int{50, 200} {
			f := manyItems(n, format)
			b.Run(format.String()+"/"+strconv.Itoa(n), func(b *testing.B) {
				var buf []byte
				b.ReportAllocs()
				for b.Loop() {
					var err error
					if buf, err = Append(buf[:0], f, format); err != nil {
						b.Fatal(err)
					}
				}
				b.SetBytes(int64(len(buf)))
			})
		}
	}
}

// BenchmarkRenderWriter measures Render straight into a writer.
func BenchmarkRenderWriter(b *testing.B) {
	f := manyItems(50, RSS)
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, f, RSS); err != nil {
			b.Fatal(err)
		}
	}
}
