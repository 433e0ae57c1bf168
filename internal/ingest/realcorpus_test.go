package ingest_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

// envBenchReal names the real-news corpus that cmd/bantin-corpus builds
// outside the repository (BENCHMARKS.md, "Real news"). When it is set,
// BenchmarkIngest's news feeds carry real items (realFeed) instead of
// items spliced from the labelled articles: the same feeds, links and
// dates, with real headlines and leads and the stories several outlets
// told. The templated corpus stays as it is.
const envBenchReal = "BANTIN_BENCH_REAL"

// benchRealItem is the part of a corpus line the benchmark reads.
type benchRealItem struct {
	Title     string    `json:"title"`
	Summary   string    `json:"summary"`
	Published time.Time `json:"published"`
}

// Only items published in [realFrom, realUntil) are read: after the
// reserved autumn 2025 window and before the reserved August 2026 one.
var (
	realFrom  = time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC)
	realUntil = time.Date(2026, 8, 10, 0, 0, 0, 0, time.UTC)
)

// realKeep is how many of the newest items loadRealNews keeps: enough for
// 500 feeds of benchItems+refetchNew items.
const realKeep = 30000

// loadRealNews returns the realKeep newest corpus items that envBenchReal
// names, newest first, or nil when it is not set. It reads the file twice
// (the dates, then the items from the cut-off on) so that this process
// never holds the whole corpus: a child process inherits its parent's peak
// resident size in the figure the benchmark reads (ru_maxrss), so a large
// parent would hide bantin's own peak.
var loadRealNews = sync.OnceValues(func() ([]benchRealItem, error) {
	path := os.Getenv(envBenchReal)
	if path == "" {
		return nil, nil
	}
	var dates []time.Time
	if err := scanReal(path, func(it *benchRealItem) { dates = append(dates, it.Published) }); err != nil {
		return nil, err
	}
	slices.SortFunc(dates, func(a, b time.Time) int { return b.Compare(a) })
	cut := realFrom
	if len(dates) > realKeep {
		cut = dates[realKeep-1]
	}
	var out []benchRealItem
	err := scanReal(path, func(it *benchRealItem) {
		if !it.Published.Before(cut) {
			out = append(out, *it)
		}
	})
	slices.SortStableFunc(out, func(a, b benchRealItem) int { return b.Published.Compare(a.Published) })
	return out, err
})

// scanReal calls keep with each item of the corpus at path published in
// [realFrom, realUntil) with a title.
func scanReal(path string, keep func(*benchRealItem)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var it benchRealItem
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !it.Published.Before(realFrom) && it.Published.Before(realUntil) && it.Title != "" {
			keep(&it)
		}
	}
	return sc.Err()
}

// realFeed is corpusFeed over real items: item i of the spec's feed is the
// (i·feeds + feed)-th newest real item, so that a pass holds the news of
// consecutive real days, in their order, spread over the spec's window.
// fullText of the items carry a 5–10 KB body made of other items' leads.
// Deterministic for the spec; an error when there are too few items.
func realFeed(items []benchRealItem, s corpusSpec) ([]byte, error) {
	if need := s.feeds * s.items; len(items) < need {
		return nil, fmt.Errorf("%s: %d items in the allowed dates, the corpus needs %d", envBenchReal, len(items), need)
	}
	r := rand.New(rand.NewPCG(uint64(s.feed), uint64(s.version)))
	var b strings.Builder
	b.Grow(s.items * 4000)
	s.writeHead(&b)
	for i := range s.items {
		it := items[i*s.feeds+s.feed]
		content := ""
		if r.Float64() < fullText {
			var body strings.Builder
			for size := 5000 + r.IntN(5000); body.Len() < size; {
				fmt.Fprintf(&body, "<p>%s</p>", items[r.IntN(len(items))].Summary)
			}
			content = "<content:encoded><![CDATA[" + body.String() + "]]></content:encoded>"
		}
		s.writeItem(&b, i, it.Title, strings.TrimSuffix(it.Summary, "."), content)
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String()), nil
}
