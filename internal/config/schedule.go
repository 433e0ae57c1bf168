package config

import (
	"fmt"
	"strings"
	"time"
)

// Schedule is a weekly send time: a weekday and a time of day in the
// configured zone.
type Schedule struct {
	Weekday time.Weekday
	Hour    int
	Minute  int
}

var weekdays = map[string]time.Weekday{
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
}

// ParseSchedule reads "Mon 07:00" (weekday names of three or more letters,
// any case). It returns an error naming the expected form otherwise.
func ParseSchedule(s string) (Schedule, error) {
	f := strings.Fields(s)
	if len(f) != 2 || len(f[0]) < 3 {
		return Schedule{}, fmt.Errorf("%q: want a weekday and a time, e.g. \"Mon 07:00\"", s)
	}
	wd, ok := weekdays[strings.ToLower(f[0][:3])]
	if !ok {
		return Schedule{}, fmt.Errorf("%q: unknown weekday %q (Mon…Sun)", s, f[0])
	}
	t, err := time.Parse("15:04", f[1])
	if err != nil {
		return Schedule{}, fmt.Errorf("%q: time %q: want HH:MM", s, f[1])
	}
	return Schedule{Weekday: wd, Hour: t.Hour(), Minute: t.Minute()}, nil
}
