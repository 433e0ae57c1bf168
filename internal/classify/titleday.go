package classify

import (
	"strings"

	"bantin/internal/vntext"
)

// A daily series — lottery results, weather, prices, horoscopes, a
// market's session — titles each day's item with its date and otherwise
// alike ("Xổ số miền Nam ngày 11 tháng 2: …", "Thời tiết hôm nay 12-2:
// …"). Each day's item is another event, but their words are the series'
// words, so without the date they chain into one story a month long. Two
// titles dated with different days are never one story (matchThreshold,
// linked); a title with no date is compared as before.

// dayCues are the words after which a day and month are the item's date
// rather than a figure, a score or a holiday's name ("hôm nay 2.2", "từ
// 15.7", "sáng 12-2", "ngày 8 tháng 2"; not "dịp 30/4", "Quốc khánh 2/9").
var dayCues = map[string]bool{"ngày": true, "nay": true, "qua": true, "mai": true, "sáng": true, "trưa": true,
	"chiều": true, "tối": true, "đêm": true, "từ": true, "đến": true, "tiết": true}

// holidayWords are the words before a day and month that name a holiday
// by its date ("dịp 30-4 và 1-5:", "lễ 2/9:"), not the item's day.
var holidayWords = map[string]bool{"dịp": true, "lễ": true, "và": true, "khánh": true, "niệm": true, "mừng": true}

// titleDay returns the first calendar day the title is dated with, as
// month<<5 | day, or 0 when it names none: "D.M.YYYY", "D-M-YYYY" and
// "D/M/YYYY" of this century anywhere; "D tháng M", "D/M", "D.M" and "D-M"
// after a cue word (dayCues); and but for the first, before a colon
// ("Chứng khoán 24-2:") unless a holiday word precedes it. In a sports
// story (sports) a bare "D-M" before a colon is a score, never a date.
func titleDay(title string, sports bool) uint16 {
	t := strings.ToLower(vntext.Normalize(title))
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && (isWordByte(t[i-1]) || t[i-1] == '.' || t[i-1] == ',') {
			continue
		}
		j, sep, parts := scanNumber(t, i)
		if day := dateOf(t, i, j, sep, parts, sports); day != 0 {
			return day
		}
		i = j
	}
	return 0
}

// scanNumber reads the run of digits from t[i] joined by one kind of
// separator ('/', '.' or '-', each between two digits) and returns where
// it ends, the separator (0 for none) and the numbers (at most four).
func scanNumber(t string, i int) (end int, sep byte, parts []int) {
	n := 0
	for end = i; end < len(t); end++ {
		c := t[end]
		switch {
		case isDigit(c):
			n = min(n*10+int(c-'0'), 10000)
			continue
		case (c == '/' || c == '.' || c == '-') && (sep == 0 || sep == c) && end+1 < len(t) && isDigit(t[end+1]) && len(parts) < 3:
			sep, parts, n = c, append(parts, n), 0
			continue
		}
		break
	}
	return end, sep, append(parts, n)
}

// dateOf returns the day (month<<5 | day) the number t[i:j] names, read
// with its separator and parts as titleDay says, or 0.
func dateOf(t string, i, j int, sep byte, parts []int, sports bool) uint16 {
	if j < len(t) && (isWordByte(t[j]) || t[j] == '%' || t[j] == ',' && len(parts) != 2) {
		return 0
	}
	prev := prevWord(t, i)
	switch {
	case len(parts) == 1:
		if m, ok := strings.CutPrefix(t[j:], " tháng "); ok && dayCues[prev] {
			k, _, mp := scanNumber(m, 0)
			if k > 0 && len(mp) == 1 && (k == len(m) || !isWordByte(m[k])) {
				return dayOf(parts[0], mp[0])
			}
		}
		return 0
	case len(parts) == 3:
		if y := parts[2]; y >= 2000 && y < 2100 || sep == '/' && y < 100 && j-i <= 8 {
			return dayOf(parts[0], parts[1])
		}
		return 0
	case len(parts) != 2 || j-i > 5:
		return 0
	case dayCues[prev]:
		return dayOf(parts[0], parts[1])
	case strings.HasPrefix(strings.TrimLeft(t[j:], " "), ":") && !holidayWords[prev] && !(sports && sep == '-'):
		return dayOf(parts[0], parts[1])
	}
	return 0
}

// dayOf returns month<<5 | day for a plausible day and month, else 0.
func dayOf(d, m int) uint16 {
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return 0
	}
	return uint16(m<<5 | d)
}

// prevWord returns the word before t[i], skipping spaces.
func prevWord(t string, i int) string {
	end := i
	for end > 0 && t[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && isWordByte(t[start-1]) {
		start--
	}
	return t[start:end]
}

// daysConflict reports whether both titles are dated and with different
// days, or are different episodes of a series, or one is dated and the
// other an episode (Signature.day).
func daysConflict(a, b *Signature) bool { return a.day != 0 && b.day != 0 && a.day != b.day }
