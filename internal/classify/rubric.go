package classify

import (
	"slices"
	"strings"
)

// A paper's rubric series — a readers' writing contest ("Thanh Niên và
// tôi: …"), a daily health column ("Ngày mới với tin tức sức khỏe: …"),
// the lunar calendar of the day, the car prices of the week, a horoscope
// column ("3 con giáp…": horoscope) — opens each item's title with the
// rubric's name and gives no date or number, so its items, alike in the
// rubric's words, joined one another for days: on the training days 162 same-story pairs
// of main were two readers' essays of the contest. Each item of such a
// rubric is an episode of its own (rubricEpisode, kept in the signature's
// day field as episodeOf's are): two items with different titles never
// share a story (daysConflict). As the key fills the day field, an item
// never shares a story with a dated title ("… ngày 3/5") or another
// series' episode either; it compares with an undated story outside the
// rubric as before. Measured on the training days (BENCHMARKS.md,
// "Fifteenth session: i15clusprec").

// rubricSeries are the rubrics' openings, lower case as written; the
// rubric's name must end there.
var rubricSeries = []string{"thanh niên và tôi", "ngày mới với tin tức sức khỏe", "lịch âm hôm nay", "tin tức giá xe"}

// rubricEpisode returns the episode key of a title (t: normalised and
// lower case, lowTitle) opening with a rubric of rubricSeries or a
// horoscope column's or a matchstick puzzle's (matchstickPuzzle): the whole title's, so that one item carried
// in the same words twice is one episode; 0 when it opens with none.
func rubricEpisode(t string) uint16 {
	if !horoscope(t) && !matchstickPuzzle(t) && !slices.ContainsFunc(rubricSeries, func(r string) bool { return opensWith(t, r) }) {
		return 0
	}
	var h keyHash
	for _, w := range strings.Fields(t) {
		h.add(w)
	}
	return h.episode()
}

// horoscopeCounts open a horoscope column's title before "con giáp" ("3
// con giáp…", "Bốn con giáp…", "Những con giáp…"), lower case as written;
// not all twelve ("12 con giáp", "mười hai con giáp"), which news of
// statues and festivals names too.
var horoscopeCounts = []string{"2", "3", "4", "5", "6", "hai", "ba", "bốn", "năm", "sáu", "những"}

// horoscope reports whether a title (t: normalised and lower case) opens
// a horoscope column: a count of the zodiac animals ("4 con giáp tài lộc
// nhân đôi…", "Ba con giáp bùng nổ tài chính…") or "con giáp nào". Such
// columns are a rubric series: undated, alike in their words, never one
// event (BENCHMARKS.md, "Seventeenth session: i17clusprec3").
func horoscope(t string) bool {
	if opensWith(t, "con giáp nào") {
		return true
	}
	for _, n := range horoscopeCounts {
		if after, ok := strings.CutPrefix(t, n+" "); ok && opensWith(after, "con giáp") {
			return true
		}
	}
	return false
}

// matchstickPuzzle reports whether a title (t: normalised and lower case)
// is a matchstick puzzle's ("Di chuyển que diêm nào để '6 - 8 = 5'
// đúng?", "Đố bạn giải được câu đố que diêm này trong 30 giây"): a
// column of a new puzzle every day or two, alike in its words, never one
// event; "que diêm" with a sum ("phép tính", "=") or a riddle ("đố"), or
// a title opening "di chuyển que diêm". A fire lit by a match ("dùng que
// diêm đốt …") is no puzzle (BENCHMARKS.md, "Twenty-third session:
// i23bulletins").
func matchstickPuzzle(t string) bool {
	if !strings.Contains(t, "que diêm") {
		return false
	}
	return opensWith(t, "di chuyển que diêm") || strings.Contains(t, "phép tính") || strings.Contains(t, "=") || slices.Contains(strings.Fields(t), "đố")
}
