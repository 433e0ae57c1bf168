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
	f, err := os.Open("../../testdata/retitle/redated.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var merged, right int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v struct {
			URL, Verdict string
			EarlierURL   string  `json:"earlier_url"`
			HoursLater   float64 `json:"hours_later"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
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
	if err := sc.Err(); err != nil {
		t.Fatal(err)
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
	f, err := os.Open("../../testdata/retitle/livepages.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var n, right int
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v struct {
			URL, Verdict string
			PlainURL     string  `json:"plain_url"`
			HoursApart   float64 `json:"hours_apart"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
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
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 || right*10 < n*9 {
		t.Errorf("%d of %d live pages are one article with their plain link, want at least 90 %%", right, n)
	}
}
