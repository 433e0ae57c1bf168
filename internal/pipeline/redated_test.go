package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"

	"bantin/internal/ingest"
	"bantin/internal/store"
)

// TestRedatedVerdicts reads the judged pairs of links of one outlet id
// dated apart (testdata/retitle/redated.jsonl): the link rule must see each
// pair as one id, and of the pairs within store.RetitleWindow, which are
// updated in place, at least 90 % must be one article.
func TestRedatedVerdicts(t *testing.T) {
	type verdict struct {
		URL, Verdict string
		EarlierURL   string  `json:"earlier_url"`
		HoursLater   float64 `json:"hours_later"`
	}
	var merged, right int
	for _, v := range readVerdicts[verdict](t, "../../testdata/retitle/redated.jsonl") {
		a, okA := ingest.RetitleMatchOf("url:" + v.URL)
		b, okB := ingest.RetitleMatchOf("url:" + v.EarlierURL)
		if !okA || !okB || a != b {
			t.Errorf("%s and %s: not one id (%+v %v, %+v %v)", v.URL, v.EarlierURL, a, okA, b, okB)
		}
		if time.Duration(v.HoursLater*float64(time.Hour)) <= store.RetitleWindow {
			merged++
			if v.Verdict == "same" {
				right++
			}
		}
	}
	if merged == 0 || right*10 < merged*9 {
		t.Errorf("%d of %d pairs updated in place are one article, want at least 90 %%", right, merged)
	}
}

// TestLivePageVerdicts reads the judged pairs of an article's live page
// and its plain link (testdata/retitle/livepages.jsonl): the link rule must
// see each pair as one id, within store.RetitleWindow, and at least 90 % of
// the pairs, all updated in place, must be one article.
func TestLivePageVerdicts(t *testing.T) {
	type verdict struct {
		URL, Verdict string
		PlainURL     string  `json:"plain_url"`
		HoursApart   float64 `json:"hours_apart"`
	}
	var n, right int
	for _, v := range readVerdicts[verdict](t, "../../testdata/retitle/livepages.jsonl") {
		a, okA := ingest.RetitleMatchOf("url:" + v.URL)
		b, okB := ingest.RetitleMatchOf("url:" + v.PlainURL)
		if !okA || !okB || a != b || time.Duration(max(v.HoursApart, -v.HoursApart)*float64(time.Hour)) > store.RetitleWindow {
			t.Errorf("%s and %s: not one id within the window (%+v %v, %+v %v)", v.URL, v.PlainURL, a, okA, b, okB)
		}
		n++
		if v.Verdict == "same" {
			right++
		}
	}
	if n == 0 || right*10 < n*9 {
		t.Errorf("%d of %d live pages are one article with their plain link, want at least 90 %%", right, n)
	}
}

// readVerdicts reads a JSON-lines verdict file into T, one value a line;
// it fails the test on an unreadable file or line.
func readVerdicts[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}
