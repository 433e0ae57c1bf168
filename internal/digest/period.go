package digest

import (
	"fmt"
	"strings"
	"time"

	"bantin/internal/config"
	"bantin/internal/model"
)

// Week is one digest period: an ISO week from Monday 00:00 to the next
// Monday 00:00 in the configured zone (Asia/Ho_Chi_Minh by default).
type Week struct {
	Year, Number int
	Start, End   time.Time // in the zone; End exclusive
}

// Label is the period's name in rows and on the command line: "2026-W48".
func (w Week) Label() string { return fmt.Sprintf("%04d-W%02d", w.Year, w.Number) }

// Short is the label shown in mail: "48/2026".
func (w Week) Short() string { return fmt.Sprintf("%d/%04d", w.Number, w.Year) }

// Next returns the following week.
func (w Week) Next() Week { return WeekOf(w.End, w.Start.Location()) }

// Prev returns the preceding week.
func (w Week) Prev() Week { return WeekOf(w.Start.AddDate(0, 0, -1), w.Start.Location()) }

// Due returns when the digest of w goes out: the first schedule time
// (weekday and hour in the zone) at or after the week ends. With the
// default "Mon 07:00" that is 07:00 on the Monday after the week.
func (w Week) Due(s config.Schedule) time.Time {
	loc := w.End.Location()
	d := w.End
	for i := 0; i < 7 && d.Weekday() != s.Weekday; i++ {
		d = d.AddDate(0, 0, 1)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), s.Hour, s.Minute, 0, 0, loc)
}

// WeekOf returns the ISO week containing t in loc.
func WeekOf(t time.Time, loc *time.Location) Week {
	t = t.In(loc)
	back := (int(t.Weekday()) + 6) % 7 // days since Monday
	start := time.Date(t.Year(), t.Month(), t.Day()-back, 0, 0, 0, 0, loc)
	year, num := start.ISOWeek()
	return Week{Year: year, Number: num, Start: start, End: start.AddDate(0, 0, 7)}
}

// ParseWeek reads "2026-W48" (ISO year and week; "2026-w48" too) in loc.
// It returns an error wrapping model.ErrInvalid naming the expected form
// otherwise, or saying that the year has no such week.
func ParseWeek(s string, loc *time.Location) (Week, error) {
	var year, num int
	if n, err := fmt.Sscanf(strings.ToUpper(s), "%4d-W%2d", &year, &num); err != nil || n != 2 || len(s) != 8 {
		return Week{}, fmt.Errorf("period %q: want an ISO week such as 2026-W48: %w", s, model.ErrInvalid)
	}
	// 4 January is always in week 1 of its ISO year.
	w := WeekOf(time.Date(year, time.January, 4, 12, 0, 0, 0, loc), loc)
	w = WeekOf(w.Start.AddDate(0, 0, 7*(num-1)).Add(12*time.Hour), loc)
	if w.Year != year || w.Number != num || num < 1 {
		return Week{}, fmt.Errorf("period %q: %d has no ISO week %d (its weeks are 1 to %d): %w", s, year, num,
			WeekOf(time.Date(year, time.December, 28, 12, 0, 0, 0, loc), loc).Number, model.ErrInvalid)
	}
	return w, nil
}

// LatestDue returns the most recent week whose digest is due at now.
func LatestDue(now time.Time, loc *time.Location, s config.Schedule) Week {
	w := WeekOf(now, loc).Prev()
	for now.Before(w.Due(s)) {
		w = w.Prev()
	}
	return w
}
