package ingest

import (
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
)

// feedDayFirst reports whether a feed writes its slash dates day first
// (D/M/Y, as Vietnamese sites do): some item's date has a first number over
// 12, a day ("25/11/2026 08:00"), and none has a second number over 12,
// which would make the feed M/D/Y ("11/25/2026 8:00 AM"). An ambiguous date
// ("05/12/2026") is then read as its feed's others show it; a feed with no
// proof either way keeps M/D/Y, the form of the ASP.NET feeds that write
// such dates with AM/PM.
func feedDayFirst(items []*gofeed.Item) bool {
	dayFirst, monthFirst := false, false
	for _, it := range items {
		for _, raw := range [2]string{it.Published, it.Updated} {
			if a, b, ok := slashFields(raw); ok {
				dayFirst = dayFirst || a > 12 && b <= 12
				monthFirst = monthFirst || b > 12 && a <= 12
			}
		}
	}
	return dayFirst && !monthFirst
}

// slashFields returns the first two numbers of raw's slash date ("05/12/2026
// 08:00" gives 5, 12; "Thứ 7, 5/12/2026" too), ok false when it has none
// (RFC 822, ISO 8601, Y/M/D).
func slashFields(raw string) (a, b int, ok bool) {
	if !strings.Contains(raw, "/") {
		return 0, 0, false
	}
	for _, f := range strings.Fields(raw) {
		parts := strings.Split(strings.Trim(f, ",()"), "/")
		if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 {
			continue
		}
		a, errA := strconv.Atoi(parts[0])
		b, errB := strconv.Atoi(parts[1])
		if errA == nil && errB == nil {
			return a, b, true
		}
	}
	return 0, 0, false
}
