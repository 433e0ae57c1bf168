package digest

import (
	"strings"
	"testing"
	"time"

	"bantin/internal/config"
)

func ict(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Ho_Chi_Minh")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestWeekBoundaries(t *testing.T) {
	loc := ict(t)
	w, err := ParseWeek("2026-W48", loc)
	if err != nil {
		t.Fatal(err)
	}
	wantStart := time.Date(2026, 11, 22, 17, 0, 0, 0, time.UTC) // Mon 23 Nov 00:00 ICT
	if !w.Start.Equal(wantStart) || !w.End.Equal(wantStart.AddDate(0, 0, 7)) {
		t.Fatalf("2026-W48 = %v → %v", w.Start, w.End)
	}
	// Sunday 16:59:59 UTC is still Sunday in Vietnam: week 47; 17:00 is week 48.
	if got := WeekOf(wantStart.Add(-time.Second), loc).Label(); got != "2026-W47" {
		t.Errorf("Sun 23:59:59 ICT in %s, want 2026-W47", got)
	}
	if got := WeekOf(wantStart, loc).Label(); got != "2026-W48" {
		t.Errorf("Mon 00:00 ICT in %s, want 2026-W48", got)
	}
	if w.Short() != "48/2026" || w.Next().Label() != "2026-W49" || w.Prev().Label() != "2026-W47" {
		t.Errorf("short/next/prev: %s %s %s", w.Short(), w.Next().Label(), w.Prev().Label())
	}
	for _, s := range []string{"2026-W00", "2026-W54", "2026W48", "2026-W4", "x"} {
		if _, err := ParseWeek(s, loc); err == nil {
			t.Errorf("ParseWeek(%q) accepted", s)
		}
	}
	// ISO years: 2026-12-31 (Thursday) is in 2026-W53; 2027-01-01 too.
	if got := WeekOf(time.Date(2027, 1, 1, 12, 0, 0, 0, loc), loc).Label(); got != "2026-W53" {
		t.Errorf("1 Jan 2027 in %s, want 2026-W53", got)
	}
	if _, err := ParseWeek("2022-W53", loc); err == nil || !strings.Contains(err.Error(), "2022 has no ISO week 53 (its weeks are 1 to 52)") {
		t.Errorf("2022-W53: %v", err)
	}
	if w, err := ParseWeek("2022-w52", loc); err != nil || w.Label() != "2022-W52" {
		t.Errorf("2022-w52 = %v, %v", w.Label(), err)
	}
	if w, err := ParseWeek("2026-W53", loc); err != nil || w.Start.Day() != 28 {
		t.Errorf("2026-W53 = %v, %v", w.Start, err)
	}
}

func TestDueAndLatest(t *testing.T) {
	loc := ict(t)
	mon7 := config.Schedule{Weekday: time.Monday, Hour: 7}
	w, _ := ParseWeek("2026-W48", loc)
	due := w.Due(mon7)
	if want := time.Date(2026, 11, 30, 7, 0, 0, 0, loc); !due.Equal(want) {
		t.Fatalf("due %v, want %v", due, want)
	}
	if got := LatestDue(due.Add(-time.Second), loc, mon7).Label(); got != "2026-W47" {
		t.Errorf("a second before due: %s", got)
	}
	if got := LatestDue(due, loc, mon7).Label(); got != "2026-W48" {
		t.Errorf("at due: %s", got)
	}
	if got := LatestDue(due.AddDate(0, 0, 6), loc, mon7).Label(); got != "2026-W48" {
		t.Errorf("six days later: %s", got)
	}
	fri := config.Schedule{Weekday: time.Friday, Hour: 18, Minute: 30}
	if got := w.Due(fri); !got.Equal(time.Date(2026, 12, 4, 18, 30, 0, 0, loc)) {
		t.Errorf("Fri 18:30 due %v", got)
	}
}
