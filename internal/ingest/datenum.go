package ingest

import (
	"strconv"
	"strings"
	"time"
)

// isNumericDate reports whether fields start with an all-numeric date or
// time ("9/14/2026", "2026-09-14T08:00", "13:12"), as opposed to "14 Sep 26".
func isNumericDate(fields []string) bool {
	return strings.ContainsAny(fields[0], "/-.:")
}

// clock is a parsed numeric date and time.
type clock struct {
	y, mo, d, h, mi, s, ns int
	date, pm, am           bool
}

// parseNumeric reads numeric dates: D/M/Y or M/D/Y (dayFirst picks; an
// impossible month swaps them), Y-M-D, two-digit years, times before or
// after the date, AM/PM (and Vietnamese SA/CH). Unknown words fail.
func parseNumeric(fields []string, dayFirst bool, zone *time.Location) (time.Time, bool) {
	var c clock
	for _, f := range fields {
		switch strings.ToLower(f) {
		case "am", "sa":
			c.am = true
			continue
		case "pm", "ch":
			c.pm = true
			continue
		case "lúc", "ngày", "at":
			continue
		}
		date, tm := f, ""
		if i := strings.IndexByte(f, 'T'); i > 0 {
			date, tm = f[:i], f[i+1:]
		} else if strings.IndexByte(f, ':') >= 0 {
			date, tm = "", f
		}
		if date != "" && (c.date || !c.setDate(date, dayFirst)) {
			return time.Time{}, false
		}
		if tm != "" && !c.setTime(tm) {
			return time.Time{}, false
		}
	}
	return c.build(zone)
}

func (c *clock) setDate(s string, dayFirst bool) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return false
		}
		n[i] = v
	}
	c.date = true
	if len(parts[0]) == 4 {
		c.y, c.mo, c.d = n[0], n[1], n[2]
		return true
	}
	c.y, c.mo, c.d = n[2], n[0], n[1]
	if dayFirst {
		c.mo, c.d = n[1], n[0]
	}
	if c.mo > 12 && c.d <= 12 {
		c.mo, c.d = c.d, c.mo
	}
	if len(parts[2]) <= 2 {
		c.y += 2000
		if c.y >= 2070 {
			c.y -= 100
		}
	}
	return true
}

func (c *clock) setTime(s string) bool {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	var err error
	if c.h, err = strconv.Atoi(parts[0]); err != nil {
		return false
	}
	if c.mi, err = strconv.Atoi(parts[1]); err != nil {
		return false
	}
	if len(parts) == 3 {
		sec, frac, _ := strings.Cut(parts[2], ".")
		if c.s, err = strconv.Atoi(sec); err != nil {
			return false
		}
		if frac != "" {
			f, err := strconv.ParseFloat("0."+frac, 64)
			if err != nil {
				return false
			}
			c.ns = int(f * 1e9)
		}
	}
	return true
}

func (c *clock) build(zone *time.Location) (time.Time, bool) {
	if !c.date {
		return time.Time{}, false
	}
	switch {
	case c.pm && c.h < 12:
		c.h += 12
	case c.am && c.h == 12:
		c.h = 0
	}
	if c.mo < 1 || c.mo > 12 || c.d < 1 || c.d > 31 || c.h > 23 || c.mi > 59 || c.s > 60 {
		return time.Time{}, false
	}
	t := time.Date(c.y, time.Month(c.mo), c.d, c.h, c.mi, c.s, c.ns, zone)
	if t.Day() != c.d {
		return time.Time{}, false // 31/02
	}
	return t, true
}
