package web

import (
	"fmt"
	"net/http"
	"time"
)

// dayForm is the form of a page's from and to parameters.
const dayForm = "2006-01-02"

// dayRange is the days a list page covers: [since, until) in the display
// zone, both zero when the page shows the latest articles.
type dayRange struct {
	from, to     string // as given (canonical), for the cache key
	since, until time.Time
}

func (d dayRange) set() bool { return d.from != "" || d.to != "" }

// key is the range's part of a page's cache key.
func (d dayRange) key() string {
	if !d.set() {
		return ""
	}
	return "&from=" + d.from + "&to=" + d.to
}

// label is the range as a page title shows it: " · 23/11/2026 – 29/11/2026".
func (d dayRange) label() string {
	switch {
	case !d.set():
		return ""
	case d.from == "":
		return " · đến " + d.until.AddDate(0, 0, -1).Format("02/01/2006")
	case d.to == "":
		return " · từ " + d.since.Format("02/01/2006")
	}
	return " · " + d.since.Format("02/01/2006") + " – " + d.until.AddDate(0, 0, -1).Format("02/01/2006")
}

// pageDays reads the optional from and to parameters of a list page: days
// as YYYY-MM-DD in the display zone, both included. It returns a 400 when
// one is not a date or to is before from.
func (s *Server) pageDays(r *http.Request) (dayRange, error) {
	q := r.URL.Query()
	d := dayRange{from: lastValue(q["from"]), to: lastValue(q["to"])}
	if d.from != "" {
		t, err := time.ParseInLocation(dayForm, d.from, s.cfg.TimeZone)
		if err != nil {
			return d, badParam(fmt.Sprintf("from phải là một ngày như 2026-11-23, không phải %q", d.from),
				fmt.Sprintf("from must be a date such as 2026-11-23, not %q", d.from))
		}
		d.since = t
	}
	if d.to != "" {
		t, err := time.ParseInLocation(dayForm, d.to, s.cfg.TimeZone)
		if err != nil {
			return d, badParam(fmt.Sprintf("to phải là một ngày như 2026-11-29, không phải %q", d.to),
				fmt.Sprintf("to must be a date such as 2026-11-29, not %q", d.to))
		}
		d.until = t.AddDate(0, 0, 1)
	}
	if d.from != "" && d.to != "" && !d.since.Before(d.until) {
		return d, badParam(fmt.Sprintf("ngày to (%s) ở trước ngày from (%s)", d.to, d.from), fmt.Sprintf("to (%s) is before from (%s)", d.to, d.from))
	}
	return d, nil
}
