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
