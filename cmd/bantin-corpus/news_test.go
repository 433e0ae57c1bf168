package main

import (
	"testing"
	"time"
)

// TestReservedDatesDropped: no item published (as stamped or as
// corrected, or captured, or dated by its link) before 2018, in 2025-08-25…2025-11-20 or in 2026-08-10…31 gets
// into the corpus, nor one captured within two days after such a window.
func TestReservedDatesDropped(t *testing.T) {
	zone, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, link, published, day string
		keep                       bool
	}{
		{"ordinary day", "https://vnexpress.net/a-1.html", "2026-01-15T10:00:00+07:00", "2026-01-15", true},
		{"before 2018", "https://vnexpress.net/a-2.html", "2017-12-31T23:00:00+07:00", "2017-12-31", false},
		{"first reserved day", "https://vnexpress.net/a-3.html", "2025-08-25T00:10:00+07:00", "2025-08-25", false},
		{"reserved in UTC+7, not in UTC", "https://vnexpress.net/a-4.html", "2025-08-24T17:30:00Z", "2025-08-24", false},
		{"last reserved day", "https://vnexpress.net/a-5.html", "2025-11-20T22:00:00+07:00", "2025-11-20", false},
		{"captured just after", "https://vnexpress.net/a-6.html", "2025-11-21T08:00:00+07:00", "2025-11-21", false},
		{"two days after", "https://vnexpress.net/a-7.html", "2025-11-22T08:00:00+07:00", "2025-11-22", false},
		{"three days after", "https://vnexpress.net/a-8.html", "2025-11-23T08:00:00+07:00", "2025-11-23", true},
		{"link dated in the window", "https://tuoitre.vn/x-20251119101010123.htm", "2025-12-01T08:00:00+07:00", "2025-12-01", false},
		{"Thanh Niên link dated in the window", "https://thanhnien.vn/x-185260812101010.htm", "2026-09-05T08:00:00+07:00", "2026-09-05", false},
		{"August 2026 window", "https://vnexpress.net/a-9.html", "2026-08-31T20:00:00+07:00", "2026-08-31", false},
		{"just before August 2026", "https://vnexpress.net/a-10.html", "2026-08-09T10:00:00+07:00", "2026-08-09", true},
		{"stamped before August 2026, published in it", "https://vnexpress.net/a-11.html", "2026-08-09T20:00:00+07:00", "2026-08-09", false},
		{"day before the 2025 window", "https://tuoitre.vn/y-20250824080000000.htm", "2025-08-24T09:00:00+07:00", "2025-08-24", true},
	}
	for _, tc := range cases {
		r := rawItem{Title: "Tin", Link: tc.link, Source: "VnExpress", Published: tc.published}
		_, ok := toItem(r, tc.day, zone)
		if ok != tc.keep {
			t.Errorf("%s: kept %v, want %v", tc.name, ok, tc.keep)
		}
	}
	if _, ok := toItem(rawItem{Title: "", Link: "https://x.vn/a", Source: "VnExpress"}, "2026-01-01", zone); ok {
		t.Error("an item without a title was kept")
	}
}
