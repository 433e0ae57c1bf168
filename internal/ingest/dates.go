package ingest

import (
	"strconv"
	"strings"
	"time"
)

// parseDate reads a feed date. It understands RFC 822/1123 with two- or
// four-digit years, ISO 8601, "GMT+7"/"UTC+07:00"/"+07"/"+07:00" offsets,
// named zones (GMT, UTC, ICT, US zones), Vietnamese weekday prefixes
// ("Thứ 5, 28/05/2026 17:00:00 GMT+7": D/M/Y) and the zone-less M/D/Y feed
// form ("9/14/2026 6:44:00 PM"), which, like every zone-less date, is read in
// loc. dayFirst forces D/M order for slash dates (bylines). It returns the
// instant in UTC, or false when s is not a date it can read.
func parseDate(s string, loc *time.Location, dayFirst bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if n := len(s); n == len(time.RFC1123Z) && (s[n-5] == '+' || s[n-5] == '-') && isDigit(s[n-1]) {
		if t, err := time.Parse(time.RFC1123Z, s); err == nil { // the common case, fast
			return plausible(t)
		}
	}
	if len(s) >= 20 && s[4] == '-' && s[10] == 'T' {
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			return plausible(t)
		}
	}
	s, vietnamese := stripWeekday(s)
	dayFirst = dayFirst || vietnamese
	s, off, hasZone := splitZone(s)
	zone := loc
	if hasZone {
		zone = time.FixedZone("", off)
	}
	fields := strings.Fields(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(s))
	if len(fields) == 0 {
		return time.Time{}, false
	}
	var t time.Time
	var ok bool
	if fields[0][0] >= '0' && fields[0][0] <= '9' && isNumericDate(fields) {
		t, ok = parseNumeric(fields, dayFirst, zone)
	} else {
		t, ok = parseLayouts(strings.Join(fields, " "), zone)
	}
	if !ok {
		return time.Time{}, false
	}
	return plausible(t)
}

// plausible returns t in UTC, or false for years no news item carries:
// before 1990 (no news was published on the web earlier; 1970-01-01 is a
// Unix time of 0 and 1980-01-01 a DOS date of 0, which content systems
// write for a missing date) or after 2200.
func plausible(t time.Time) (time.Time, bool) {
	if y := t.UTC().Year(); y < 1990 || y > 2200 {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// parseLayouts tries the month-name forms left once zone and weekday are
// split off and commas removed; numeric forms go to parseNumeric.
func parseLayouts(s string, zone *time.Location) (time.Time, bool) {
	layouts := [...]string{
		"2 Jan 2006 15:04:05", "2 Jan 2006 15:04", "2 Jan 06 15:04:05", "2 Jan 06 15:04",
		"2 January 2006 15:04:05", "2 January 2006 15:04", "Jan 2 2006 15:04:05", "Jan 2 2006 15:04",
		"January 2 2006 15:04:05", "January 2 2006 15:04", "2 Jan 2006", "Jan 2 2006", "January 2 2006",
	}
	for _, l := range layouts {
		if t, err := time.ParseInLocation(l, s, zone); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// stripWeekday removes a leading English or Vietnamese weekday ("Mon,",
// "Thứ 5,", "Thứ năm,", "Chủ nhật,") and reports whether it was Vietnamese.
func stripWeekday(s string) (string, bool) {
	lower := strings.ToLower(s)
	vn := strings.HasPrefix(lower, "thứ ") || strings.HasPrefix(lower, "chủ nhật") || strings.HasPrefix(lower, "cn,")
	if c := strings.IndexByte(s, ','); c > 0 && c <= 16 {
		head := strings.TrimSpace(lower[:c])
		if vn || isEnglishWeekday(head) {
			return strings.TrimSpace(s[c+1:]), vn
		}
	}
	if vn { // "Thứ 5 28/05/2026" without a comma: drop the first two words
		if f := strings.Fields(s); len(f) > 2 {
			return strings.Join(f[2:], " "), true
		}
	}
	return s, vn
}

func isEnglishWeekday(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[:3] {
	case "mon", "tue", "wed", "thu", "fri", "sat", "sun":
		return true
	}
	return false
}

// splitZone removes a trailing zone ("+0700", "+07:00", "+07", "GMT+7",
// "(GMT+7)", "UTC", "Z", "ICT", "EST"…) and returns its offset in seconds.
func splitZone(s string) (string, int, bool) {
	s = strings.TrimRight(strings.TrimSpace(s), ")")
	s = strings.TrimSpace(s)
	// Numeric offset at the end, possibly glued to a time (ISO) or to GMT/UTC.
	i := len(s)
	for i > 0 && (isDigit(s[i-1]) || s[i-1] == ':') {
		i--
	}
	if i > 0 && i < len(s) && (s[i-1] == '+' || s[i-1] == '-') {
		if off, ok := parseOffset(s[i-1:]); ok {
			rest := strings.TrimSpace(s[:i-1])
			prev := rest
			for _, p := range [...]string{"GMT", "UTC", "UT"} {
				rest = strings.TrimSuffix(rest, p)
			}
			// A '-' glued to a digit after a date (2026-09-14) is not a zone.
			if prev != rest || s[i-1] == '+' || (i >= 2 && s[i-2] == ' ') || hasTimeBefore(rest) {
				return strings.TrimRight(strings.TrimSpace(rest), "( "), off, true
			}
		}
	}
	j := strings.LastIndexAny(s, " 0123456789") + 1
	if j > 0 && j < len(s) {
		if off, ok := namedZone(s[j:]); ok {
			return strings.TrimRight(strings.TrimSpace(s[:j]), "( "), off, true
		}
	}
	return s, 0, false
}

func hasTimeBefore(s string) bool {
	c := strings.LastIndexByte(s, ':')
	return c > 0 && c >= len(s)-6
}

// parseOffset reads "+7", "+07", "+0700", "+07:00" (sign included).
func parseOffset(z string) (int, bool) {
	sign := 1
	if z[0] == '-' {
		sign = -1
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	var h, m int
	var err error
	switch len(z) {
	case 1, 2:
		h, err = strconv.Atoi(z)
	case 3, 4:
		h, err = strconv.Atoi(z[:len(z)-2])
		if err == nil {
			m, err = strconv.Atoi(z[len(z)-2:])
		}
	default:
		return 0, false
	}
	if err != nil || h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

func namedZone(z string) (int, bool) {
	switch strings.ToUpper(z) {
	case "Z", "UT", "UTC", "GMT", "WET":
		return 0, true
	case "ICT":
		return 7 * 3600, true
	case "EST", "CDT":
		return -5 * 3600, true
	case "EDT":
		return -4 * 3600, true
	case "CST", "MDT":
		return -6 * 3600, true
	case "MST", "PDT":
		return -7 * 3600, true
	case "PST":
		return -8 * 3600, true
	case "CET", "BST":
		return 3600, true
	case "CEST", "EET":
		return 2 * 3600, true
	}
	return 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
