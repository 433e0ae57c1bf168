package ingest

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	tests := []struct {
		in       string
		dayFirst bool
		want     string // RFC 3339 UTC; "" means unreadable
	}{
		{"Wed, 30 Aug 2017 20:03:00 +0700", false, "2017-08-30T13:03:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 GMT+7", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 GMT+07:00", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 GMT+0700", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 UTC+7", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 GMT", false, "2026-09-14T18:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 +07", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 2026 18:30:00 +07:00", false, "2026-09-14T11:30:00Z"},
		{"14 Sep 2026 18:30 ICT", false, "2026-09-14T11:30:00Z"},
		{"Mon, 14 Sep 26 08:00:00 +0700", false, "2026-09-14T01:00:00Z"},
		{"Mon, 14 Sep 2026 08:00:00", false, "2026-09-14T01:00:00Z"}, // zone-less: source zone
		{"9/14/2026 6:44:00 PM", false, "2026-09-14T11:44:00Z"},
		{"9/5/2026 9:00:00 AM", false, "2026-09-05T02:00:00Z"},
		{"12/1/2026 12:05:00 AM", false, "2026-11-30T17:05:00Z"},
		{"9/14/26 18:44", false, "2026-09-14T11:44:00Z"},
		{"14/9/2026 18:44", false, "2026-09-14T11:44:00Z"}, // impossible month: D/M
		{"Thứ 5, 28/05/2026 17:00:00 GMT+7", false, "2026-05-28T10:00:00Z"},
		{"Thứ năm, 04/06/2026 17:00:00 GMT+7", false, "2026-06-04T10:00:00Z"},
		{"Thứ ba, 21/4/2026, 00:00 (GMT+7)", false, "2026-04-20T17:00:00Z"},
		{"Chủ nhật, 3/5/2026 08:00", false, "2026-05-03T01:00:00Z"},
		{"13:12, 29/12/2022", true, "2022-12-29T06:12:00Z"},
		{"05/06/2026 10:00", true, "2026-06-05T03:00:00Z"},
		{"05/06/2026 10:00", false, "2026-05-06T03:00:00Z"},
		{"2026-09-14T08:00:00+07:00", false, "2026-09-14T01:00:00Z"},
		{"2026-09-14T08:00:00Z", false, "2026-09-14T08:00:00Z"},
		{"2026-09-14T08:00:00.5-0700", false, "2026-09-14T15:00:00.5Z"},
		{"2026-09-14 08:00:00", false, "2026-09-14T01:00:00Z"},
		{"2026-09-14", false, "2026-09-13T17:00:00Z"},
		{"", false, ""},
		{"hôm qua", false, ""},
		{"31/02/2026 10:00", true, ""},
		{"99/99/2026", false, ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in, hcm, tt.dayFirst)
		switch {
		case tt.want == "" && ok:
			t.Errorf("parseDate(%q) = %s, want failure", tt.in, got)
		case tt.want != "" && (!ok || !got.Equal(utc(tt.want))):
			t.Errorf("parseDate(%q) = %s %v, want %s", tt.in, got.Format(time.RFC3339), ok, tt.want)
		}
	}
}

func TestParseDateSourceZone(t *testing.T) {
	bkk, _ := time.LoadLocation("Asia/Bangkok")
	utcZone := time.UTC
	a, _ := parseDate("9/14/2026 6:44:00 PM", utcZone, false)
	b, _ := parseDate("9/14/2026 6:44:00 PM", bkk, false)
	if a.Sub(b) != 7*time.Hour {
		t.Fatalf("zone not applied: %s vs %s", a, b)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Mon, 14 Sep 2026 18:30:00 GMT+7", "9/14/2026 6:44:00 PM", "Thứ 5, 28/05/2026 17:00:00 GMT+7",
		"13:12, 29/12/2022", "2026-09-14T08:00:00+07:00", "Mon, 14 Sep 26 08:00:00 +07", "(GMT+7)", "+", "-7", "1/1/1 1:1"} {
		f.Add(s)
	}
	hcm, _ := time.LoadLocation("Asia/Ho_Chi_Minh")
	f.Fuzz(func(t *testing.T, s string) {
		for _, dayFirst := range []bool{false, true} {
			got, ok := parseDate(s, hcm, dayFirst)
			if ok && (got.Location() != time.UTC || got.Year() < 1969 || got.Year() > 2201) {
				t.Fatalf("parseDate(%q) = %v", s, got)
			}
		}
	})
}
