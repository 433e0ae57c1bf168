package classify

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

// EnvStoryCensus names the file TestStoryCensus writes: the story of every
// training-day item of the real news corpus, clustered as the evaluation
// clusters (signBatch, one AssignBatch). Two censuses, taken before and
// after a story change, are compared by `bantin-corpus storydiff`
// (BENCHMARKS.md, "Sixteenth session: i16ownstory").
const EnvStoryCensus = "BANTIN_STORY_CENSUS"

// censusFrom is the first corpus day (realItem.Day) of the census: the training
// days after the autumn 2025 reserved window, 88,288 items, as every
// training-day census since the sixth session (BENCHMARKS.md); the
// corpus's first fortnight lies three months before them and would only
// add stories of its own.
const censusFrom = "2025-11-21"

// TestStoryCensus writes the story census (writeCensus) of the corpus's
// training-day items (eventContext) from censusFrom on to the file
// EnvStoryCensus names. It skips unless both EnvRealCorpus and
// EnvStoryCensus are set.
func TestStoryCensus(t *testing.T) {
	path, out := os.Getenv(EnvRealCorpus), os.Getenv(EnvStoryCensus)
	if path == "" || out == "" {
		t.Skip(EnvRealCorpus + " and " + EnvStoryCensus + " are not both set")
	}
	var items []realItem
	for _, it := range readJSONL[realItem](t, path) {
		if eventContext(it.Day) && it.Day >= censusFrom {
			items = append(items, it)
		}
	}
	placed := NewMemIndex().AssignBatch(signBatch(newTest(t), items))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	err = writeCensus(f, items, placed)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err) // the file is closed either way
	}
	t.Logf("story census of %d training-day items written to %s", len(items), out)
}

// writeCensus writes one tab-separated line per item, in the items' order:
// its URL, its publication (RFC 3339, UTC), its thread and its segment
// (the story a reader sees; ids are positions in the batch plus one, so
// two censuses of the same items compare line by line). placed[i] is
// items[i]'s placement; placed is as long as items.
func writeCensus(f io.Writer, items []realItem, placed []Placement) error {
	w := bufio.NewWriter(f)
	for i, it := range items {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\n", it.URL, it.Published.UTC().Format(time.RFC3339), placed[i].Thread, placed[i].Segment)
	}
	return w.Flush()
}

// TestWriteCensus: one line per item, in order, publication in UTC.
func TestWriteCensus(t *testing.T) {
	vn := time.FixedZone("ICT", 7*3600)
	items := []realItem{{URL: "https://a.vn/1", Published: time.Date(2026, 1, 3, 8, 0, 0, 0, vn)},
		{URL: "https://b.vn/2", Published: time.Date(2026, 1, 3, 9, 30, 0, 0, time.UTC)}}
	var b strings.Builder
	if err := writeCensus(&b, items, []Placement{{Thread: 1, Segment: 1}, {Thread: 1, Segment: 2}}); err != nil {
		t.Fatal(err)
	}
	want := "https://a.vn/1\t2026-01-03T01:00:00Z\t1\t1\nhttps://b.vn/2\t2026-01-03T09:30:00Z\t1\t2\n"
	if b.String() != want {
		t.Errorf("census %q, want %q", b.String(), want)
	}
}
