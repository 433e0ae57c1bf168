package corpusdays

import (
	"testing"
	"time"
)

// TestSplit: a held-out day is "eval", the Margin days on each side of it
// "gap", the days beyond "train", and a malformed day "gap".
func TestSplit(t *testing.T) {
	for _, tc := range []struct{ day, want string }{
		{"2026-04-22", "eval"},
		{"2026-04-20", "gap"},
		{"2026-04-24", "gap"},
		{"2026-04-25", "train"},
		{"2026-04-19", "train"},
		{"2025-12-07", "gap"},
		{"2026-03-20", "train"},
		{"22/04/2026", "gap"},
		{"", "gap"},
	} {
		if got := Split(tc.day); got != tc.want {
			t.Errorf("Split(%q) = %q, want %q", tc.day, got, tc.want)
		}
	}
}

// TestDay: the corpus day is the date in Vietnam (UTC+7), not in UTC.
func TestDay(t *testing.T) {
	for _, tc := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 4, 24, 17, 30, 0, 0, time.UTC), "2026-04-25"},
		{time.Date(2026, 4, 24, 16, 59, 0, 0, time.UTC), "2026-04-24"},
		{time.Date(2026, 4, 25, 0, 10, 0, 0, time.FixedZone("ICT", 7*3600)), "2026-04-25"},
	} {
		if got := Day(tc.at); got != tc.want {
			t.Errorf("Day(%v) = %s, want %s", tc.at, got, tc.want)
		}
	}
}
